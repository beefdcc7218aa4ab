import { defineConfig } from '@playwright/test';
import chromium from './playwright.config';

/**
 * Firefox e2e (issue 18): Playwright's runner, puppeteer-core driving Firefox ESR over WebDriver
 * BiDi; one browser at a time, as for Chromium. Its own polls wait longer: Firefox starts slower.
 */
export default defineConfig({
  ...chromium,
  testDir: 'test/e2e-firefox',
  expect: { timeout: 10_000 },
  use: {},
});
