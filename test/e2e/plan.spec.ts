import { DAYTIME, expect, openAccount, test } from './fixtures';
import { startCall, storedRows } from './panel-steps';

/** The pack's calendar day (default-zh-CN: Asia/Shanghai) on the panel's clock (fixtures' DAYTIME). */
const todayInShanghai = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(DAYTIME));

interface StoredCall {
  accountKey: string;
  plan?: { type: string; summary: string; schedule: { date: string; amount: number }[] };
  promise?: { amount: number; date: string };
}

test.describe('repayment plan', () => {
  test('from a monthly amount to an agreed plan and a promise to pay on the call', async ({
    ext,
    crmUrl,
  }) => {
    // Extension origins are opaque to grantPermissions: granted for every origin instead.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { panel } = await openAccount(ext, crmUrl, 'CC20240003');
    await expect(panel.locator('[data-account-key="CC20240003"]')).toContainText('李强');
    // In the night window the Guard asks for a reason first, which is given.
    await startCall(panel, { reason: '客户本人约定此时回电，已取得同意' });

    await panel.locator('body').press('4');
    const plan = panel.locator('#section-plan');
    await expect(plan).toBeVisible();
    await expect(plan.getByLabel(/^欠款总额/)).toHaveValue('24500.00');
    await expect(plan.getByLabel(/^最低还款额/)).toHaveValue('980.00');
    await expect(plan.getByLabel(/^逾期天数/)).toHaveValue('45');
    await expect(plan.getByTestId('plan-segment')).toContainText('中期（M2）');

    await panel.locator('body').press('m');
    const monthly = plan.getByLabel(/每月能还多少/);
    await expect(monthly).toBeFocused();
    await monthly.fill('3000');
    await expect(plan.getByTestId('plan-option')).toHaveCount(3);
    await monthly.fill('800');
    await monthly.press('Enter');
    const option = plan.getByTestId('plan-option');
    await expect(option).toHaveCount(1);
    await expect(option).toContainText('分期还款 36期');
    await expect(option).toContainText('¥786.45');
    await expect(option).toContainText('名义年化13.17%');
    await expect(option).toContainText('实际年化14.00%');
    await expect(option).toBeFocused();

    const today = todayInShanghai();
    const readBack = plan.getByTestId('plan-readback');
    await expect(readBack).toContainText('先还首付¥1,225.00');
    await expect(plan.getByRole('table')).toContainText(today);

    await panel.keyboard.press('r');
    await expect(plan.getByTestId('plan-notice')).toHaveText('已复制复述');
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(await readBack.textContent());

    await panel.keyboard.press('g');
    await expect(plan.getByTestId('plan-promise')).toHaveText(`承诺还款 ¥1,225.00，日期 ${today}`);
    await expect(plan.getByTestId('plan-recorded')).toContainText('已记录方案：分期还款 36期');

    const [call, ...others] = (await storedRows<StoredCall>(panel, 'calls')).filter(
      (row) => row.accountKey === 'CC20240003',
    );
    expect(others).toHaveLength(0);
    expect(call?.promise).toEqual({ amount: 122500, date: today });
    expect(call?.plan?.type).toBe('instalmentFlat');
    expect(call?.plan?.schedule).toHaveLength(37);
    expect(call?.plan?.summary).toBe(await plan.getByTestId('plan-summary').textContent());
  });
});
