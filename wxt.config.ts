import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { packChecksId } from './cli/pack-checks-id';
import { crmOriginPatterns } from './lib/crm/origins';

// Origins granted at build time (`CRM_ORIGINS=https://crm.example.com npm run build`). The e2e build
// and `npm start` grant the demo CRM this way, because Playwright cannot click a permission prompt.
// Chrome keeps a granted port in the pattern; Firefox cannot (lib/crm/origins.ts).
const originsFor = (browser: string) =>
  crmOriginPatterns(process.env.CRM_ORIGINS ?? '', { ports: browser !== 'firefox' });

// Release builds (`npm run release`, cli/release.ts): the bank's public key fixes the Chrome/Edge id,
// and each browser is told where its updates are served (issue 18).
const release = {
  publicKey: process.env.CALL_ASSIST_PUBLIC_KEY,
  chromeUpdateUrl: process.env.CALL_ASSIST_CHROME_UPDATE_URL,
  firefoxUpdateUrl: process.env.CALL_ASSIST_FIREFOX_UPDATE_URL,
  geckoId: process.env.CALL_ASSIST_GECKO_ID ?? 'call-assist@example.com',
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The identity of this build's pack checks: a stored pack they passed is not linted again.
  vite: () => ({ define: { __PACK_CHECKS_ID__: JSON.stringify(packChecksId(import.meta.dirname)) } }),
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '137' }), // Ed25519 in WebCrypto
    ...(browser !== 'firefox' && release.publicKey ? { key: release.publicKey } : {}),
    ...(browser !== 'firefox' && release.chromeUpdateUrl ? { update_url: release.chromeUpdateUrl } : {}),
    // No `tabs` (issue 18: its "read your browsing history" warning): the extension reads tab ids,
    // and URLs only of tabs on granted CRM origins, which the host permission already allows.
    // `contextMenus` (Firefox: `menus`): the toolbar button's "Open the Pack Studio" item (issue 17).
    permissions: [
      'storage',
      'scripting',
      'alarms',
      ...(browser === 'firefox' ? ['menus'] : ['sidePanel', 'contextMenus']),
    ],
    host_permissions: originsFor(browser),
    // The agent or admin grants a real CRM's origin at run time from the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    storage: { managed_schema: 'managed-schema.json' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: release.geckoId,
              ...(release.firefoxUpdateUrl ? { update_url: release.firefoxUpdateUrl } : {}),
              strict_min_version: '129.0',
              // Nothing leaves the machine but the pack download (DESIGN.md principle 2).
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  hooks: {
    // The content script is built with an empty traditional → simplified table: the table is 9.6 KB
    // gzip and the content script's budget 12 KB (it folds only CRM labels, copied from the page).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script')) return;
      const none = resolve(import.meta.dirname, 'lib/text/traditional-data-none.ts');
      // Chinese label and currency words as UTF-8 (3 bytes) rather than \u escapes (6): the file
      // is UTF-8, as Chrome requires of a content script.
      viteConfig.esbuild = { ...(viteConfig.esbuild || {}), charset: 'utf8' };
      viteConfig.plugins = [
        ...(viteConfig.plugins ?? []),
        {
          name: 'content-script-traditional',
          enforce: 'pre',
          resolveId: (id) => (id.endsWith('/traditional-data') ? none : null),
        },
      ];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const buildOrigins = originsFor(wxt.config.browser);
      // Only the origins named at build time: the content script's own `matches` must not widen it.
      manifest.host_permissions = [...buildOrigins];
      // Statically granted origins also get the content script from the manifest, so it is on the
      // page from the first load; origins granted later are registered with `scripting`.
      if (buildOrigins.length > 0) {
        manifest.content_scripts = [
          { matches: [...buildOrigins], js: ['content-scripts/crm.js'], run_at: 'document_idle' },
        ];
      }
    },
  },
});
