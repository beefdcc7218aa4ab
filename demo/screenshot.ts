/**
 * Headless picture of the demo: the CRM page and the side panel (opened as a page following the
 * CRM tab), composed side by side in one PNG by a third page, so no image library is needed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionArgs } from './chromium';

interface Options {
  chromePath: string;
  extensionDir: string;
  accountUrl: string;
  file: string;
}

export async function screenshotSideBySide({
  chromePath,
  extensionDir,
  accountUrl,
  file,
}: Options): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'call-assist-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: extensionArgs(extensionDir, { headless: true }),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const crm = await context.newPage();
    await crm.setViewportSize({ width: 1100, height: 760 });
    await crm.goto(accountUrl);
    const tabId = await worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      crm.url(),
    );
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 380, height: 760 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    // Wait for the workspace (pack, guard, script), not just the account preview.
    await panel.locator('.account[data-account-key]').waitFor({ timeout: 10_000 });
    await panel.locator('.lines li').first().waitFor({ timeout: 10_000 });
    const left = (await crm.screenshot()).toString('base64');
    const right = (await panel.screenshot()).toString('base64');
    const canvas = await context.newPage();
    await canvas.setViewportSize({ width: 1100 + 380, height: 760 });
    await canvas.setContent(
      `<body style="margin:0;display:flex"><img src="data:image/png;base64,${left}"><img src="data:image/png;base64,${right}" style="border-left:1px solid #999"></body>`,
    );
    writeFileSync(file, await canvas.screenshot());
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
