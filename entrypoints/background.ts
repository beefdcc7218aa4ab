import type { Browser } from 'wxt/browser';
import { adapterFor } from '@/lib/crm/match';
import { syncContentScripts } from '@/lib/crm/registration';
import { forgetTab, loadTabReport, saveTabReport } from '@/lib/crm/tab-reports';
import { CallAssistDB } from '@/lib/db/schema';
import { PANEL_PORT, type PanelPortPush, panelPortRequestSchema } from '@/lib/messaging/protocol';
import { dispatch, type Handlers } from '@/lib/messaging/receive';
import { installBundledPacks } from '@/lib/pack/bundled';
import { effectiveSyncConfig, readManagedPolicy, type SyncConfig } from '@/lib/pack/policy';
import { keyIdOf } from '@/lib/pack/sign';
import { loadActivePack } from '@/lib/pack/store';
import {
  type CheckRecord,
  checkForUpdate,
  dexiePackRepository,
  importEnvelope,
  type KeyValueStore,
  nextCheckDelayMinutes,
  readSyncState,
  SYNC_ALARM,
} from '@/lib/pack/sync';
import { readSettings, SETTINGS_KEY, writeSettings } from '@/lib/settings';

export default defineBackground(() => {
  const db = new CallAssistDB();
  // Side panels following a tab; ports die with the worker, and panels reconnect.
  const panels = new Map<Browser.runtime.Port, number>();
  const ready = installBundledPacks(db).catch((error: unknown) => console.error('Bundled packs', error));

  function push(tabId: number, report: PanelPortPush['report']) {
    for (const [port, follow] of panels) {
      if (follow === tabId) port.postMessage({ tabId, report } satisfies PanelPortPush);
    }
  }

  // ---- Pack sync (issue 8): on start, on an alarm with jitter, when the URL or keys change ----
  const localStore: KeyValueStore = {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: async (key, value) => browser.storage.local.set({ [key]: value }),
  };
  const syncDeps = () => ({
    // The pack download is the extension's only network request (DESIGN.md principle 2).
    fetch: (url: string, init: RequestInit) => fetch(url, init),
    now: Date.now,
    store: localStore,
    packs: dexiePackRepository(db),
  });
  async function syncConfig(): Promise<SyncConfig> {
    // Policy first: Chrome's first storage.managed read takes seconds, and settings read before
    // it would be stale by the time the check runs.
    const policy = await readManagedPolicy();
    return effectiveSyncConfig(await readSettings(), policy);
  }
  async function scheduleCheck(minutes: number) {
    await browser.alarms.create(SYNC_ALARM, { delayInMinutes: nextCheckDelayMinutes(minutes) });
  }
  /** A newly accepted pack becomes the one the panel shows. */
  async function follow(record: CheckRecord) {
    if (record.result === 'updated' && record.packId && record.packId !== (await readSettings()).packId)
      await writeSettings({ packId: record.packId });
  }
  // One check at a time; a request during a check gets a fresh check after it (never the
  // result of one that started before the URL or keys it should use were saved).
  let running: Promise<CheckRecord> | null = null;
  let queued: Promise<CheckRecord> | null = null;
  function checkPackNow(): Promise<CheckRecord> {
    if (running) {
      queued ??= running
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return checkPackNow();
        });
      return queued;
    }
    running = (async () => {
      await ready;
      const config = await syncConfig();
      try {
        const record = await checkForUpdate(
          {
            packUrl: config.packUrl,
            trustedKeys: config.trustedKeys,
            allowUnsigned: config.allowUnsigned,
            ...(config.packId ? { packId: config.packId } : {}),
          },
          syncDeps(),
        );
        await follow(record);
        return record;
      } finally {
        await scheduleCheck(config.syncMinutes);
      }
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const handlers = {
    'crm/adapter-for': async ({ url }) => {
      await ready;
      const active = await loadActivePack(db, (await readSettings()).packId);
      return { adapter: active.ok ? adapterFor(active.pack.crm.adapters, url) : null };
    },
    'crm/report': async (report, sender) => {
      if (sender.tabId === undefined) throw new Error('crm/report must come from a tab');
      await saveTabReport(sender.tabId, report);
      push(sender.tabId, report);
      return { ok: true as const };
    },
    'panel/get-context': async ({ tabId }) => ({ report: await loadTabReport(tabId) }),
    'crm/register-origins': async () => ({ registered: await syncContentScripts() }),
    'pack/check-now': () => checkPackNow(),
    'pack/import': async ({ text }) => {
      await ready;
      const config = await syncConfig();
      const record = await importEnvelope(
        text,
        {
          packUrl: '',
          trustedKeys: config.trustedKeys,
          allowUnsigned: config.allowUnsigned,
          ...(config.packId ? { packId: config.packId } : {}),
        },
        syncDeps(),
      );
      await follow(record);
      return record;
    },
    'pack/status': async () => {
      const config = await syncConfig();
      const trustedKeys = await Promise.all(
        config.trustedKeys.map(async (key) => {
          const keyId = await keyIdOf(key.publicKey).catch(() => undefined);
          return { keyId: keyId ?? key.keyId ?? '?', publicKey: key.publicKey, valid: keyId !== undefined };
        }),
      );
      const alarm = await browser.alarms.get(SYNC_ALARM);
      return {
        state: await readSyncState(localStore),
        config: {
          packUrl: config.packUrl,
          trustedKeys,
          syncMinutes: config.syncMinutes,
          allowUnsigned: config.allowUnsigned,
          unsignedPermitted: config.unsignedPermitted,
          ...(config.packId ? { packId: config.packId } : {}),
          managed: config.managed,
        },
        nextCheckAt: alarm?.scheduledTime ?? null,
      };
    },
  } satisfies Handlers;

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void checkPackNow();
  });
  browser.runtime.onStartup.addListener(() => void checkPackNow());
  browser.runtime.onInstalled.addListener(() => void checkPackNow());
  // A worker woken for another reason keeps the schedule alive if the alarm was lost.
  void browser.alarms.get(SYNC_ALARM).then(async (alarm) => {
    if (!alarm) await scheduleCheck((await syncConfig()).syncMinutes);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') return void checkPackNow();
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const before = (change.oldValue ?? {}) as Record<string, unknown>;
    const after = (change.newValue ?? {}) as Record<string, unknown>;
    const keys = ['packUrl', 'trustedKeys', 'developerMode'];
    if (keys.some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))) void checkPackNow();
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.url }).then(sendResponse);
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      const request = panelPortRequestSchema.safeParse(message);
      if (!request.success) return;
      panels.set(port, request.data.follow);
      void loadTabReport(request.data.follow).then((report) =>
        port.postMessage({ tabId: request.data.follow, report } satisfies PanelPortPush),
      );
    });
    port.onDisconnect.addListener(() => panels.delete(port));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onStartup.addListener(() => void syncContentScripts().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void syncContentScripts().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncContentScripts().catch(() => undefined));
  // Chrome opens the side panel from the toolbar button; Firefox has its own sidebar button.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
