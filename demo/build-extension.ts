/**
 * Builds the Chrome extension with the demo CRM's origin granted at build time, for `npm start`
 * and the e2e tests (Playwright cannot click a permission prompt).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const DEMO_ORIGIN = 'http://127.0.0.1';

export function buildExtension(outDir: string): string {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CRM_ORIGINS: DEMO_ORIGIN, WXT_OUT_DIR: outDir },
  });
  return resolve(root, outDir, 'chrome-mv3');
}
