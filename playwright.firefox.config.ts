import { defineConfig } from '@playwright/test';

/** Firefox e2e (issue 18): Playwright's runner, puppeteer-core driving Firefox ESR over WebDriver BiDi. */
export default defineConfig({
  testDir: 'test/e2e-firefox',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
});
