// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountContext, FieldReading } from '@/lib/crm/context';
import { type CallAssistDB, callsForAccount } from '@/lib/db';
import { account, ready, renderPanel } from './render-panel';

const shanghai = (iso: string) => Date.parse(`${iso}+08:00`);

const flagsReading = (flags: string[]): FieldReading => ({
  raw: flags.join(','),
  value: flags,
  parse: 'list',
  source: { selector: '#account-flags' },
});

function debtor(key: string, flags: string[], extra: Partial<AccountContext> = {}): AccountContext {
  const context = account(key, '周杰', 500000, 20);
  context.fields.flags = flagsReading(flags);
  return { ...context, ...extra };
}

const startButton = () => screen.getByRole('button', { name: /开始通话/ });
const reasonBox = () => screen.getByRole('textbox', { name: /继续的原因/ });
const supervisorBox = () => screen.getByRole('textbox', { name: /批准主管的工号/ });
// The default zh-CN pack lets only a supervisor go past its window, cap and stop flags (issue 12 §8).
const R1 = '律师来函同意本次核实地址，主管已核对函件';
const R2 = '客户本人来电要求此时回拨，主管已听录音确认';
const R3 = '客户主动来电要求还款，主管已确认来电记录';

async function onlyCall(db: CallAssistDB, key: string) {
  const calls = await callsForAccount(db, key);
  expect(calls).toHaveLength(1);
  return calls[0] as NonNullable<(typeof calls)[0]>;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(shanghai('2026-06-15T14:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('starting a call while the Guard blocks', () => {
  it('starts at once when nothing blocks, with no override kept', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(ready(debtor('CC20240002', [])));
    await user.click(await screen.findByRole('button', { name: /开始通话/ }));
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    expect(screen.queryByRole('form')).toBeNull();
    expect((await onlyCall(db, 'CC20240002')).overrides).toEqual([]);
  });

  it('asks for a reason first and does not start; Escape cancels and gives the focus back', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(ready(debtor('CC20240008', ['attorney'])));
    await user.click(await screen.findByRole('button', { name: /开始通话/ }));
    const form = await screen.findByRole('form', { name: /合规规则禁止现在拨打/ });
    expect(form).toHaveTextContent('此规则只有主管可以批准跳过');
    expect(form).toHaveTextContent('客户已委托律师：只与代理律师联系');
    expect(reasonBox()).toHaveFocus();
    expect(screen.getByTestId('call-status')).toHaveTextContent('未在通话');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() => expect(startButton()).toHaveFocus());
    expect(await callsForAccount(db, 'CC20240008')).toEqual([]);
  });

  it('refuses an agent alone and a short reason, then keeps the supervisor, the reason and the rule ids (Enter)', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(ready(debtor('CC20240008', ['attorney'])));
    await user.click(await screen.findByRole('button', { name: /开始通话/ }));
    const form = await screen.findByRole('form');
    await user.type(reasonBox(), '客户要求{Enter}');
    expect(await within(form).findByRole('alert')).toHaveTextContent('请填写主管工号');
    expect(supervisorBox()).toHaveAttribute('aria-invalid', 'true');
    await user.type(supervisorBox(), 'SUP-042{Enter}');
    expect(await within(form).findByRole('alert')).toHaveTextContent('至少 15 个字');
    expect(reasonBox()).toHaveAttribute('aria-invalid', 'true');
    expect(await callsForAccount(db, 'CC20240008')).toEqual([]);

    await user.clear(reasonBox());
    await user.type(reasonBox(), `${R1}{Enter}`);
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    expect(screen.queryByRole('form')).toBeNull();
    const call = await onlyCall(db, 'CC20240008');
    expect(call.overrides).toEqual([
      {
        kind: 'rule',
        ruleId: 'cn-stop-flags',
        reason: R1,
        supervisorId: 'SUP-042',
        flags: ['attorney'],
        at: Date.now(),
      },
    ]);
    // The flag is still there: the bar lists it, and says a supervisor approved going on.
    await waitFor(() =>
      expect(screen.getByTestId('guard')).toHaveTextContent(`主管 SUP-042 已批准继续：${R1}`),
    );
  });

  it('offers no way past a rule no one may override (deceased)', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(ready(debtor('CC20240009', ['deceased'])));
    await user.click(await screen.findByRole('button', { name: /开始通话/ }));
    expect(await screen.findByText('此规则不允许任何人跳过，请不要拨打。')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /继续的原因/ })).toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByText('此规则不允许任何人跳过，请不要拨打。')).toBeNull());
    expect(await callsForAccount(db, 'CC20240009')).toEqual([]);
  });

  it('keeps one override per blocking rule (night window and flag)', async () => {
    vi.setSystemTime(shanghai('2026-06-15T23:10:00'));
    const user = userEvent.setup();
    const { db } = await renderPanel(ready(debtor('CC20240008', ['attorney'])));
    await screen.findByRole('button', { name: /开始通话/ });
    await user.keyboard('{Alt>}s{/Alt}');
    await screen.findByRole('form');
    await user.type(supervisorBox(), 'SUP-042');
    await user.type(reasonBox(), `${R2}{Enter}`);
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    const call = await onlyCall(db, 'CC20240008');
    expect(call.overrides.map((o) => [o.kind, o.ruleId, o.reason])).toEqual([
      ['rule', 'cn-call-window', R2],
      ['rule', 'cn-stop-flags', R2],
    ]);
  });

  it('Alt+S opens the same question, and typing s in the reason box does not start a call', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(ready(debtor('CC20240008', ['attorney'])));
    await screen.findByRole('button', { name: /开始通话/ });
    await user.keyboard('{Alt>}s{/Alt}');
    await screen.findByRole('form');
    await user.keyboard('sss');
    expect(reasonBox()).toHaveValue('sss');
    expect(await callsForAccount(db, 'CC20240008')).toEqual([]);
  });

  it('a call the CRM started while blocked is recorded, and the reason is asked for after', async () => {
    const user = userEvent.setup();
    const idle = debtor('CC20240008', ['attorney'], { callState: { raw: '空闲', active: false } });
    const { db, rerenderWith, unmount } = await renderPanel(ready(idle));
    await screen.findByRole('button', { name: /开始通话/ });
    await rerenderWith(ready({ ...idle, callState: { raw: '通话中', active: true } }));
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    const form = await screen.findByRole('form', { name: /CRM 在合规阻断时开始了通话/ });
    expect(within(form).queryByRole('button', { name: /取消/ })).toBeNull();
    // Inside act(): the Guard marks the call answered and re-reads the calls meanwhile.
    expect((await act(() => onlyCall(db, 'CC20240008'))).overrides).toEqual([]);
    await user.type(supervisorBox(), 'SUP-042');
    await user.type(reasonBox(), `${R3}{Enter}`);
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    // The panel closes before the store is read: its Guard would re-read the calls at any moment after the write.
    unmount();
    expect((await onlyCall(db, 'CC20240008')).overrides).toEqual([
      {
        kind: 'rule',
        ruleId: 'cn-stop-flags',
        reason: R3,
        supervisorId: 'SUP-042',
        flags: ['attorney'],
        at: Date.now(),
      },
    ]);
  });
});
