// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountContext, FieldReading } from '@/lib/crm/context';
import { type CallAssistDB, callsForAccount } from '@/lib/db';
import { account, ready, renderPanel } from './render-panel';

// Database writes and live queries can take over a second when the whole suite runs in parallel.
configure({ asyncUtilTimeout: 4000 });
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
    const { db } = renderPanel(ready(debtor('CC20240002', [])));
    await user.click(await screen.findByRole('button', { name: /开始通话/ }));
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    expect(screen.queryByRole('form')).toBeNull();
    expect((await onlyCall(db, 'CC20240002')).overrides).toEqual([]);
  });

  it('asks for a reason first and does not start; Escape cancels and gives the focus back', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel(ready(debtor('CC20240008', ['attorney'])));
    await user.click(await screen.findByRole('button', { name: /开始通话/ }));
    const form = await screen.findByRole('form', { name: /合规规则禁止现在拨打/ });
    expect(form).toHaveTextContent('客户已委托律师：只与代理律师联系');
    expect(reasonBox()).toHaveFocus();
    expect(screen.getByTestId('call-status')).toHaveTextContent('未在通话');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() => expect(startButton()).toHaveFocus());
    expect(await callsForAccount(db, 'CC20240008')).toEqual([]);
  });

  it('refuses an empty reason, then keeps the typed reason and the rule ids on the call (Enter)', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel(ready(debtor('CC20240008', ['attorney'])));
    await user.click(await screen.findByRole('button', { name: /开始通话/ }));
    const form = await screen.findByRole('form');
    await user.keyboard('{Enter}');
    expect(await within(form).findByRole('alert')).toHaveTextContent('请写明继续的原因');
    expect(reasonBox()).toHaveAttribute('aria-invalid', 'true');
    expect(await callsForAccount(db, 'CC20240008')).toEqual([]);

    await user.type(reasonBox(), '律师来函同意本次核实地址{Enter}');
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    expect(screen.queryByRole('form')).toBeNull();
    const call = await onlyCall(db, 'CC20240008');
    expect(call.overrides).toEqual([
      { kind: 'rule', ruleId: 'cn-stop-flags', reason: '律师来函同意本次核实地址', at: Date.now() },
    ]);
    // The bar stays red (the flag is still there) and says a reason was given.
    await waitFor(() =>
      expect(screen.getByTestId('guard')).toHaveTextContent('已填写原因继续：律师来函同意本次核实地址'),
    );
  });

  it('keeps one override per blocking rule (night window and flag)', async () => {
    vi.setSystemTime(shanghai('2026-06-15T23:10:00'));
    const user = userEvent.setup();
    const { db } = renderPanel(ready(debtor('CC20240008', ['attorney'])));
    await screen.findByRole('button', { name: /开始通话/ });
    await user.keyboard('{Alt>}s{/Alt}');
    await screen.findByRole('form');
    await user.type(reasonBox(), '客户本人来电要求此时回拨{Enter}');
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    const call = await onlyCall(db, 'CC20240008');
    expect(call.overrides.map((o) => [o.kind, o.ruleId, o.reason])).toEqual([
      ['rule', 'cn-call-window', '客户本人来电要求此时回拨'],
      ['rule', 'cn-stop-flags', '客户本人来电要求此时回拨'],
    ]);
  });

  it('Alt+S opens the same question, and typing s in the reason box does not start a call', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel(ready(debtor('CC20240008', ['attorney'])));
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
    const { db, rerenderWith } = renderPanel(ready(idle));
    await screen.findByRole('button', { name: /开始通话/ });
    rerenderWith(ready({ ...idle, callState: { raw: '通话中', active: true } }));
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    const form = await screen.findByRole('form', { name: /CRM 在合规阻断时开始了通话/ });
    expect(within(form).queryByRole('button', { name: /取消/ })).toBeNull();
    expect((await onlyCall(db, 'CC20240008')).overrides).toEqual([]);
    await user.type(reasonBox(), '客户主动来电{Enter}');
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect((await onlyCall(db, 'CC20240008')).overrides).toEqual([
      { kind: 'rule', ruleId: 'cn-stop-flags', reason: '客户主动来电', at: Date.now() },
    ]);
  });
});
