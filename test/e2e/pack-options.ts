/** The administrator's part, shared by the pack e2e specs: on the options page, the pack URL and the TEST-ONLY key. */
import type { Page } from '@playwright/test';
import { TEST_ONLY_KEYS } from '../fixtures/hostile/make';
import { type Extension, expect } from './fixtures';

/** Opens the options page, points the extension at `packUrl` and trusts the TEST-ONLY key; returns the page. */
export async function trustPackServer(ext: Extension, packUrl: string): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  await options.getByLabel('话术包网址').fill(packUrl);
  await options.getByLabel('话术包网址').press('Enter');
  await options.getByLabel('公钥（base64）').fill(TEST_ONLY_KEYS.trusted.publicKey);
  await options.getByRole('button', { name: '添加公钥' }).click();
  // The key is listed by its id once it is stored.
  await expect(options.getByText('28664aa832692bc4')).toBeVisible();
  return options;
}
