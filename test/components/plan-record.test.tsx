// @vitest-environment jsdom
import { fireEvent, waitFor, within } from '@testing-library/react';
import { begin, liQiang, money, onThePlanDay, openPlan } from './plan-section';

onThePlanDay();

describe('the plan section: recording a plan and building one by hand', () => {
  it('asks to start the call first, then writes the plan and the promise to pay to the call', async () => {
    const { user, section, db } = await openPlan(liQiang());
    await user.click(within(section).getByLabelText(/每月能还多少/));
    await user.keyboard('800{Enter}');
    await user.keyboard('g');
    expect(within(section).getByTestId('plan-notice')).toHaveTextContent(
      '请先开始通话（Alt+S），再记录约定的方案。',
    );
    expect(await db.calls.count()).toBe(0);

    const callId = await begin(db);
    await user.click(within(section).getByRole('button', { name: /客户同意，记录方案/ }));
    expect(await within(section).findByTestId('plan-promise')).toHaveTextContent(
      '承诺还款 ¥1,225.00，日期 2026-11-28',
    );
    const call = await db.calls.get(callId);
    expect(call?.promise).toEqual({ amount: 122500, date: '2026-11-28' });
    expect(call?.plan?.type).toBe('instalmentFlat');
    expect(call?.plan?.schedule).toHaveLength(37);
    expect(call?.plan?.schedule[1]).toEqual({ date: '2026-12-28', amount: 78645 });
    expect(call?.plan?.summary).toBe(within(section).getByTestId('plan-summary').textContent);
    expect(within(section).getByTestId('plan-recorded')).toHaveTextContent('已记录方案：分期还款 36期');
  });

  it('asks for the supervisor’s approval before recording an option that needs it', async () => {
    const context = liQiang({
      hardship: { raw: '是', value: true, parse: 'bool', source: { label: '困难客户' } },
    });
    const { user, section, db } = await openPlan(context);
    const callId = await begin(db, 'CC20240003', 'seg-hardship');
    await user.click(within(section).getByLabelText(/每月能还多少/));
    await user.keyboard('800{Enter}');
    const [option] = within(section).getAllByTestId('plan-option');
    expect(option).toHaveTextContent('个性化分期 33期');
    expect(option).toHaveTextContent('需主管审批');
    expect(option).toHaveClass('plan-option--needsApproval');
    const detail = within(section).getByTestId('plan-detail');
    expect(detail).toHaveTextContent('个性化分期须经主管审批');
    // The policy limit is named in words, never by its id.
    expect(detail).not.toHaveTextContent('personalised.needsApproval');
    expect(detail).toHaveTextContent('须提供困难证明');

    await user.keyboard('g');
    // Enter on the default button cancels: approval is never recorded by default.
    const cancel = within(section).getByRole('button', { name: /不记录|取消/ });
    await waitFor(() => expect(cancel).toHaveFocus());
    expect(within(section).getByText('该方案需主管审批。主管已批准了吗？')).toBeInTheDocument();
    expect((await db.calls.get(callId))?.plan).toBeUndefined();
    // Escape cancels; nothing is written.
    await user.keyboard('{Escape}');
    expect(within(section).queryByRole('button', { name: '主管已批准，记录' })).toBeNull();
    await user.keyboard('g');
    await user.click(within(section).getByRole('button', { name: '主管已批准，记录' }));
    await within(section).findByTestId('plan-promise');
    const call = await db.calls.get(callId);
    expect(call?.plan?.type).toBe('personalised');
    expect(call?.promise?.date).toBe('2026-12-28');
    // The approval is kept on the call, and the stored summary no longer says "pending".
    expect(call?.plan?.approvedAt).toEqual(expect.any(Number));
    expect(call?.plan?.summary).toContain('主管已批准');
    expect(call?.plan?.summary).not.toContain('待主管审批');
  });

  it('builds a plan by hand, lists the limits it breaks, and never records a refused one', async () => {
    // Principal ¥21,000.00 of the ¥24,500.00 balance: the M2 policy discounts interest and fees only.
    const { user, section, db } = await openPlan(liQiang({ principal: money(2100000, '本金') }));
    const callId = await begin(db);
    await user.keyboard('t');
    const type = within(section).getByLabelText('方案类型');
    await waitFor(() => expect(type).toHaveFocus());
    expect(type).toHaveValue('instalmentFlat');
    // M2 policy: a 5 % down payment is required; none is refused, naming the limit.
    const detail = within(section).getByTestId('plan-detail');
    expect(detail).toHaveTextContent('不允许');
    expect(detail).toHaveTextContent('首付¥0.00低于最低首付¥1,225.00（欠款的5%）');
    expect(detail).not.toHaveTextContent('minDownPaymentRate');
    const agree = within(section).getByRole('button', { name: /客户同意，记录方案/ });
    expect(agree).toBeDisabled();
    fireEvent.keyDown(document.body, { key: 'g' });
    expect(within(section).getByTestId('plan-notice')).toHaveTextContent('该方案违反政策，不能记录为已同意');
    expect((await db.calls.get(callId))?.plan).toBeUndefined();

    await user.type(within(section).getByLabelText('首付'), '1225');
    expect(detail).toHaveTextContent('可直接办理');
    expect(within(section).getByRole('button', { name: /客户同意，记录方案/ })).toBeEnabled();

    // A settlement beyond the agent's discount needs approval; beyond the supervisor's it is refused;
    // below the principal it needs the approval level the policy names (issue 13 §3).
    await user.selectOptions(type, 'settlement');
    const amount = within(section).getByLabelText('减免后金额');
    await user.type(amount, '23000');
    expect(within(section).getByTestId('plan-detail')).toHaveTextContent('需主管审批');
    await user.clear(amount);
    await user.type(amount, '22000');
    expect(within(section).getByTestId('plan-detail')).toHaveTextContent('超过主管审批上限利息和费用的50%');
    expect(within(section).getByTestId('plan-detail')).not.toHaveTextContent(
      'settlement.supervisorMaxDiscountRate',
    );
    await user.clear(amount);
    await user.type(amount, '20000');
    expect(within(section).getByTestId('plan-detail')).toHaveTextContent('须分行风险管理部审批');
    expect(within(section).getByTestId('plan-readback')).toHaveTextContent('其中本金减免¥1,000.00');
  });

  it('starts the manual form from the chosen option and says why a request cannot be computed', async () => {
    const { user, section } = await openPlan(liQiang());
    await user.click(await within(section).findByLabelText(/每月能还多少/));
    await user.keyboard('3000{Enter}b');
    await user.keyboard('t');
    expect(within(section).getByLabelText('分期期数')).toHaveValue('24');
    expect(within(section).getByLabelText('首付')).toHaveValue('1225.00');
    expect(within(section).getByText('政策允许：3、6、12、24、36')).toBeInTheDocument();
    const periods = within(section).getByLabelText('分期期数');
    await user.clear(periods);
    await user.type(periods, '18');
    expect(within(section).getByRole('alert')).toHaveTextContent('缺少月手续费率（政策中没有 18 期）');
    // Periods belong to instalments: a settlement starts at one payment, not at 18.
    await user.selectOptions(within(section).getByLabelText('方案类型'), 'settlement');
    expect(within(section).getByLabelText('还款次数')).toHaveValue('1');
  });
});
