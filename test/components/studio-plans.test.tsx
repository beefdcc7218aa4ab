// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanPolicyEditor } from '@/components/studio/PlanPolicyEditor';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { draftValue, FormHost } from './studio-form-host';

const policy = () => draftValue().planPolicies[1];
const mid = zhPack.planPolicies[1];

describe('PlanPolicyEditor', () => {
  it('edits money through the money parser and rates as percentages, refusing bad input inline', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={PlanPolicyEditor} />);
    await user.selectOptions(screen.getByLabelText('Policy'), '1');
    expect(
      screen.getByText(`Used by segments: ${zhPack.segments.find((s) => s.planPolicyId === mid?.id)?.name}`),
    ).toBeInTheDocument();
    const smallest = screen.getByLabelText('Smallest instalment');
    expect(smallest).toHaveValue('100.00');
    await user.clear(smallest);
    await user.type(smallest, '¥1,234.5');
    expect(policy().minInstalment).toBe(123450);
    await user.clear(smallest);
    await user.type(smallest, 'abc');
    expect(smallest).toHaveAccessibleDescription(/No number in it: type the amount in digits/);
    expect(smallest).toHaveValue('abc');
    expect(policy().minInstalment).toBe(123450);
    // The same reasons as the plan and the wrap-up give (money14), not one message for all.
    await user.clear(smallest);
    await user.type(smallest, '约1000');
    expect(smallest).toHaveAccessibleDescription(/An approximate amount/);
    expect(policy().minInstalment).toBe(123450);
    await user.clear(smallest);
    await user.type(smallest, '八十块五');
    expect(policy().minInstalment).toBe(8050);

    const down = screen.getByLabelText('Smallest down payment (% of the amount)');
    expect(down).toHaveValue('5');
    await user.clear(down);
    await user.type(down, '150');
    expect(down).toHaveAccessibleDescription(/A percentage from 0 to 100/);
    // Typed key by key: "15" was valid and written, "150" is refused and the draft keeps 15 %.
    expect(policy().minDownPaymentRate).toBe(0.15);
    await user.clear(down);
    await user.type(down, '7.5');
    expect(policy().minDownPaymentRate).toBe(0.075);

    const supervisor = screen.getByLabelText('Supervisor may discount up to (%)');
    await user.clear(supervisor);
    await user.type(supervisor, '40');
    expect(policy().settlement.supervisorMaxDiscountRate).toBe(0.4);
  });

  it('edits instalment terms, adds one, sets up a part and removes it', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={PlanPolicyEditor} />);
    await user.selectOptions(screen.getByLabelText('Policy'), '1');
    await user.click(screen.getByRole('button', { name: 'Edit “3 periods”' }));
    const term = within(screen.getByRole('group', { name: '3 periods' }));
    const fee = term.getByLabelText('Monthly fee (% of the principal)');
    expect(fee).toHaveValue('0.75');
    await user.clear(fee);
    await user.type(fee, '0.72');
    expect(policy().instalmentFlat[0]).toEqual({ periods: 3, monthlyFeeRate: 0.0072 });
    await user.click(screen.getByRole('button', { name: 'Add a term: Instalment terms, monthly fee' }));
    expect(policy().instalmentFlat).toHaveLength((mid?.instalmentFlat.length ?? 0) + 1);
    expect(policy().instalmentFlat.at(-1)).toEqual({ periods: 12, monthlyFeeRate: 0 });

    expect(policy().personalised).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Set up: Personalised instalments' }));
    expect(policy().personalised).toEqual({
      maxPeriods: 12,
      monthlyFeeRate: 0,
      needsApproval: true,
      needsProof: true,
    });
    await user.click(screen.getByLabelText('Needs proof of hardship'));
    expect(policy().personalised.needsProof).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Remove “Personalised instalments”' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(policy().personalised).toBeUndefined();
    await user.click(screen.getByLabelText('Personalised instalments'));
    expect(policy().types).toContain('personalised');
  });
});
