/**
 * Issue 14 end to end (review 2026-11 finding 1): a genuine newer release with two byte-order
 * marks in front is activated correctly (the verified envelope is what is stored and read), and
 * the panel keeps working: script, CRM reading; serving the clean file again is not a rollback.
 */
import { bundledDemoPack, packText, signedEnvelope } from '../fixtures/hostile/make';
import { expect, openAccount, test } from './fixtures';
import { packLine, servePackFile, trustPackServer } from './pack-options';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

test('a signed v2 behind two BOMs activates and the panel keeps working', async ({ ext, crmUrl }) => {
  // Waits below are for states, some long on a loaded machine: the test's own limit is tripled.
  test.slow();
  const clean = await signedEnvelope(packText(bundledDemoPack(2)));
  const packs = await servePackFile(Buffer.concat([BOM, BOM, Buffer.from(clean)]));
  try {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
    await expect(panel.locator('.pack-line')).toHaveText(packLine(1));

    const options = await trustPackServer(ext, packs.url);
    await options.getByRole('button', { name: '立即检查' }).click();
    await expect(options.getByText('当前话术包：示例银行信用卡催收 · 默认话术包（第 2 版）')).toBeVisible();

    // The panel reads the stored release: script text of v2, and the CRM reading still works. The
    // panel checks a stored pack again when it loads it (schema and lint, red team 14): on a loaded
    // machine that took more than 10 s, so the wait is for the state, generously.
    await expect(panel.locator('.pack-line')).toHaveText(packLine(2), { timeout: 45_000 });
    await expect(panel.locator('#section-script')).toContainText('话术第 2 版');
    await expect(panel.locator('#section-script')).not.toContainText('{{');
    await expect(panel.getByText('无法读取')).toHaveCount(0);

    // The same release without the BOMs: unchanged, not a rollback; v2 stays readable.
    packs.write(clean);
    await options.getByRole('button', { name: '立即检查' }).click();
    await expect(options.locator('.pack-sync__last')).toContainText('没有新版本');
    await expect(panel.locator('.pack-line')).toHaveText(packLine(2));
    await expect(panel.locator('#section-script')).toContainText('话术第 2 版');
  } finally {
    await packs.close();
  }
});
