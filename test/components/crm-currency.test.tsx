// @vitest-environment jsdom
/**
 * Live-call walk 10: a US$ amount on a CNY pack's CRM page was read as CNY (the content script
 * strips the sign), so the header showed ¥1,234.00 and the plan instalmented it. The panel shows it
 * unread with the reason and computes nothing with it.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, ready, renderPanel } from './render-panel';

function usdAccount() {
  const read = account('CC8', '李强', 0, 40);
  read.fields.overdueAmount = {
    raw: 'US$1,234.00',
    value: 123400,
    parse: 'money',
    source: { label: '逾期金额' },
  };
  return ready(read);
}

describe('a CRM amount in another currency than the pack’s', () => {
  it('is shown unread with its reason, in the header and on focus', async () => {
    const user = userEvent.setup();
    await renderPanel(usdAccount());
    const amount = document.querySelector<HTMLElement>('[data-field="overdueAmount"]');
    if (!amount) throw new Error('no amount field');
    const shown = amount.querySelector('.field__value');
    expect(shown).toHaveTextContent('未读取：USD 金额');
    expect(shown).not.toHaveTextContent('1,234');
    await user.hover(amount);
    expect(within(amount).getByRole('tooltip')).toHaveTextContent(
      '页面上的“US$1,234.00”是 USD 金额，本话术包按 CNY 计算，未读取逾期金额',
    );
    expect(screen.getByText(/字段缺失或无法识别：逾期金额/)).toBeInTheDocument();
  });

  it('is never the plan’s basis: the calculator asks for the amount instead', async () => {
    const user = userEvent.setup();
    await renderPanel(usdAccount());
    await user.keyboard('4');
    expect(await screen.findByTestId('plan-missing')).toBeInTheDocument();
    expect(screen.getByLabelText(/^欠款总额/)).toHaveValue('');
  });

  it('says so in English too', async () => {
    await renderPanel(usdAccount(), { locale: 'en' });
    expect(document.querySelector('[data-field="overdueAmount"]')).toHaveTextContent(
      'Not read: a USD amount',
    );
  });
});

describe('a header field for a screen reader', () => {
  it('is named by its label and value, and described once by where it was read', async () => {
    const user = userEvent.setup();
    await renderPanel(ready(account('CC9', '王芳', 321000, 12)));
    const dpd = screen.getByRole('button', { name: '逾期天数 12' });
    await user.hover(dpd);
    expect(dpd).toHaveAccessibleName('逾期天数 12');
    expect(dpd).toHaveAccessibleDescription(/^读取自标签“逾期天数”旁的值 · 读取时间/);
  });
});
