/**
 * Live-call walk 11, keyboard only, in Chromium on the demo CRM: a supervisor-approved call that
 * meets a dispute mid-call, a dropped call redialled on the same account, the plan's amounts typed
 * wrong, and a missed search across reloading the panel.
 */
import { expect, openAccount, openExtensionPage, test } from './fixtures';
import { startCall, storedRows } from './panel-steps';

const sideways = (panel: import('@playwright/test').Page) =>
  panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('an approved start reads approved; a dispute flagged mid-call turns the Guard 禁止 again', async ({
  ext,
  crmUrl,
}) => {
  const { panel } = await openAccount(ext, crmUrl, 'CC20240008');
  await panel.setViewportSize({ width: 320, height: 650 });
  const guard = panel.getByTestId('guard');
  await expect(guard).toHaveAttribute('data-level', 'block');
  await startCall(panel, { key: true, reason: '代理律师书面同意本次致电核实地址', supervisor: 'S2001' });
  await expect(guard).toHaveAttribute('data-level', 'approved');
  await expect(guard.locator('.guard__level')).toHaveText('主管已批准继续');
  await expect(guard.locator('.guard__level')).toBeInViewport();
  await expect(guard).toContainText('（主管已批准）');
  expect(await sideways(panel)).toBeLessThanOrEqual(0);
  // 200 % zoom of a 400 px panel.
  await panel.setViewportSize({ width: 200, height: 650 });
  expect(await sideways(panel)).toBeLessThanOrEqual(0);
  await panel.setViewportSize({ width: 320, height: 650 });

  // The customer disputes the debt: the card's F flags the call, a stop flag the supervisor never saw.
  const body = panel.locator('body');
  await body.press('Escape');
  await body.press('/');
  await panel.keyboard.type('不是我欠的');
  await panel.keyboard.press('Enter');
  await expect(
    panel.getByTestId('pinned-card').or(panel.locator('[data-objection-id="not-my-debt"]')).first(),
  ).toBeVisible();
  await body.press('f');
  await expect(guard).toHaveAttribute('data-level', 'block');
  await expect(guard.locator('.guard__line')).toHaveAttribute('role', 'alert');
  await expect(guard).toContainText('新的阻断，未获批准');

  // stop12: the stopped call's wrap-up takes no promise to pay, and says why in the pack's words.
  await body.press('Escape');
  await body.press('5');
  await expect(panel.getByTestId('wrap-up-stopped')).toContainText('账务争议');
  await expect(panel.getByTestId('wrap-up-stopped')).not.toContainText('dispute');
  const outcome = panel.getByLabel('结果代码');
  await outcome.selectOption('PTP');
  await panel.getByRole('button', { name: '保存通话结果' }).click();
  await expect(outcome).toHaveAttribute('aria-invalid', 'true');
  const calls = await storedRows<{ accountKey: string; disposition?: unknown }>(panel, 'calls');
  expect(calls.filter((c) => c.accountKey === 'CC20240008').map((c) => c.disposition)).toEqual([undefined]);
});

test('a dropped call redialled at once: a second call, counted, nothing of the first call’s wrap-up', async ({
  ext,
  crmUrl,
}) => {
  const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
  await expect(panel.locator('[data-account-key="CC20240002"]')).toContainText('王芳');
  await startCall(panel, { key: true });
  const body = panel.locator('body');
  await body.press('5');
  await body.press('Escape');
  await panel.keyboard.press('a');
  await expect(panel.getByLabel('结果代码')).toHaveValue('PTP');
  // The line drops: Alt+E asks once (not wrapped up), Enter ends; Alt+S dials again.
  await body.press('Alt+e');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('call-status')).toContainText('未在通话');
  await body.press('Alt+s');
  await expect(panel.getByTestId('call-status')).toContainText('通话中');
  await body.press('Escape');
  await body.press('5');
  await expect(panel.getByLabel('结果代码')).not.toHaveValue('PTP');
  const calls = await storedRows<{ accountKey: string; endedAt?: number }>(panel, 'calls');
  expect(calls.filter((c) => c.accountKey === 'CC20240002')).toHaveLength(2);
});

test('the plan says what is wrong with a typed amount: 0, too large, too many decimals', async ({
  ext,
  crmUrl,
}) => {
  const { panel } = await openAccount(ext, crmUrl, 'CC20240003');
  await expect(panel.locator('[data-account-key="CC20240003"]')).toContainText('李强');
  const body = panel.locator('body');
  await body.press('4');
  await body.press('m');
  const monthly = panel.getByLabel(/每月能还多少/);
  await expect(monthly).toBeFocused();
  for (const [typed, said] of [
    ['0', '须大于 0'],
    ['99999999999', '金额太大'],
    ['１２.３４５', '小数位太多'],
  ] as const) {
    await monthly.press('Control+a');
    await panel.keyboard.type(typed);
    await expect(monthly, typed).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.locator('#section-plan'), typed).toContainText(said);
  }
});

test('a missed search restored by a reload is logged once', async ({ ext, crmUrl }) => {
  const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
  await expect(panel.locator('[data-account-key="CC20240002"]')).toContainText('王芳');
  await startCall(panel, { key: true });
  await panel.locator('body').press('/');
  await panel.keyboard.type('lvshiqqqq');
  // Enter opens the first card offered: the miss is written with it.
  await panel.keyboard.press('Enter');
  await expect.poll(async () => (await storedRows(panel, 'searchMisses')).length).toBe(1);
  await panel.reload();
  await expect(panel.getByTestId('call-status')).toContainText('通话中');
  await panel.locator('body').press('/');
  const search = panel.getByRole('combobox', { name: '搜索客户异议' });
  await expect(search).toHaveValue('lvshiqqqq');
  // The restored query is selected: Backspace clears it, which writes a pending miss, if any.
  await panel.keyboard.press('Backspace');
  await expect(search).toHaveValue('');
  await panel.keyboard.type('没钱');
  await panel.keyboard.press('Enter');
  await expect(panel.locator('#section-objections')).toContainText('没钱');
  const misses = await storedRows<{ query: string }>(panel, 'searchMisses');
  expect(misses.map((m) => m.query)).toEqual(['lvshiqqqq']);
});

for (const width of [200, 320]) {
  test(`the options page at ${width} px (200 % zoom of a narrow window) never scrolls sideways`, async ({
    ext,
  }) => {
    const options = await openExtensionPage(ext, 'options');
    await options.setViewportSize({ width, height: 700 });
    await expect(options.getByRole('button', { name: '导出未命中记录（JSON）' })).toBeAttached();
    expect(await sideways(options)).toBeLessThanOrEqual(0);
  });
}
