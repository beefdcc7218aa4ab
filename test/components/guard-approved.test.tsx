// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountContext } from '@/lib/crm/context';
import { callsForAccount, updateCall } from '@/lib/db';
import { account, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();

const REASON = '律师来函同意本次核实地址，主管已核对函件';

function attorneyAccount(): AccountContext {
  const context = account('CC20240008', '周杰', 500000, 20);
  context.fields.flags = {
    raw: 'attorney',
    value: ['attorney'],
    parse: 'list',
    source: { selector: '#account-flags' },
  };
  return context;
}

async function startApproved() {
  const user = userEvent.setup();
  const rendered = await renderPanel(ready(attorneyAccount()));
  await screen.findByRole('button', { name: /开始通话/ });
  await user.keyboard('{Alt>}s{/Alt}');
  await screen.findByRole('form');
  await user.type(screen.getByRole('textbox', { name: /批准主管的工号/ }), 'SUP-042');
  await user.type(screen.getByRole('textbox', { name: /继续的原因/ }), `${REASON}{Enter}`);
  await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
  return rendered;
}

describe('the Guard after a supervisor approved the start (live-call walk 11)', () => {
  it('says the call was approved, by whom, and keeps the reason it was blocked visible', async () => {
    await startApproved();
    const guard = screen.getByTestId('guard');
    await waitFor(() => expect(guard).toHaveAttribute('data-level', 'approved'));
    expect(guard.querySelector('.guard__level')).toHaveTextContent('主管已批准继续');
    expect(guard).not.toHaveTextContent('禁止');
    // Not an alert any more: the approval is the news, announced politely.
    expect(within(guard).queryByRole('alert')).toBeNull();
    const line = within(guard).getByRole('status');
    expect(line).toHaveTextContent('已委托律师');
    expect(line).toHaveTextContent('（主管已批准）');
    expect(guard).toHaveTextContent(`主管 SUP-042 已批准继续：${REASON}`);
  });

  it('turns 禁止 again, as an alert, for a stop flag raised later in the call', async () => {
    const { db } = await startApproved();
    await waitFor(() => expect(screen.getByTestId('guard')).toHaveAttribute('data-level', 'approved'));
    const [call] = await callsForAccount(db, 'CC20240008');
    await updateCall(db, call?.id ?? '', (c) => ({
      ...c,
      flags: [...c.flags, { flag: 'crisis', reason: '提到轻生', at: Date.now() + 1000 }],
    }));
    const guard = screen.getByTestId('guard');
    await waitFor(() => expect(guard).toHaveAttribute('data-level', 'block'));
    // The crisis protocol below is an alert too: the level line is the one to read.
    const alert = guard.querySelector('.guard__line');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert?.querySelector('.guard__level')).toHaveTextContent('禁止');
    expect(alert).toHaveTextContent('新的阻断，未获批准');
  });
});
