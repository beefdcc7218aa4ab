// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { liQiang, onThePlanDay, openPlan } from './plan-section';
import { account, ready, renderPanel } from './render-panel';

onThePlanDay();

describe('the plan section', () => {
  it('prefills balance, minimum due and DPD from the CRM, with today in the pack’s time zone', async () => {
    const { section } = await openPlan(liQiang());
    const plan = within(section);
    expect(plan.getByLabelText(/^欠款总额/)).toHaveValue('24500.00');
    expect(plan.getByLabelText(/^最低还款额/)).toHaveValue('980.00');
    expect(plan.getByLabelText(/^逾期天数/)).toHaveValue('45');
    expect(plan.getByTestId('plan-today')).toHaveTextContent('2026-11-28');
    expect(plan.getByTestId('plan-segment')).toHaveTextContent('中期（M2）');
    expect(plan.getByRole('checkbox', { name: '困难客户' })).not.toBeChecked();
  });

  it('falls back to the overdue amount when the CRM shows no balance, and takes hardship from the flags', async () => {
    const context = account('CC20240006', '杨秀英', 1234500, 20);
    context.fields.flags = {
      raw: 'hardship',
      value: ['hardship'],
      parse: 'text',
      source: { selector: '#account-flags' },
    };
    const { section } = await openPlan(context);
    const plan = within(section);
    expect(plan.getByLabelText(/^欠款总额/)).toHaveValue('12345.00');
    expect(plan.getByText('CRM 无欠款总额，按逾期金额计')).toBeInTheDocument();
    expect(plan.getByRole('checkbox', { name: '困难客户' })).toBeChecked();
    expect(plan.getByTestId('plan-segment')).toHaveTextContent('困难客户');
  });

  it('turns a monthly amount into options with payment, periods, cost, both annualised rates and the verdict', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.keyboard('m');
    const monthly = within(section).getByLabelText(/每月能还多少/);
    await waitFor(() => expect(monthly).toHaveFocus());
    await user.keyboard('800');
    const [option] = within(section).getAllByTestId('plan-option');
    expect(option).toHaveTextContent('分期还款 36期');
    expect(option).toHaveTextContent('¥786.45');
    expect(option).toHaveTextContent('36 期');
    expect(option).toHaveTextContent('¥5,027.40');
    expect(option).toHaveTextContent('名义年化13.17%');
    expect(option).toHaveTextContent('实际年化14.00%');
    expect(option).toHaveTextContent('比全额多付 ¥5,027.40');
    expect(option).toHaveTextContent('可直接办理');
    const rates = within(section).getByTestId('plan-rates');
    expect(rates).toHaveTextContent('名义年化利率（月利率×12） 13.17%');
    expect(rates).toHaveTextContent('实际年化利率（按月复利） 14.00%');
  });

  it('shows up to three options and chooses among them with A–C', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.click(await within(section).findByLabelText(/每月能还多少/));
    await user.keyboard('3,000{Enter}');
    const options = within(section).getAllByTestId('plan-option');
    expect(options.map((o) => o.querySelector('.plan-option__name')?.textContent)).toEqual([
      '分期还款 12期',
      '分期还款 24期',
      '最低还款',
    ]);
    // Enter moved on to the chosen option, so the section's keys work at once.
    await waitFor(() => expect(options[0]).toHaveFocus());
    expect(options[0]).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('b');
    expect(options[1]).toHaveAttribute('aria-pressed', 'true');
    expect(within(section).getByTestId('plan-detail')).toHaveTextContent('选定方案：分期还款 24期');
    await user.keyboard('c');
    expect(within(section).getByTestId('plan-detail')).toHaveTextContent('剩余欠款¥23,520.00');
    expect(options[2]).toHaveTextContent('仍欠 ¥23,520.00');
  });

  it('says when nothing fits the monthly amount and shows the nearest plan', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.click(await within(section).findByLabelText(/每月能还多少/));
    await user.keyboard('300');
    expect(within(section).getByText(/每月 ¥300.00 以内没有符合政策的方案。/)).toHaveTextContent(
      '最接近的方案（需每月 ¥786.45）',
    );
    expect(within(section).getAllByTestId('plan-option')).toHaveLength(1);
  });

  it('refuses an amount that is not money', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.click(await within(section).findByLabelText(/每月能还多少/));
    await user.keyboard('8oo');
    expect(within(section).getByLabelText(/每月能还多少/)).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(section).getByText(
        '金额格式不对：请用数字填写，最多一个小数点（800、1,234.50），可带 万、千 或 k（2万5、3k）',
      ),
    ).toBeInTheDocument();
    expect(within(section).queryAllByTestId('plan-option')).toHaveLength(0);
  });

  it('shows the full schedule of the chosen option with the down payment and totals', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.click(await within(section).findByLabelText(/每月能还多少/));
    await user.keyboard('800');
    const table = within(section).getByRole('table');
    const rows = within(table).getAllByRole('row');
    // Header, down payment, 36 instalments, total.
    expect(rows).toHaveLength(39);
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2026-11-28', '1,225.00', '0.00', '1,225.00']);
    expect(within(rows[2] as HTMLElement).getByRole('rowheader')).toHaveTextContent('1');
    expect(
      within(rows[2] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2026-12-28', '646.80', '139.65', '786.45']);
    expect(within(rows[37] as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent('2029-11-28');
    expect(
      within(rows[38] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['', '24,500.00', '5,027.40', '29,527.40']);
  });

  it('reads the plan back in the pack’s language and copies it and the CRM line with one key each', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.click(await within(section).findByLabelText(/每月能还多少/));
    await user.keyboard('800{Enter}');
    const readBack = within(section).getByTestId('plan-readback');
    expect(readBack).toHaveTextContent(
      '今天2026年11月28日先还首付¥1,225.00，剩余¥23,275.00办理分期，分36期，每月28日还款：第1期2026年12月28日还¥786.45；第2至36期每期还¥786.17（2027年1月28日至2029年11月28日）',
    );
    expect(readBack).toHaveAttribute('lang', 'zh-CN');
    await user.keyboard('r');
    expect(await navigator.clipboard.readText()).toBe(readBack.textContent);
    expect(within(section).getByTestId('plan-notice')).toHaveTextContent('已复制复述');
    await user.keyboard('l');
    const summary = within(section).getByTestId('plan-summary');
    expect(summary).toHaveTextContent('分期还款 36期；首付¥1,225.00（2026-11-28）；¥786.45×1+¥786.17×35');
    expect(await navigator.clipboard.readText()).toBe(summary.textContent);
    expect(within(section).getByTestId('plan-notice')).toHaveTextContent('已复制摘要');
  });

  it('says when the clipboard refuses', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.click(await within(section).findByLabelText(/每月能还多少/));
    await user.keyboard('800{Enter}');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(within(section).getByRole('button', { name: /复制复述/ }));
    expect(within(section).getByTestId('plan-notice')).toHaveTextContent('复制失败');
  });

  it('opens the plan an objection card hints at, as the policy’s kind of instalment', async () => {
    const user = userEvent.setup();
    await renderPanel(ready(liQiang()));
    await screen.findByRole('button', { name: /开始通话/ });
    await user.keyboard('/');
    await user.keyboard('mq');
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent('没钱'));
    await user.keyboard('{Enter}');
    await user.keyboard('p');
    const section = document.getElementById('section-plan') as HTMLElement;
    expect(await within(section).findByLabelText('方案类型')).toHaveValue('instalmentFlat');
    expect(document.activeElement).toBe(within(section).getByLabelText('方案类型'));
  });

  it('says which CRM value is missing and that this is why no plan is offered', async () => {
    const context = liQiang();
    delete context.fields.balance;
    delete context.fields.overdueAmount;
    const { section } = await openPlan(context);
    expect(within(section).getByTestId('plan-missing')).toHaveTextContent(
      'CRM 没有显示欠款总额（或不是有效金额），所以暂不提供还款方案',
    );
    expect(within(section).queryByTestId('plan-readback')).toBeNull();
  });

  it('lands on the period presets with 4, and a 12-period read-back is copied in four keys', async () => {
    const { user, section } = await openPlan(liQiang());
    const radios = within(section).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['3 期', '6 期', '12 期', '24 期']);
    expect(document.activeElement).toBe(radios[0]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(section).getByRole('radio', { name: '12 期' })).toBeChecked();
    await user.keyboard('r');
    expect(await navigator.clipboard.readText()).toMatch(/12\s*期/);
  });

  it('keeps its keys to itself while hidden and while the agent types', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.click(await within(section).findByLabelText(/每月能还多少/));
    // Typing "t" and "g" into the field neither switches mode nor records.
    await user.keyboard('8tg');
    expect(within(section).getByLabelText(/每月能还多少/)).toHaveValue('8tg');
    expect(within(section).getByRole('button', { name: /按月还款能力/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('{Escape}');
    // Esc leaves the field for the section, where the section's keys work again.
    expect(document.activeElement).toBe(section);
    act(() => {
      fireEvent.keyDown(document.body, { key: '2' });
    });
    await waitFor(() => expect(section).not.toBeVisible());
    fireEvent.keyDown(document.body, { key: 't' });
    expect(within(section).getByRole('button', { name: /手动方案/, hidden: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows the section in English with the read-back still in the pack’s language', async () => {
    const user = userEvent.setup();
    await renderPanel(ready(liQiang()), { locale: 'en' });
    await screen.findByRole('button', { name: /Start call/ });
    await user.keyboard('4');
    const section = within(document.getElementById('section-plan') as HTMLElement);
    await user.click(section.getByLabelText(/What can they pay a month/));
    await user.keyboard('800');
    expect(section.getByTestId('plan-option')).toHaveTextContent('Instalment (flat fee), 36 payments');
    expect(section.getByTestId('plan-option')).toHaveTextContent('Nominal APR13.17%');
    expect(section.getByTestId('plan-readback')).toHaveTextContent('跟您核对一下还款方案');
  });
});
