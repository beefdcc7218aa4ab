// @vitest-environment jsdom
/** The monthly amount as an agent on the phone types it: fast, with mistakes (live-call walk 9). */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FieldReading } from '@/lib/crm/context';
import { account, ready, renderPanel } from './render-panel';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T03:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const money = (value: number, label: string): FieldReading => ({
  raw: String(value),
  value,
  parse: 'money',
  source: { label },
});

/** 李强 of the demo CRM (M2, ¥24,500.00 owed), the Plan open and its monthly box focused by `m`. */
async function monthlyBox() {
  const context = account('CC20240003', '李强', 876543, 45);
  context.fields.balance = money(2450000, '欠款总额');
  context.fields.minimumDue = money(98000, '最低还款额');
  const user = userEvent.setup();
  await renderPanel(ready(context));
  await screen.findByRole('button', { name: /开始通话/ });
  await user.keyboard('4m');
  const section = document.getElementById('section-plan') as HTMLElement;
  const monthly = within(section).getByLabelText(/每月能还多少/);
  await waitFor(() => expect(monthly).toHaveFocus());
  return { user, section, monthly };
}

describe('the monthly amount, typed fast and wrong', () => {
  it('Enter on a mistyped amount stays in the box, so the corrected amount is typed there', async () => {
    const { user, section, monthly } = await monthlyBox();
    await user.keyboard('3ooo{Enter}');
    expect(monthly).toHaveAttribute('aria-invalid', 'true');
    expect(monthly).toHaveFocus();
    // Typed again at once: the digits replace the mistake, none of them switches sections.
    await user.keyboard('3000{Enter}');
    expect(section).toBeVisible();
    expect(monthly).toHaveValue('3000');
    const [first] = within(section).getAllByTestId('plan-option');
    await waitFor(() => expect(first).toHaveFocus());
  });
});
