/** The Firefox build's manifest (issue 18), as `npm run test:e2e:firefox` just built it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, FIREFOX_EXTENSION_DIR, test } from '../e2e/firefox-fixtures';

const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));

test('Firefox manifest: a sidebar, a toolbar button, a fixed id, no Chrome-only or unneeded permission', () => {
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(manifest.action).toBeDefined();
  expect(manifest.browser_specific_settings.gecko.id).toBe('call-assist@example.com');
  expect(manifest.permissions).not.toContain('tabs');
  expect(manifest.permissions).not.toContain('sidePanel');
  // The toolbar button's menu (Open the Pack Studio): Firefox's name for `contextMenus`.
  expect(manifest.permissions).toContain('menus');
  expect(manifest.permissions).not.toContain('contextMenus');
  expect(manifest.key).toBeUndefined();
  expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
});
