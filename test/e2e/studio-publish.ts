/**
 * The start and the end of a lead's publishing in the Studio, shared by the Studio e2e specs so
 * each counts the same steps: a signing key file; the Studio opened from the options page on the
 * active pack; then load the key file, sign, download the signed file, trust the key and import
 * the file on the options page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateKeyPair, type KeyPairText } from '../../lib/pack/sign';
import { type Extension, expect, openExtensionPage } from './fixtures';

type Act = (what: string, step: () => Promise<unknown>) => Promise<void>;

/** A fresh key pair, its private key written as the lead's key file in `dir`. */
export async function writeSigningKey(dir: string): Promise<{ pair: KeyPairText; keyFile: string }> {
  const pair = await generateKeyPair();
  const keyFile = join(dir, 'pack-signing.key');
  writeFileSync(keyFile, `${pair.privateKey}\n`);
  return { pair, keyFile };
}

/** The Studio in a new tab with the active pack opened (the panel or a test installed it). */
export async function openStudio(ext: Extension): Promise<Page> {
  const studio = await openExtensionPage(ext, 'studio');
  await studio.getByRole('button', { name: '打开当前话术包' }).click();
  return studio;
}

/** The options page, its link to the Studio (a new tab), and the active pack opened there, with no finding. */
export async function openStudioOnActivePack(
  ext: Extension,
  act: Act,
): Promise<{ options: Page; studio: Page }> {
  const options = await openExtensionPage(ext, 'options');
  const opening = ext.context.waitForEvent('page');
  await act('open the Studio from the options page', () =>
    options.getByRole('link', { name: /打开话术包工作室/ }).click(),
  );
  const studio = await opening;
  await act('open the active pack', () => studio.getByRole('button', { name: '打开当前话术包' }).click());
  await expect(studio.getByText('没有错误或警告')).toBeVisible();
  return { options, studio };
}

export async function signAndImport(
  { studio, options, act }: { studio: Page; options: Page; act: Act },
  { pair, keyFile, dir }: { pair: KeyPairText; keyFile: string; dir: string },
): Promise<void> {
  await act('load the private key file', () => studio.getByLabel(/私钥文件/).setInputFiles(keyFile));
  await expect(studio.getByText(`已载入密钥 ${pair.keyId}`)).toBeVisible();
  await act('sign', () => studio.getByRole('button', { name: '签名', exact: true }).click());
  await expect(studio.getByText('已签名版本 2')).toBeVisible();
  const trustEntry = JSON.parse(await studio.getByLabel(/交给管理员的公钥条目/).inputValue());
  expect(trustEntry).toEqual({ keyId: pair.keyId, publicKey: pair.publicKey });
  const downloading = studio.waitForEvent('download');
  await act('download the signed file', () => studio.getByRole('link', { name: '下载签名文件' }).click());
  const download = await downloading;
  const signedFile = join(dir, download.suggestedFilename());
  await download.saveAs(signedFile);

  // The administrator trusts the key and imports the file on the options page.
  await act('paste the public key', () => options.getByLabel('公钥（base64）').fill(pair.publicKey));
  await act('add the key', () => options.getByRole('button', { name: '添加公钥' }).click());
  await expect(options.getByText(pair.keyId)).toBeVisible();
  await act('import the signed file', () =>
    options.getByLabel('导入签名话术包文件').setInputFiles(signedFile),
  );
  await expect(options.getByText('当前话术包：示例银行信用卡催收 · 默认话术包（第 2 版）')).toBeVisible();
}
