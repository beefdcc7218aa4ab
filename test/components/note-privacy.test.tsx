// @vitest-environment jsdom
/** Issue 16 §3 and §6 in the note box: truthful save line, unmasked-number warning, no keystroke lost. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AUTOSAVE_MS } from '@/components/notes/use-draft';
import { setup } from './notes-host';

const noteBox = () => screen.getByLabelText('本账户笔记') as HTMLTextAreaElement;

describe('the note box and personal numbers', () => {
  it('counts what was masked by kind, full-width and U+3000 forms included', async () => {
    const { db } = await setup();
    fireEvent.change(noteBox(), {
      target: { value: '卡号４１１１　１１１１　１１１１　１１１１，安全码 123，账号 6222 0212 3456 7891' },
    });
    await userEvent.click(screen.getByRole('button', { name: /保存笔记/ }));
    expect(await screen.findByTestId('note-saved')).toHaveTextContent(
      '已隐去 1 个卡号、1 个账号、1 个安全码',
    );
    // The history shows the note as it was written, masked (and the panel has settled before the store is read).
    const history = await screen.findByTestId('history');
    await waitFor(() => expect(history).toHaveTextContent('安全码 ***，账号 **** **** **** 7891'));
    const [note] = await db.notes.toArray();
    expect(note?.text).toBe('卡号4111　11**　****　1111，安全码 ***，账号 **** **** **** 7891');
  });

  it('warns before saving about a long number it would keep whole, and masks it on request', async () => {
    const { db } = await setup();
    fireEvent.change(noteBox(), { target: { value: '客户另一个号码 123456789012 请回电' } });
    const warning = await screen.findByTestId('unmasked-warning');
    expect(warning).toHaveTextContent('…9012');
    await userEvent.click(screen.getByRole('button', { name: '隐去' }));
    expect(noteBox()).toHaveValue('客户另一个号码 ********9012 请回电');
    expect(screen.queryByTestId('unmasked-warning')).toBeNull();
    expect(screen.getByTestId('masked-in-box')).toHaveTextContent('1 个其他长号码');
    await userEvent.click(screen.getByRole('button', { name: /保存笔记/ }));
    await screen.findByTestId('note-saved');
    const history = await screen.findByTestId('history');
    await waitFor(() => expect(history).toHaveTextContent('客户另一个号码 ********9012 请回电'));
    expect((await db.notes.toArray())[0]?.text).toBe('客户另一个号码 ********9012 请回电');
  });

  it('shows no warning for dates and amounts', async () => {
    await setup();
    fireEvent.change(noteBox(), {
      target: { value: '承诺 2026-09-15 还 3000.00 元，2026-10-15 还 3000.00 元' },
    });
    await act(() => Promise.resolve());
    expect(screen.queryByTestId('unmasked-warning')).toBeNull();
  });
});

describe('no keystroke lost (issue 16 §6)', () => {
  afterEach(() => vi.useRealTimers());

  it('saves the draft while the agent keeps typing, not only after a pause', async () => {
    const { db } = await setup();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // A keystroke every 100 ms for 2 s: a debounce would never fire.
    let text = '';
    for (let i = 0; i < 20; i += 1) {
      text += '字';
      fireEvent.change(noteBox(), { target: { value: text } });
      await act(() => vi.advanceTimersByTimeAsync(100));
      if (i === Math.ceil(AUTOSAVE_MS / 100)) {
        vi.useRealTimers();
        await waitFor(async () =>
          expect((await db.drafts.get('CC20240002'))?.text.length ?? 0).toBeGreaterThan(0),
        );
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      }
    }
  });

  it('writes the draft at once when the page is hidden or closed', async () => {
    const { db } = await setup();
    fireEvent.change(noteBox(), { target: { value: '刚打的字 13800138000' } });
    window.dispatchEvent(new Event('pagehide'));
    // Written by the event itself, well before the autosave would run, and masked.
    await waitFor(
      async () => expect((await db.drafts.get('CC20240002'))?.text).toBe('刚打的字 *******8000'),
      {
        timeout: AUTOSAVE_MS / 2,
      },
    );
    fireEvent.change(noteBox(), { target: { value: '又打了几个字' } });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(async () => expect((await db.drafts.get('CC20240002'))?.text).toBe('又打了几个字'), {
      timeout: AUTOSAVE_MS / 2,
    });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
});
