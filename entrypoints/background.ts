import type { Browser } from 'wxt/browser';
import { cancelPickOnTab, crmTabs, pickOnTab, readTab } from '@/lib/background/picker';
import {
  closeLocalStorageToContentScripts,
  ensureRetentionAlarm,
  isPanelPort,
  RETENTION_ALARM,
  recordPurge,
  senderOf,
} from '@/lib/background/privacy';
import { changesCrmAdapter, changesPackSource } from '@/lib/background/storage-changes';
import { installStudioMenu } from '@/lib/background/studio-menu';
import { createTabContext } from '@/lib/background/tab-context';
import { CRM_ADAPTER_CHANGED, CRM_PING } from '@/lib/crm/context';
import { adapterFor } from '@/lib/crm/match';
import { syncContentScripts } from '@/lib/crm/registration';
import { forgetTab, loadTabReport, saveTabReport } from '@/lib/crm/tab-reports';
import { traditionalPairsForAdapter } from '@/lib/crm/traditional-words';
import { purgeExpired, retentionOf } from '@/lib/db/retention';
import { CallAssistDB } from '@/lib/db/schema';
import { PANEL_PORT, type PanelPortPush, panelPortRequestSchema } from '@/lib/messaging/protocol';
import { dispatch, type Handlers } from '@/lib/messaging/receive';
import { installBundledPacks } from '@/lib/pack/bundled';
import { loadActivePack } from '@/lib/pack/store';
import { createPackSync } from '@/lib/pack/sync-service';
import { SYNC_ALARM } from '@/lib/pack/sync-state';
import { installPlatformQuirks } from '@/lib/platform/quirks';
import { readSettings } from '@/lib/settings';

export default defineBackground(() => {
  const db = new CallAssistDB();
  // Side panels following a tab; ports die with the worker, and panels reconnect.
  const panels = new Map<Browser.runtime.Port, number>();
  const ready = installBundledPacks(db).catch((error: unknown) => console.error('Bundled packs', error));

  /** Deletes notes and calls past the active pack's retention rule, and logs what it did (issue 16 §9). */
  async function purgeByActivePack() {
    await ready;
    const active = await loadActivePack(db, (await readSettings()).packId);
    const days = active.ok ? retentionOf(active.pack.rules) : undefined;
    const at = Date.now();
    if (!days) return recordPurge({ at, outcome: 'no-rule' });
    const result = await purgeExpired(db, days, at);
    if (!result.ok) console.error('Retention purge failed', result.message.en);
    await recordPurge({
      at,
      ...days,
      ...(result.ok ? { outcome: 'purged', deleted: result.deleted } : { outcome: 'failed' }),
    });
  }

  function push(tabId: number, report: PanelPortPush['report']) {
    for (const [port, follow] of panels) {
      if (follow === tabId) port.postMessage({ tabId, report } satisfies PanelPortPush);
    }
  }

  const packSync = createPackSync(db, ready);

  async function crmAdapterFor(url: string) {
    await ready;
    const active = await loadActivePack(db, (await readSettings()).packId);
    return active.ok ? adapterFor(active.pack.crm.adapters, url) : null;
  }

  const tabs = createTabContext({
    load: loadTabReport,
    save: saveTabReport,
    forget: forgetTab,
    push,
    isCrmUrl: async (url) => (await crmAdapterFor(url)) !== null,
    tabUrl: (tabId) =>
      browser.tabs
        .get(tabId)
        .then((tab) => tab.url)
        .catch(() => null),
    answers: (tabId, documentId) =>
      browser.tabs
        .sendMessage(tabId, { name: CRM_PING }, { documentId })
        .then((reply) => reply !== undefined)
        .catch(() => false),
    now: () => Date.now(),
  });

  async function tellCrmTabs(name: string) {
    for (const tab of await browser.tabs.query({})) {
      // A tab without our content script refuses the message; that is expected.
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { name }).catch(() => undefined);
    }
  }

  const handlers = {
    'crm/adapter-for': async ({ url }) => {
      const adapter = await crmAdapterFor(url);
      return { adapter, traditional: adapter ? traditionalPairsForAdapter(adapter) : '' };
    },
    'crm/report': async (report, sender) => {
      if (sender.tabId === undefined) throw new Error('crm/report must come from a tab');
      await tabs.report(sender.tabId, report, sender.documentId);
      return { ok: true as const };
    },
    'crm/register-origins': async () => ({ registered: await syncContentScripts() }),
    'pack/check-now': () => packSync.checkPackNow(),
    'pack/import': ({ text }) => packSync.importFile(text),
    'pack/status': () => packSync.status(),
    'studio/crm-tabs': crmTabs,
    'studio/pick': ({ tabId, hint }) => pickOnTab(tabId, hint),
    'studio/pick-cancel': ({ tabId }) => cancelPickOnTab(tabId),
    'studio/read': ({ tabId, adapter }) => readTab(tabId, adapter),
  } satisfies Handlers;

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void packSync.checkPackNow();
    if (alarm.name === RETENTION_ALARM) void purgeByActivePack();
  });
  browser.runtime.onStartup.addListener(() => {
    void packSync.checkPackNow();
    void purgeByActivePack();
  });
  browser.runtime.onInstalled.addListener(() => void packSync.checkPackNow());
  void packSync.ensureScheduled();
  // Retention (issue 7): notes and calls older than the pack's retention rule, on start and daily.
  void ensureRetentionAlarm();
  void closeLocalStorageToContentScripts();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') return void packSync.checkPackNow();
    if (area !== 'local') return;
    // Content scripts, which may not read storage.local, are told to ask for their adapter again
    // when the pack in force changes (issue 15 item 10). Rare, so all tabs.
    if (changesCrmAdapter(changes)) void tellCrmTabs(CRM_ADAPTER_CHANGED);
    if (changesPackSource(changes)) void packSync.checkPackNow();
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(handlers, message, senderOf(sender)).then(sendResponse);
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (!isPanelPort(port, PANEL_PORT)) return;
    port.onMessage.addListener((message: unknown) => {
      const request = panelPortRequestSchema.safeParse(message);
      if (!request.success) return;
      const tabId = request.data.follow;
      panels.set(port, tabId);
      void tabs.follow(tabId, (report) => port.postMessage({ tabId, report } satisfies PanelPortPush));
    });
    port.onDisconnect.addListener(() => panels.delete(port));
  });

  browser.tabs.onRemoved.addListener((tabId) => void tabs.removed(tabId));
  // The account leaves the panel with the CRM page (issue 15 item 10).
  browser.tabs.onUpdated.addListener((tabId, change) => void tabs.updated(tabId, change));
  browser.runtime.onStartup.addListener(() => void syncContentScripts().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void syncContentScripts().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncContentScripts().catch(() => undefined));
  // The toolbar button and the other Chrome/Firefox differences (issue 18).
  installPlatformQuirks();
  // The toolbar button's menu opens the Pack Studio (issue 17 item 1).
  void installStudioMenu().catch(() => undefined);
});
