/**
 * Issue 17 items 1, 5 and 7 in Chromium: open a pack from an address, add a trigger from the
 * agents' search misses, store the signing key encrypted, reload the Studio, unlock it with the
 * passphrase and sign; the signed file passes the pack gate and carries the new trigger.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MISS_FORMAT } from '../../lib/objections/misses';
import { checkEnvelope } from '../../lib/pack/envelope';
import { expect, openExtensionPage, test } from './fixtures';
import { writeSigningKey } from './studio-publish';

const PASSPHRASE = '春眠不觉晓，处处闻啼鸟';

test('open from an address, add a trigger from search misses, store the key encrypted, unlock and sign', async ({
  ext,
  crmUrl,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-keys-e2e-'));
  try {
    const { pair, keyFile } = await writeSigningKey(dir);
    const missFile = join(dir, 'call-assist-search-misses-2026-11-30.json');
    const misses = [
      { date: '2026-11-29', query: '公积金还没到账', reason: 'none', phase: 'negotiate', opened: 'no-money' },
      { date: '2026-11-30', query: '公积金还没到账呢', reason: 'weak', opened: 'no-money' },
      { date: '2026-11-30', query: '现在没钱', reason: 'weak' },
    ];
    writeFileSync(missFile, JSON.stringify({ format: MISS_FORMAT, count: misses.length, misses }));

    const studio = await openExtensionPage(ext, 'studio');
    // The toolbar button's menu item the background made (updating a missing item rejects). The
    // worker makes it when it starts, which may still be under way when the page opens: wait for it.
    await expect
      .poll(() =>
        studio.evaluate(() =>
          chrome.contextMenus.update('open-studio', {}).then(
            () => true,
            () => false,
          ),
        ),
      )
      .toBe(true);
    const origin = new URL(crmUrl).origin;
    const address = studio.getByLabel('话术包网址（https）');
    await address.fill(`${origin}/packs/missing.json`);
    await studio.getByRole('button', { name: '从网址打开' }).click();
    await expect(studio.getByRole('alert').filter({ hasText: 'HTTP 404' })).toBeVisible();
    await address.fill(`${origin}/packs/zh-CN.json`);
    await studio.getByRole('button', { name: '从网址打开' }).click();
    await expect(studio.getByText('没有错误或警告')).toBeVisible();
    await expect(studio.getByText(`草稿已自动保存（${origin}/packs/zh-CN.json）`)).toBeVisible();

    // Search misses: the agents' file, grouped; the card they opened is the default.
    await studio.getByRole('tab', { name: '搜索未命中' }).click();
    await studio.getByLabel(/导入搜索未命中文件/).setInputFiles(missFile);
    await expect(studio.getByText('1 个文件 · 3 次搜索 · 2 组')).toBeVisible();
    await expect(studio.getByText('已是“没钱 / 手头紧”的触发词')).toBeVisible();
    await studio.getByRole('button', { name: '把“公积金还没到账”加为触发词' }).click();
    await expect(studio.getByText('已把“公积金还没到账”加为“没钱 / 手头紧”的触发词')).toBeVisible();
    // In the draft: the objection form of that card (the first) lists it.
    await studio.getByRole('tab', { name: '异议处理' }).click();
    await expect(studio.getByLabel('触发词（每行一个）')).toHaveValue(/\n公积金还没到账$/);

    // Store the key encrypted, then reload: the key is gone from memory, the store unlocks it.
    await studio.getByLabel(/私钥文件/).setInputFiles(keyFile);
    await expect(studio.getByText(`已载入密钥 ${pair.keyId}`)).toBeVisible();
    await studio.getByLabel(`加密保存密钥 ${pair.keyId} · 口令（至少 10 个字符）`).fill(PASSPHRASE);
    await studio.getByRole('button', { name: '加密保存', exact: true }).click();
    await expect(studio.getByText(`密钥 ${pair.keyId} 已加密保存`)).toBeVisible({ timeout: 15_000 });
    await studio.reload();
    await expect(studio.getByText('请先载入私钥文件')).toBeVisible();
    const unlock = studio.getByLabel(`密钥 ${pair.keyId} 的口令`);
    await unlock.fill('不是这个口令啊啊啊啊');
    await studio.getByRole('button', { name: `解锁密钥 ${pair.keyId}` }).click();
    // The preview's Guard shows its own alert at night (outside the call window): the key form's is the one.
    await expect(studio.getByRole('alert').filter({ hasText: '口令不对' })).toBeVisible({ timeout: 15_000 });
    await unlock.fill(PASSPHRASE);
    await studio.getByRole('button', { name: `解锁密钥 ${pair.keyId}` }).click();
    await expect(studio.getByText(`已载入密钥 ${pair.keyId}`)).toBeVisible({ timeout: 15_000 });

    await studio.getByLabel(/更新说明/).fill('第 2 版：新增触发词“公积金还没到账”。');
    await studio.getByRole('button', { name: '签名', exact: true }).click();
    await expect(studio.getByText('已签名版本 2')).toBeVisible();
    const downloading = studio.waitForEvent('download');
    await studio.getByRole('link', { name: '下载签名文件' }).click();
    const signedFile = join(dir, (await downloading).suggestedFilename());
    await (await downloading).saveAs(signedFile);

    const check = await checkEnvelope(readFileSync(signedFile, 'utf8'), {
      trustedKeys: [pair],
      allowUnsigned: false,
      current: async () => ({ version: 1 }),
      now: Date.now(),
    });
    expect(check.kind).toBe('accepted');
    if (check.kind !== 'accepted') return;
    expect(check.signedBy).toEqual([pair.keyId]);
    expect(check.pack.objections.find((o) => o.id === 'no-money')?.triggers).toContain('公积金还没到账');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
