/**
 * Firefox fixtures (issue 18), beside Chromium's `fixtures.ts`: Debian's Firefox ESR driven by
 * puppeteer-core over WebDriver BiDi, the built extension installed with `installExtension`. Each
 * test gets its own browser and profile, so its IndexedDB and storage start empty.
 *
 * BiDi will not navigate to `moz-extension://`, so the panel is opened by the e2e build's background
 * (lib/platform/test-panel.ts) when a CRM page loads with its hash, and found among the pages.
 */
import { resolve } from 'node:path';
import { expect } from '@playwright/test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { TEST_PANEL_HASH } from '../../lib/platform/test-panel';
import { test as base } from './fixtures';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/e2e/firefox-mv3');

export interface FirefoxExtension {
  browser: Browser;
  id: string;
}

export interface LaunchOptions {
  /** The unpacked extension to install over BiDi; null installs nothing (a policy does). */
  extensionDir?: string | null;
  prefs?: Record<string, unknown>;
  env?: Record<string, string>;
}

export async function launchFirefox({
  extensionDir = FIREFOX_EXTENSION_DIR,
  prefs = {},
  env = {},
}: LaunchOptions = {}): Promise<FirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, ...env },
    extraPrefsFirefox: {
      // A closed network: no update, telemetry or remote-settings traffic.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'services.settings.server': 'data:,',
      'extensions.update.enabled': false,
      // Keep the CRM tab's timers at full speed while the panel tab is in front.
      'dom.min_background_timeout_value': 0,
      ...prefs,
    },
  });
  const id = extensionDir === null ? '' : await browser.installExtension(extensionDir);
  return { browser, id };
}

/** Opens the demo CRM at `url` and the panel page the background opens to follow it. */
export async function openCrm(ext: FirefoxExtension, url: string): Promise<{ crm: Page; panel: Page }> {
  const before = new Set(await ext.browser.pages());
  const crm = await ext.browser.newPage();
  await crm.goto(`${url}${TEST_PANEL_HASH}`);
  return { crm, panel: await findExtensionPage(ext, before, '/sidepanel.html?tab=') };
}

interface ExtensionApi {
  runtime: { getURL(path: string): string };
  tabs: { create(options: { url: string }): Promise<unknown> };
}

/** Opens an extension page (`/options.html`) from `from`, an extension page already open. */
export async function openExtensionPage(ext: FirefoxExtension, from: Page, path: string): Promise<Page> {
  const before = new Set(await ext.browser.pages());
  await from.evaluate((target) => {
    // The page's own WebExtension API (not the test's types: `wxt/browser` types only known paths).
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    void api.tabs.create({ url: api.runtime.getURL(target) });
  }, path);
  return findExtensionPage(ext, before, path);
}

/**
 * The page showing an extension page at `path`, if one is open (not among `before`). BiDi does not
 * report a navigation to `moz-extension://` (the page still says `about:blank`), so each page is
 * asked where it is.
 */
export async function extensionPage(
  ext: FirefoxExtension,
  path: string,
  before = new Set<Page>(),
): Promise<Page | undefined> {
  for (const page of await ext.browser.pages()) {
    if (before.has(page)) continue;
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith('moz-extension://') && href.includes(path)) return page;
  }
  return undefined;
}

async function findExtensionPage(ext: FirefoxExtension, before: Set<Page>, path: string): Promise<Page> {
  let found: Page | undefined;
  await expect
    .poll(async () => {
      found = await extensionPage(ext, path, before);
      return found !== undefined;
    }, `an extension page ${path}`)
    .toBe(true);
  if (!found) throw new Error(`No extension page ${path}`);
  return found;
}

/**
 * The first control whose accessible name contains `name` (aria-label, its <label>, or its text);
 * polled until it is there. A small stand-in for Playwright's getByRole/getByLabel.
 */
export async function control(page: Page, name: string | RegExp): Promise<ElementHandle<Element>> {
  const pattern = typeof name === 'string' ? name : name.source;
  const flags = typeof name === 'string' ? '' : name.flags;
  const literal = typeof name === 'string';
  let found: ElementHandle<Element> | null = null;
  await expect
    .poll(
      async () => {
        const handle = await page.evaluateHandle(
          (source, regexFlags, plain) => {
            const matches = (text: string | null | undefined) =>
              !!text && (plain ? text.includes(source) : new RegExp(source, regexFlags).test(text));
            const controls = document.querySelectorAll<HTMLElement>(
              'button, input, textarea, select, [role="button"], [role="tab"], [role="combobox"], [role="option"]',
            );
            for (const element of controls) {
              const labels = (element as HTMLInputElement).labels;
              const names = [
                element.getAttribute('aria-label'),
                ...[...(labels ?? [])].map((label) => label.textContent),
                element.textContent,
              ];
              if (names.some(matches) && element.getClientRects().length > 0) return element;
            }
            return null;
          },
          pattern,
          flags,
          literal,
        );
        found = handle.asElement() as ElementHandle<Element> | null;
        return found !== null;
      },
      `a control named ${String(name)}`,
    )
    .toBe(true);
  if (!found) throw new Error(`No control named ${String(name)}`);
  return found;
}

/** The text of the first element matching `selector`, or '' while there is none. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((css) => document.querySelector(css)?.textContent ?? '', selector);
}

/** Chromium's fixtures (its demo CRM server; its browser starts only for tests that ask) plus Firefox. */
export const test = base.extend<{ firefox: FirefoxExtension }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern
  firefox: async ({}, use) => {
    const ext = await launchFirefox();
    await use(ext);
    await ext.browser.close();
  },
});

export { expect };
