/**
 * Perf 12: the half-done inputs were read, masked and written on every keystroke. They are kept in
 * memory and written in one batch on a short clock, and at once on `flush`. Fake timers: no test
 * here waits on the real clock.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { UnsavedEntry } from '@/lib/unsaved/inputs';
import { readUnsaved, unsavedWriter } from '@/lib/unsaved/session';
import { createUnsavedWriter, UNSAVED_WRITE_MS } from '@/lib/unsaved/writer';

const entry = (query: string, callId = 'call-1'): UnsavedEntry => ({ callId, at: 0, value: { query } });

function recording() {
  const writes: Map<string, UnsavedEntry>[] = [];
  const writer = createUnsavedWriter(async (entries) => {
    writes.push(new Map(entries));
  });
  return { writes, writer };
}

describe('the half-done inputs written in batches (perf 12)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes 20 keystrokes typed in a burst once, with the last text', async () => {
    const { writes, writer } = recording();
    const typed = '我下个月发工资就一次性还清了';
    for (let i = 1; i <= 20; i++) writer.keep('objections:CC1', entry(typed.repeat(2).slice(0, i)));
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(UNSAVED_WRITE_MS);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.get('objections:CC1')?.value).toEqual({ query: typed.repeat(2).slice(0, 20) });
  });

  it('is not postponed by steady typing: a keystroke every 100 ms is written every clock', async () => {
    const { writes, writer } = recording();
    for (let i = 0; i < 20; i++) {
      writer.keep('plan:CC1', entry(String(i)));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes).toHaveLength(Math.floor((20 * 100) / UNSAVED_WRITE_MS));
    await vi.advanceTimersByTimeAsync(UNSAVED_WRITE_MS);
    expect(writes.at(-1)?.get('plan:CC1')?.value).toEqual({ query: '19' });
    expect(writes.length).toBeLessThanOrEqual(Math.ceil((20 * 100) / UNSAVED_WRITE_MS) + 1);
  });

  it('writes at once on flush, every area in one write, and nothing when nothing waits', async () => {
    const { writes, writer } = recording();
    writer.keep('plan:CC1', entry('2k'));
    writer.keep('objections:CC1', entry('没钱'));
    await writer.flush();
    expect(writes).toHaveLength(1);
    expect([...(writes[0]?.keys() ?? [])]).toEqual(['plan:CC1', 'objections:CC1']);
    await writer.flush();
    await vi.advanceTimersByTimeAsync(UNSAVED_WRITE_MS * 2);
    expect(writes).toHaveLength(1);
  });
});

describe('the panel writer in storage.session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the text masked, read back before the clock runs out', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    unsavedWriter.keep('objections:CC1', entry('卡号6225880000000006被盗刷'));
    const store = await readUnsaved();
    expect(store['objections:CC1']?.value).toEqual({ query: '卡号************0006被盗刷' });
    expect(JSON.stringify(set.mock.calls)).not.toContain('6225880000000006');
    set.mockRestore();
  });
});
