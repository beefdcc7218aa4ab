/**
 * Live-call walk 9: what a keyboard-only agent met at 200 % zoom (a 400 px panel is 200 CSS px)
 * and at 320 px: the plan's option cards may not scroll the panel sideways.
 */
import type { Page } from '@playwright/test';
import { expect, openAccount, test } from './fixtures';
import { startCall } from './panel-steps';

const sideways = (panel: Page) =>
  panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [200, 320]) {
  test(`at ${width} px, the plan's option cards stay inside the panel`, async ({ ext, crmUrl }) => {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240003');
    await panel.setViewportSize({ width, height: 600 });
    await expect(panel.locator('[data-account-key="CC20240003"]')).toContainText('李强');
    await startCall(panel, { key: true });

    await panel.locator('body').press('Escape');
    await panel.locator('body').press('4');
    await panel.keyboard.press('m');
    const monthly = panel.getByLabel(/每月能还多少/);
    await expect(monthly).toBeFocused();
    await monthly.fill('2k');
    await monthly.press('Enter');
    await expect(panel.getByTestId('plan-option').first()).toBeFocused();
    expect(await sideways(panel)).toBeLessThanOrEqual(0);
  });
}
