import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), react()],
  test: {
    globals: true,
    include: [
      'test/unit/**/*.test.ts',
      'test/unit/**/*.test.tsx',
      'test/components/**/*.test.tsx',
      'test/cli/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // jsdom for components and DOM parsers; a file opts in with `// @vitest-environment jsdom`.
    testTimeout: 20_000,
  },
});
