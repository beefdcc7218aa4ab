/**
 * Live-call walk 10, keyboard only: what an agent met that only a real browser shows (layout).
 */
import type { Page } from '@playwright/test';
import { expect, openAccount, openPanel, test } from './fixtures';
import { startCall } from './panel-steps';

/** How far a rectangle reaches outside the panel's width, in CSS px (0 when inside). */
const outside = (panel: Page, selector: string) =>
  panel.evaluate((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect();
    if (!box) throw new Error(`nothing at ${css}`);
    const width = document.documentElement.clientWidth;
    return Math.max(0, box.right - width, -box.left);
  }, selector);

for (const width of [200, 320]) {
  test(`at ${width} px, every header tooltip stays inside the panel`, async ({ ext, crmUrl }) => {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
    await panel.setViewportSize({ width, height: 650 });
    await expect(panel.locator('[data-account-key="CC20240002"]')).toContainText('王芳');
    // Name, account, amount, days past due: each a button whose focus shows where it was read.
    const fields = panel.locator('.status-strip button.field[data-field]');
    await expect(fields).toHaveCount(4);
    for (let i = 0; i < 4; i++) {
      const field = fields.nth(i);
      const name = await field.getAttribute('data-field');
      await field.focus();
      const tip = field.getByRole('tooltip');
      await expect(tip).toBeVisible();
      expect(
        await outside(panel, `.status-strip .field[data-field="${name}"] [role="tooltip"]`),
        name ?? '',
      ).toBe(0);
      expect(
        await panel.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
    }
  });
}

test('a reloaded or reopened panel mid-call shows the disposition, the note, the plan and the query again', async ({
  ext,
  crmUrl,
}) => {
  const { panel, tabId } = await openAccount(ext, crmUrl, 'CC20240002');
  await expect(panel.locator('[data-account-key="CC20240002"]')).toContainText('王芳');
  await startCall(panel, { key: true });
  const body = panel.locator('body');
  await body.press('Escape');
  await body.press('5');
  const note = panel.getByLabel('本账户笔记');
  await expect(note).toBeFocused();
  await panel.keyboard.type('客户说下周五发工资');
  await body.press('Escape');
  await panel.keyboard.press('a');
  await expect(panel.getByLabel('结果代码')).toHaveValue('PTP');
  await panel.getByLabel('金额（CNY）').fill('800');
  await panel.keyboard.press('Escape');
  await panel.keyboard.press('4');
  await panel.keyboard.press('m');
  await panel.getByLabel(/每月能还多少/).fill('2k');
  await panel.keyboard.press('Escape');
  await panel.keyboard.press('/');
  await panel.keyboard.type('下个月再还');
  // The note's draft is written at most 800 ms after typing; wait until it says so.
  await expect(panel.getByText(/草稿已保存/)).toBeAttached();

  const check = async (page: Page) => {
    await expect(page.getByTestId('call-status')).toContainText('通话中');
    await page.locator('body').press('5');
    await expect(page.getByLabel('本账户笔记')).toHaveValue('客户说下周五发工资');
    await expect(page.getByLabel('结果代码')).toHaveValue('PTP');
    await expect(page.getByLabel('金额（CNY）')).toHaveValue('800');
    await page.locator('body').press('Escape');
    await page.locator('body').press('4');
    await expect(page.getByLabel(/每月能还多少/)).toHaveValue('2k');
    await page.locator('body').press('/');
    await expect(page.getByRole('combobox', { name: '搜索客户异议' })).toHaveValue('下个月再还');
  };
  await panel.reload();
  await check(panel);
  await panel.close();
  await check(await openPanel(ext, tabId));
});
