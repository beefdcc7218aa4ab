// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callsForAccount, updateCall } from '@/lib/db';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { account, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();

/** A started call with a promise agreed on it and the given checklist items ticked. */
async function promisedCall(ticked: (id: string) => boolean) {
  const user = userEvent.setup();
  const rendered = await renderPanel(ready(account('CC9', '王芳', 321000, 12)));
  await screen.findByRole('button', { name: /开始通话/ });
  await user.keyboard('{Alt>}s{/Alt}');
  await screen.findByRole('button', { name: /^结束通话/ });
  const [call] = await act(() => callsForAccount(rendered.db, 'CC9'));
  if (!call) throw new Error('no call');
  await act(async () => {
    await updateCall(rendered.db, call.id, (c) => ({
      ...c,
      promise: { amount: 28000, date: '2026-06-20' },
      checklist: Object.fromEntries(
        zhPack.checklist
          .filter((item) => ticked(item.id))
          .map((item) => [item.id, { at: Date.now(), by: 'hand' }]),
      ),
    }));
  });
  return { user, callId: call.id, ...rendered };
}

/** PTP chosen by its key (5, Esc, A) and the amount box retyped by the agent. */
async function promiseTyped(typed: string) {
  const called = await promisedCall(() => true);
  await called.user.keyboard('5');
  await called.user.keyboard('{Escape}');
  await called.user.keyboard('a');
  const amount = screen.getByLabelText('金额（CNY）');
  await called.user.clear(amount);
  await called.user.type(amount, typed);
  return { ...called, amount };
}

const saveButton = () => screen.getByRole('button', { name: '保存通话结果' });

describe('wrap-up hot keys (issue 15 goal: a promise in ≤ 6 keys)', () => {
  it('records a promise and saves it in 4 keys: 5, Esc, its letter, Enter', async () => {
    const { user, db, callId } = await promisedCall(() => true);
    await user.keyboard('5');
    await user.keyboard('{Escape}');
    // The letter is shown beside the disposition in the list.
    expect(screen.getByRole('option', { name: '[A] PTP · 承诺还款' })).toBeInTheDocument();
    await user.keyboard('a');
    expect(screen.getByLabelText('结果代码')).toHaveValue('PTP');
    expect(screen.getByLabelText('金额（CNY）')).toHaveValue('280.00');
    expect(document.activeElement).toBe(saveButton());
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('wrap-up-saved')).toHaveTextContent('通话结果已保存：PTP · 承诺还款');
    const stored = await act(() => db.calls.get(callId));
    expect(stored?.disposition?.id).toBe('PTP');
    expect(stored?.promise).toEqual({ amount: 28000, date: '2026-06-20' });
  });

  it('keeps the Guard: an unticked read-back the promise owes refuses Enter and Alt+Enter', async () => {
    const { user, db, callId } = await promisedCall((id) => id !== 'ptp-readback');
    await user.keyboard('5');
    await user.keyboard('{Escape}');
    await user.keyboard('a');
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('wrap-up-blockers')).toHaveTextContent('复述承诺的金额和日期');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect((await act(() => db.calls.get(callId)))?.disposition).toBeUndefined();
  });

  it('saves with Alt+Enter from inside the note box, the note with it', async () => {
    const { user, db, callId } = await promisedCall(() => true);
    await user.keyboard('5');
    await user.keyboard('{Escape}');
    await user.keyboard('a');
    await user.keyboard('5');
    const box = screen.getByRole('textbox', { name: '本账户笔记' });
    expect(document.activeElement).toBe(box);
    await user.keyboard('ok');
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(await screen.findByTestId('wrap-up-saved')).toHaveTextContent('PTP');
    expect((await act(() => db.calls.get(callId)))?.disposition?.id).toBe('PTP');
    await waitFor(async () => expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['ok']));
  });

  it('types letters into the note box as letters: no disposition is chosen', async () => {
    const { user } = await promisedCall(() => true);
    await user.keyboard('5');
    await user.keyboard('abc');
    expect(screen.getByRole('textbox', { name: '本账户笔记' })).toHaveValue('abc');
    expect(screen.getByLabelText('结果代码')).toHaveValue('');
  });

  it('goes to the first required field still empty: a refusal asks for its reason', async () => {
    const { user } = await promisedCall(() => true);
    await user.keyboard('5');
    await user.keyboard('{Escape}');
    // RTP (拒绝还款) is the pack's sixth disposition: F.
    expect(screen.getByRole('option', { name: '[F] RTP · 拒绝还款' })).toBeInTheDocument();
    await user.keyboard('f');
    expect(screen.getByLabelText('结果代码')).toHaveValue('RTP');
    expect(document.activeElement).toBe(screen.getByLabelText('原因'));
  });

  it('leaves letters to other sections when Notes is not on screen', async () => {
    const { user } = await promisedCall(() => true);
    await user.keyboard('5');
    await user.keyboard('{Escape}');
    await user.keyboard('1');
    await user.keyboard('a');
    expect(screen.getByLabelText('结果代码')).toHaveValue('');
  });

  it.each([
    ['８００', 80_000],
    ['1.5k', 150_000],
    ['2万', 2_000_000],
    ['十二块五', 1250],
    ['280元3角4分', 28_034],
  ])('reads the promised amount %s as the plan calculator does (live-call walk 9)', async (typed, minor) => {
    const { user, db, callId } = await promiseTyped(typed);
    await user.click(saveButton());
    expect(await screen.findByTestId('wrap-up-saved')).toHaveTextContent('PTP');
    expect((await act(() => db.calls.get(callId)))?.promise).toEqual({ amount: minor, date: '2026-06-20' });
  });

  it('refuses a promised amount grouped wrong instead of saving another sum ("1,2" is not 12)', async () => {
    const { user, db, callId, amount } = await promiseTyped('1,2');
    await user.click(saveButton());
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    expect((await act(() => db.calls.get(callId)))?.disposition).toBeUndefined();
  });
});
