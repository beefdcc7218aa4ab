/**
 * Live-call walk 10, keyboard only: what an agent met that only a real browser shows (layout).
 */
import type { Page } from '@playwright/test';
import { expect, openAccount, test } from './fixtures';

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
