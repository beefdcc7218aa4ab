/**
 * The README's screenshots (issue 15): every section of the panel at 320 and 400 px, light and dark,
 * on a demo account. Not part of `npm test` (pictures, not checks): `npm run screenshots`.
 */
import { resolve } from 'node:path';
import { expect, openAccount, test } from '../e2e/fixtures';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const SECTIONS = ['guard', 'script', 'objections', 'plan', 'notes'] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [320, 400]) {
    test(`sections at ${width} px, ${scheme}`, async ({ ext, crmUrl }) => {
      const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
      await panel.setViewportSize({ width, height: 650 });
      await panel.emulateMedia({ colorScheme: scheme });
      await expect(panel.locator('[data-account-key="CC20240002"]')).toBeVisible();
      for (const [index, id] of SECTIONS.entries()) {
        await panel.locator('body').press('Escape');
        await panel.locator('body').press(String(index + 1));
        await expect(panel.locator(`#section-${id}`)).toBeVisible();
        if (id === 'objections') await panel.keyboard.insertText('最近手头紧');
        await panel.screenshot({ path: `${OUT}/${id}-${width}-${scheme}.png` });
      }
    });
  }
}
