// @vitest-environment jsdom
/** Issue 15 §9: the objection card offers to instalment the amount the calculator instalments. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountContext } from '@/lib/crm/context';
import { account, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();
beforeEach(() => history.replaceState(null, '', '/'));

const searchBox = () => screen.getByRole('combobox', { name: '搜索客户异议' });

function withBalance(balance: number): AccountContext {
  const context = account('CC2', '王芳', 321000, 12);
  context.fields.balance = {
    raw: String(balance),
    value: balance,
    parse: 'money',
    source: { label: '欠款总额' },
  };
  return context;
}

async function openNoMoneyCard(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByTestId('call-status');
  fireEvent.keyDown(document.body, { key: '/' });
  await waitFor(() => expect(document.activeElement).toBe(searchBox()));
  await user.type(searchBox(), 'mq');
  await waitFor(
    () => expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('没钱'),
    { timeout: 5000 },
  );
  await user.keyboard('{Enter}');
  return within(screen.getByTestId('objection-card')).getByRole('region', { name: '说' });
}

describe('the amount an objection card offers to instalment', () => {
  it('is the balance the calculator instalments, not the past-due amount', async () => {
    const user = userEvent.setup();
    await renderPanel(ready(withBalance(2_000_000)));
    const say = await openNoMoneyCard(user);
    expect(say).toHaveTextContent('可以把¥20,000.00办成分期');
    expect(say).not.toHaveTextContent('¥3,210.00办成分期');
    await user.keyboard('p');
    const balance = (await screen.findByLabelText(/欠款总额/)) as HTMLInputElement;
    expect(balance.value.replace(/,/g, '')).toBe('20000.00');
  });

  it('is the past-due amount on both sides when the CRM shows no balance', async () => {
    const user = userEvent.setup();
    await renderPanel(ready(account('CC2', '王芳', 321000, 12)));
    const say = await openNoMoneyCard(user);
    expect(say).toHaveTextContent('可以把¥3,210.00办成分期');
    await user.keyboard('p');
    const balance = (await screen.findByLabelText(/欠款总额/)) as HTMLInputElement;
    expect(balance.value.replace(/,/g, '')).toBe('3210.00');
    expect(screen.getByText('CRM 无欠款总额，按逾期金额计')).toBeInTheDocument();
  });
});
