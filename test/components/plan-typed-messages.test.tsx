// @vitest-environment jsdom
/**
 * Every plan field says what is wrong with what was typed, not "format" for all (live-call walk 11:
 * 0 got no message, 99999999999 was called a format error).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, ready, renderPanel } from './render-panel';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T03:00:00Z'));
});
afterEach(() => vi.useRealTimers());

async function planSection() {
  const user = userEvent.setup();
  await renderPanel(ready(account('CC20240003', '李强', 876543, 45)));
  await screen.findByRole('button', { name: /开始通话/ });
  await user.keyboard('4');
  const section = document.getElementById('section-plan') as HTMLElement;
  await waitFor(() => expect(section).toBeVisible());
  return { user, section };
}

/** The message under a field (its aria-describedby). */
function noteOf(input: HTMLElement): string {
  const id = input.getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.textContent ?? '';
}

describe('what each plan field says about what was typed', () => {
  it('the monthly amount: 0, negative, huge, too many decimals, not an amount', async () => {
    const { user, section } = await planSection();
    const monthly = within(section).getByLabelText(/每月能还多少/);
    const cases: [string, string][] = [
      ['0', '须大于 0'],
      ['０', '须大于 0'],
      ['-500', '不能为负数'],
      ['99999999999', '金额太大：最多 10000000000.00'],
      ['1.234', '小数位太多：CNY 最多 2 位小数'],
      ['3ooo', '金额格式不对'],
      ['一千多', '这是个大概的金额：请填写客户同意的确切金额'],
      ['about 500', '这是个大概的金额'],
      ['3角12分', '角、分 前面各只能有一位数字'],
      ['5角12元', '元、角、分 须按这个顺序'],
      ['1,2,3', '逗号须每三位分隔'],
      ['2万50', '万、千 或 k 后面只能跟一位数字'],
    ];
    for (const [typed, said] of cases) {
      await user.clear(monthly);
      await user.type(monthly, typed);
      expect(monthly, typed).toHaveAttribute('aria-invalid', 'true');
      expect(noteOf(monthly), typed).toContain(said);
    }
    await user.clear(monthly);
    await user.type(monthly, '2千');
    expect(monthly).not.toHaveAttribute('aria-invalid');
    await user.clear(monthly);
    await user.type(monthly, '八百块五');
    expect(monthly).not.toHaveAttribute('aria-invalid');
  });

  it('the inputs from the CRM: a balance of 0 is refused, a minimum due of 0 and 0 days past due are not', async () => {
    const { user, section } = await planSection();
    const balance = within(section).getByLabelText(/欠款总额/);
    await user.clear(balance);
    await user.type(balance, '0');
    expect(noteOf(balance)).toContain('须大于 0');
    const minimum = within(section).getByLabelText(/最低还款额/);
    await user.clear(minimum);
    await user.type(minimum, '0');
    expect(minimum).not.toHaveAttribute('aria-invalid');
    const dpd = within(section).getByLabelText(/逾期天数/);
    await user.clear(dpd);
    await user.type(dpd, '0');
    expect(dpd).not.toHaveAttribute('aria-invalid');
    await user.clear(dpd);
    await user.type(dpd, '3.5');
    expect(noteOf(dpd)).toContain('应为整数，不能有小数');
    await user.clear(dpd);
    await user.type(dpd, '-3');
    expect(noteOf(dpd)).toContain('不能为负数');
  });

  it('the hand-built plan names the field and the problem: periods 0, a negative down payment, a huge settlement', async () => {
    const { user, section } = await planSection();
    await user.keyboard('t');
    const type = within(section).getByLabelText('方案类型');
    await user.selectOptions(type, 'instalmentFlat');
    const periods = within(section).getByLabelText('分期期数');
    await user.clear(periods);
    await user.type(periods, '0');
    const down = within(section).getByLabelText('首付');
    await user.clear(down);
    await user.type(down, '-100');
    const alert = await within(section).findByText(/无法计算/);
    expect(alert).toHaveTextContent('分期期数：须大于 0');
    expect(alert).toHaveTextContent('首付：不能为负数');
    await user.clear(down);
    await user.type(down, '0');
    await waitFor(() => expect(within(section).queryByText(/首付：/)).toBeNull());

    await user.selectOptions(type, 'settlement');
    const settlement = within(section).getByLabelText('减免后金额');
    await user.type(settlement, '99999999999');
    expect(await within(section).findByText(/无法计算/)).toHaveTextContent(
      '减免后金额：金额太大：最多 10000000000.00',
    );
  });
});
