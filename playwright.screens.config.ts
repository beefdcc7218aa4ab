import { defineConfig } from '@playwright/test';

// `npm run screenshots`: the README's pictures of the panel (test/screens), after `tsx test/e2e/build.ts`.
export default defineConfig({
  testDir: 'test/screens',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
