import { MAX_UNDO, record, redo, startHistory, undo } from '@/lib/studio/history';

describe('draft history', () => {
  it('undoes and redoes edits in order, and a new edit drops the redo list', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('b');
  });

  it('records nothing for an unchanged text and keeps at most MAX_UNDO steps', () => {
    let h = startHistory('0');
    expect(record(h, '0')).toBe(h);
    for (let i = 1; i <= MAX_UNDO + 20; i++) h = record(h, String(i));
    expect(h.past.length).toBe(MAX_UNDO);
    expect(h.past[0]).toBe('20');
  });
});
