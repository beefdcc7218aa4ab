/**
 * Issue 8 end to end: the options page points the extension at a local pack server and trusts the
 * TEST-ONLY key; version 2 arrives and the panel shows "what changed" and the new text; a tampered
 * version 3 is refused, the panel keeps version 2, and the options page says why.
 */
import { bundledDemoPack, packText, signedEnvelope } from '../fixtures/hostile/make';
import { expect, openAccount, test } from './fixtures';
import { packLine, servePackFile, trustPackServer } from './pack-options';

test('a signed v2 activates with "what changed"; a tampered v3 is refused and v2 stays', async ({
  ext,
  crmUrl,
}) => {
  const served: string[] = [];
  const packs = await servePackFile(await signedEnvelope(packText(bundledDemoPack(2))), (line) =>
    served.push(line),
  );
  const foreign: string[] = [];
  ext.context.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith('chrome-extension://') &&
      !url.startsWith(crmUrl) &&
      !url.startsWith(packs.origin) &&
      !url.startsWith('data:')
    )
      foreign.push(url);
  });
  try {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
    await expect(panel.locator('.pack-line')).toHaveText(packLine(1));

    // The administrator's part, on the options page: the URL, the (TEST-ONLY) key, check now.
    const options = await trustPackServer(ext, packs.url);
    // Saving the key already triggers a check; "check now" then finds v2 active either way.
    await options.getByRole('button', { name: '立即检查' }).click();
    await expect(options.getByText('当前话术包：示例银行信用卡催收 · 默认话术包（第 2 版）')).toBeVisible();
    await expect(options.locator('.pack-sync__last')).toContainText(
      /已更新「示例银行信用卡催收 · 默认话术包」到第 2 版|没有新版本（当前 v2）/,
    );

    // The agent's part: the panel switches to v2, says what changed, shows the new text.
    await expect(panel.locator('.pack-line')).toHaveText(packLine(2), { timeout: 10_000 });
    const changed = panel.getByRole('region', { name: '话术包更新' });
    await expect(changed.getByRole('heading', { name: '话术包已更新：v1 → v2' })).toBeVisible();
    await expect(changed).toContainText('第 2 版：更新早期开场白。');
    await expect(changed).toContainText('修改话术行 1 处');
    await expect(panel.locator('#section-script')).toContainText('话术第 2 版');
    await changed.getByRole('button', { name: /知道了/ }).click();
    await expect(changed).toHaveCount(0);

    // A tampered v3: signed, then edited. Refused; v2 stays; both pages say why.
    const signed = JSON.parse(await signedEnvelope(packText(bundledDemoPack(3)))) as {
      payload: string;
      signatures: unknown[];
    };
    packs.write(
      JSON.stringify({
        ...signed,
        payload: signed.payload.replace('话术第 3 版', '话术第 3 版，不还钱后果自负'),
      }),
    );
    await options.getByRole('button', { name: '立即检查' }).click();
    const last = options.locator('.pack-sync__last');
    await expect(last).toContainText('已拒绝');
    await expect(last).toContainText('签名无效');
    await expect(panel.locator('.pack-updates__check')).toContainText('已拒绝新版本');
    await expect(panel.locator('.pack-updates__check')).toContainText('仍在使用 v2');
    await expect(panel.locator('.pack-line')).toHaveText(packLine(2));
    await expect(panel.locator('#section-script')).toContainText('话术第 2 版');
    await expect(panel.locator('#section-script')).not.toContainText('后果自负');

    expect(served.filter((line) => !line.includes('/pack.json'))).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await packs.close();
  }
});
