import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // One Chromium at a time: the machine has two cores and each test starts its own browser.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  // Waits for a state, never for a time: on a loaded 2-core machine a CRM page and its content
  // script can take more than 5 s to report, and a longer wait only slows a test that fails.
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
