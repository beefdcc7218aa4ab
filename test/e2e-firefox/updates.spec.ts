/**
 * Issue 8's signed update on Firefox (issue 18): the options page points the extension at a local
 * pack server and trusts the TEST-ONLY key; signed v2 activates in the panel; a tampered v3 is
 * refused and v2 stays.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPackServer } from '../../cli/pack-serve';
import { control, expect, openCrm, openExtensionPage, test, textOf } from '../e2e/firefox-fixtures';
import { bundledDemoPack, packText, signedEnvelope, TEST_ONLY_KEYS } from '../fixtures/hostile/make';

test('Firefox: a signed v2 activates; a tampered v3 is refused and v2 stays', async ({ firefox, crmUrl }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pack-e2e-firefox-'));
  writeFileSync(join(dir, 'pack.json'), await signedEnvelope(packText(bundledDemoPack(2))));
  const packs = await startPackServer({ dir, port: 0, log: () => undefined });
  try {
    const { panel } = await openCrm(firefox, `${crmUrl}/accounts/CC20240002`);
    await expect
      .poll(() => textOf(panel, '.pack-line'))
      .toBe('话术包：示例银行信用卡催收 · 默认话术包（第 1 版）');

    const options = await openExtensionPage(firefox, panel, '/options.html');
    await (await control(options, '话术包网址')).type(`${packs.url}/pack.json`);
    await options.keyboard.press('Enter');
    await (await control(options, '公钥（base64）')).type(TEST_ONLY_KEYS.trusted.publicKey);
    await (await control(options, '添加公钥')).click();
    await expect
      .poll(() => options.evaluate(() => document.body.textContent ?? ''))
      .toContain('28664aa832692bc4');
    await (await control(options, '立即检查')).click();
    await expect
      .poll(() => options.evaluate(() => document.body.textContent ?? ''))
      .toContain('当前话术包：示例银行信用卡催收 · 默认话术包（第 2 版）');

    await expect
      .poll(() => textOf(panel, '.pack-line'))
      .toBe('话术包：示例银行信用卡催收 · 默认话术包（第 2 版）');
    await expect.poll(() => textOf(panel, '#section-script')).toContain('话术第 2 版');

    const signed = JSON.parse(await signedEnvelope(packText(bundledDemoPack(3)))) as { payload: string };
    writeFileSync(
      join(dir, 'pack.json'),
      JSON.stringify({
        ...signed,
        payload: signed.payload.replace('话术第 3 版', '话术第 3 版，不还钱后果自负'),
      }),
    );
    await (await control(options, '立即检查')).click();
    await expect.poll(() => textOf(options, '.pack-sync__last')).toContain('签名无效');
    await expect.poll(() => textOf(panel, '.pack-updates__check')).toContain('已拒绝新版本');
    expect(await textOf(panel, '.pack-line')).toBe('话术包：示例银行信用卡催收 · 默认话术包（第 2 版）');
    expect(await textOf(panel, '#section-script')).not.toContain('后果自负');
  } finally {
    await packs.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
