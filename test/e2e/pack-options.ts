/**
 * The administrator's part, shared by the pack e2e specs: a pack server on a temporary folder, and
 * on the options page the pack URL and the TEST-ONLY key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startPackServer } from '../../cli/pack-serve';
import { TEST_ONLY_KEYS } from '../fixtures/hostile/make';
import { type Extension, expect, openExtensionPage } from './fixtures';

/** The panel's pack line for the default zh-CN pack at `version`. */
export const packLine = (version: number) => `话术包：示例银行信用卡催收 · 默认话术包（第 ${version} 版）`;

/**
 * Serves `contents` as `pack.json` from a temporary folder; `write` replaces the file, `close`
 * stops the server and removes the folder. `log` hears each request the server answers.
 */
export async function servePackFile(
  contents: string | Buffer,
  log: (line: string) => void = () => undefined,
) {
  const dir = mkdtempSync(join(tmpdir(), 'pack-e2e-'));
  const write = (next: string | Buffer) => writeFileSync(join(dir, 'pack.json'), next);
  write(contents);
  const server = await startPackServer({ dir, port: 0, log });
  return {
    origin: server.url,
    url: `${server.url}/pack.json`,
    write,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the options page, points the extension at `packUrl` and trusts the TEST-ONLY key; returns the page. */
export async function trustPackServer(ext: Extension, packUrl: string): Promise<Page> {
  const options = await openExtensionPage(ext, 'options');
  await options.getByLabel('话术包网址').fill(packUrl);
  await options.getByLabel('话术包网址').press('Enter');
  await options.getByLabel('公钥（base64）').fill(TEST_ONLY_KEYS.trusted.publicKey);
  await options.getByRole('button', { name: '添加公钥' }).click();
  // The key is listed by its id once it is stored.
  await expect(options.getByText('28664aa832692bc4')).toBeVisible();
  return options;
}
