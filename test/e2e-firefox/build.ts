/**
 * Builds the Firefox extension the Firefox e2e tests load: the demo CRM's origin granted at build
 * time (as for Chromium) and `WXT_E2E_PANEL_TABS`, so the background opens the panel page the tests
 * cannot navigate to (lib/platform/test-panel.ts). `wxt zip` also packs it, for the policy install test.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DEMO_ORIGIN } from '../../demo/build-extension';

const root = resolve(import.meta.dirname, '../..');
execFileSync(
  process.execPath,
  [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'zip', '-b', 'firefox', '--mv3'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CRM_ORIGINS: DEMO_ORIGIN, WXT_OUT_DIR: '.output/e2e', WXT_E2E_PANEL_TABS: '1' },
  },
);
console.log(`Firefox e2e extension built in ${resolve(root, '.output/e2e/firefox-mv3')}`);
