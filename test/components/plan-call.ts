/** A call in progress with the plan calculator open, and flags raised on it mid-call (live-call walk 11). */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CallAssistDB, callsForAccount, updateCall } from '@/lib/db';
import { account, ready, renderPanel } from './render-panel';

export const PLAN_ACCOUNT = 'CC20240003';

/** A call in progress with the plan calculator showing options for 1,500 a month; the clipboard spied. */
export async function planShown() {
  const user = userEvent.setup();
  const writeText = vi.fn(async () => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const { db } = await renderPanel(ready(account(PLAN_ACCOUNT, '李强', 876543, 45)));
  await screen.findByRole('button', { name: /开始通话/ });
  await user.keyboard('{Alt>}s{/Alt}');
  await screen.findByRole('button', { name: /^结束通话/ });
  await user.keyboard('4m');
  const section = document.getElementById('section-plan') as HTMLElement;
  await user.keyboard('1500{Enter}');
  await waitFor(() => expect(within(section).getAllByTestId('plan-option').length).toBeGreaterThan(0));
  return { user, db, section, writeText };
}

/** A flag raised mid-call (an objection card, the crisis card), kept on the call row. */
export async function raise(db: CallAssistDB, flag: string, reason = '通话中标记') {
  const [call] = await callsForAccount(db, PLAN_ACCOUNT);
  await updateCall(db, call?.id ?? '', (c) => ({
    ...c,
    flags: [...c.flags, { flag, reason, at: Date.now() }],
  }));
}
