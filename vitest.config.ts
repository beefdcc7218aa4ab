import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { packChecksId } from './cli/pack-checks-id';

export default defineConfig({
  plugins: [WxtVitest(), react()],
  // As the build has it (wxt.config.ts): the identity of the pack checks (lib/pack/checked-mark.ts).
  define: { __PACK_CHECKS_ID__: JSON.stringify(packChecksId(import.meta.dirname)) },
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
