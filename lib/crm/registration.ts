/**
 * Registers the CRM content script for origins granted at run time (adapter file: uses `browser`).
 * Origins granted at build time already get it from the manifest, so they are left out here to
 * avoid a second copy on the page.
 */
const SCRIPT_ID = 'call-assist-crm';
const SCRIPT_FILE = '/content-scripts/crm.js';

function manifestMatches(): Set<string> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return new Set(scripts.flatMap((script) => script.matches ?? []));
}

/** Every granted http(s) origin pattern that the manifest does not already cover. */
export async function runtimeOrigins(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const fromManifest = manifestMatches();
  return granted.filter((origin) => /^https?:\/\//.test(origin) && !fromManifest.has(origin));
}

export async function syncContentScripts(): Promise<string[]> {
  const origins = await runtimeOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return [];
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: [SCRIPT_FILE],
      matches: origins,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  // Tabs already open on a newly granted origin get the script now rather than on next reload.
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({ target: { tabId: tab.id }, files: [SCRIPT_FILE] })
            .catch(() => undefined),
    ),
  );
  return origins;
}
