/** The Chrome/Edge build's manifest (issue 18, least privilege), as `npm run test:e2e` just built it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

test('Chrome manifest: only the permissions the extension uses, no tabs, only the granted CRM origin', () => {
  expect([...manifest.permissions].sort()).toEqual([
    'alarms',
    'contextMenus',
    'scripting',
    'sidePanel',
    'storage',
  ]);
  expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  expect(manifest.content_scripts.map((script: { matches: string[] }) => script.matches)).toEqual([
    ['http://127.0.0.1/*'],
  ]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  // Only release builds carry the bank's key and update URL (npm run release).
  expect(manifest.key).toBeUndefined();
  expect(manifest.update_url).toBeUndefined();
});
