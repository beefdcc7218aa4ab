/**
 * Playwright fixtures: the demo CRM server, and a fresh Chromium profile with the built extension
 * loaded (Debian's Chromium; never a downloaded browser). Each test gets its own profile, so its
 * IndexedDB and storage start empty.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type Worker,
} from '@playwright/test';
import { CHROME, extensionArgs } from '../../demo/chromium';
import { startDemoServer } from '../../demo/server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/e2e/chrome-mv3');

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
}

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
): Promise<{ ext: Extension; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'call-assist-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: extensionArgs(extensionDir, { headless: true }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    ext: { context, id, worker },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing `page` (asked of the service worker). */
export async function tabIdOf(ext: Extension, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(
    async (target) => (await chrome.tabs.query({})).find((tab) => tab.url === target)?.id,
    url,
  );
  if (typeof id !== 'number') throw new Error(`No tab for ${url}`);
  return id;
}

/**
 * A Monday 10:00 in Shanghai: inside every default call window. The Guard's verdicts depend on the
 * debtor's local time, so no test may depend on the hour CI happens to run at.
 */
export const DAYTIME = '2026-06-15T10:00:00+08:00';

/**
 * Opens the side panel as a page that follows the given tab, its clock starting at `at` (null: the
 * real clock, for timing it).
 */
export async function openPanel(ext: Extension, tabId: number, at: string | null = DAYTIME): Promise<Page> {
  const panel = await ext.context.newPage();
  // The clock starts at `at` and then runs on, timers included.
  if (at !== null) await panel.clock.install({ time: new Date(at) });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${tabId}`);
  return panel;
}

export const test = base.extend<{ ext: Extension }, { crmUrl: string }>({
  crmUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern
    async ({}, use) => {
      const server = await startDemoServer({
        port: 0,
        packsDir: resolve(import.meta.dirname, '../../lib/pack/defaults'),
      });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: see above
  ext: async ({}, use) => {
    const { ext, close } = await launchWithExtension();
    await use(ext);
    await close();
  },
});

/** Opens one of the extension's own pages (the options page, the Studio) in a new tab. */
export async function openExtensionPage(ext: Extension, name: 'options' | 'studio'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/${name}.html`);
  return page;
}

/** Opens the demo CRM at `path` and the panel following its tab, its clock at `at` (see openPanel). */
export async function openCrm(ext: Extension, crmUrl: string, path: string, at: string | null = DAYTIME) {
  const crm = await ext.context.newPage();
  await crm.goto(`${crmUrl}${path}`);
  const tabId = await tabIdOf(ext, crm);
  const panel = await openPanel(ext, tabId, at);
  return { crm, panel, tabId };
}

/** Opens the demo CRM on an account and the panel following it. */
export function openAccount(ext: Extension, crmUrl: string, accountKey: string, at: string | null = DAYTIME) {
  return openCrm(ext, crmUrl, `/accounts/${accountKey}`, at);
}

export { expect };
