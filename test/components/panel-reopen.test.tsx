// @vitest-environment jsdom
/**
 * Live-call walk 10: closing or reloading the side panel mid-call kept the call but lost what the
 * agent had chosen and typed on it (the wrap-up's disposition, the plan's amounts, the objection
 * query). A reopened panel shows them again for the same call, masked like a note, never for
 * another call.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callsForAccount, endCall } from '@/lib/db';
import { account, duringCallHours, ready, renderPanel, settled } from './render-panel';

duringCallHours();

const customer = () => ready(account('CC7', '王芳', 321000, 12));

async function callUnderway() {
  const user = userEvent.setup();
  const first = await renderPanel(customer());
  await user.keyboard('{Alt>}s{/Alt}');
  await screen.findByRole('button', { name: /^结束通话/ });
  return { user, first };
}

/** The panel closed (unmounted) and opened again on the same database. */
async function reopen(db: Awaited<ReturnType<typeof renderPanel>>['db'], unmount: () => void) {
  unmount();
  const again = await renderPanel(customer(), { db });
  await screen.findByRole('button', { name: /^结束通话/ });
  return again;
}

describe('reopening the panel mid-call', () => {
  it('keeps the disposition chosen by its key, a typed amount and a begun reason', async () => {
    const { user, first } = await callUnderway();
    await user.keyboard('5');
    await user.keyboard('{Escape}');
    await user.keyboard('a');
    expect(screen.getByLabelText('结果代码')).toHaveValue('PTP');
    await user.type(screen.getByLabelText('金额（CNY）'), '1.5k');

    const again = await reopen(first.db, first.unmount);
    await user.keyboard('5');
    await settled(again.container);
    await waitFor(() => expect(screen.getByLabelText('结果代码')).toHaveValue('PTP'));
    expect(screen.getByLabelText('金额（CNY）')).toHaveValue('1.5k');
  });

  it('keeps the plan calculator and the objection query, a card number in the query masked', async () => {
    const { user, first } = await callUnderway();
    await user.keyboard('4');
    await user.keyboard('m');
    await user.type(screen.getByLabelText(/每月能还多少/), '2k');
    await user.keyboard('{Escape}');
    await user.keyboard('/');
    await user.type(screen.getByRole('combobox', { name: '搜索客户异议' }), '卡号6225880000000006被盗刷');

    await reopen(first.db, first.unmount);
    await user.keyboard('/');
    const search = screen.getByRole('combobox', { name: '搜索客户异议' });
    await waitFor(() => expect(search).toHaveValue('卡号************0006被盗刷'));
    await user.keyboard('{Escape}');
    await user.keyboard('4');
    await waitFor(() => expect(screen.getByLabelText(/每月能还多少/)).toHaveValue('2k'));
  });

  it('shows nothing of the last call on the next one', async () => {
    const { user, first } = await callUnderway();
    await user.keyboard('5');
    await user.keyboard('{Escape}');
    await user.keyboard('a');
    const [call] = await act(() => callsForAccount(first.db, 'CC7'));
    if (!call) throw new Error('no call');
    first.unmount();
    await act(() => endCall(first.db, call.id));
    await act(() => first.db.calls.update(call.id, { disposition: { id: 'NA', at: Date.now() } }));

    // The clock is fixed: the next call starts a minute later, so it is the account's newest.
    vi.setSystemTime(Date.now() + 60_000);
    const again = await renderPanel(customer(), { db: first.db });
    await user.keyboard('{Alt>}s{/Alt}');
    await screen.findByRole('button', { name: /^结束通话/ });
    await user.keyboard('5');
    await settled(again.container);
    const disposition = await screen.findByLabelText('结果代码');
    // Reads are queued: once this one is done, the form's own read of what was kept is too.
    await act(() => again.unsaved.read());
    expect(disposition).toHaveValue('');
  });

  it('writes a burst of typing in at most two writes, and keeps what was typed when the panel closes', async () => {
    const { user, first } = await callUnderway();
    await user.keyboard('/');
    const search = screen.getByRole('combobox', { name: '搜索客户异议' });
    // Keystrokes handled in one task are one write, started once that task is done (perf 12); the
    // clock is faked to show no write waits for it.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    const writes = () => set.mock.calls.filter(([items]) => 'unsavedInputs' in items).length;
    const typed = '我下个月发了工资就一次性还清了可以吗谢谢';
    // 20 keystrokes, each an input event with the text so far (no user-event: it waits on setTimeout).
    for (let i = 1; i <= 20; i++) fireEvent.change(search, { target: { value: typed.slice(0, i) } });
    expect(search).toHaveValue(typed);
    // One write started by the first keystroke; the rest wait for it, not for a keystroke each.
    expect(writes()).toBeLessThanOrEqual(1);
    first.unmount();
    // The clock runs again (the date still fixed): the burst and the flush on closing are one write.
    const now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await waitFor(() => expect(writes()).toBeGreaterThanOrEqual(1));
    expect(writes()).toBeLessThanOrEqual(2);

    await renderPanel(customer(), { db: first.db });
    await screen.findByRole('button', { name: /^结束通话/ });
    await user.keyboard('/');
    await waitFor(() => expect(screen.getByRole('combobox', { name: '搜索客户异议' })).toHaveValue(typed));
    expect(writes()).toBeLessThanOrEqual(3);
    set.mockRestore();
  });
});
