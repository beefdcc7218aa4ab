/**
 * Pack sync in the background (issue 8), as a service the entry point wires: on start, on an alarm
 * with jitter, when the URL or keys change, on request. Adapter file: uses `browser` (storage,
 * alarms, the one network request the extension makes). The decisions live in `sync.ts`.
 */
import type { CallAssistDB } from '../db/schema';
import { readSettings, writeSettings } from '../settings';
import { effectiveSyncConfig, readManagedPolicy, type SyncConfig } from './policy';
import { keyIdOf } from './sign';
import {
  type CheckRecord,
  checkForUpdate,
  dexiePackRepository,
  importEnvelope,
  type KeyValueStore,
  nextCheckDelayMinutes,
  readSyncState,
  SYNC_ALARM,
  type SyncSettings,
} from './sync';

/** What a check or an import is judged by: the trusted keys, unsigned or not, the pinned pack id. */
function syncSettings(config: SyncConfig, packUrl: string): SyncSettings {
  return {
    packUrl,
    trustedKeys: config.trustedKeys,
    allowUnsigned: config.allowUnsigned,
    ...(config.packId ? { packId: config.packId } : {}),
    ...(config.versionFloorReset ? { versionFloorReset: config.versionFloorReset } : {}),
  };
}

export function createPackSync(db: CallAssistDB, ready: Promise<unknown>) {
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
  // Checks and imports each read the sync state, work, then write it back whole: they run one
  // at a time, or the later write drops the other's news (an import's activation was lost to a
  // check started by saving the trusted keys, and the panel never said what changed).
  let tail: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  }
  // A request during a check gets a fresh check after it (never the result of one that started
  // before the URL or keys it should use were saved).
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
    running = exclusive(async () => {
      await ready;
      const config = await syncConfig();
      try {
        const record = await checkForUpdate(syncSettings(config, config.packUrl), syncDeps());
        await follow(record);
        return record;
      } finally {
        await scheduleCheck(config.syncMinutes);
      }
    }).finally(() => {
      running = null;
    });
    return running;
  }

  function importFile(text: string): Promise<CheckRecord> {
    return exclusive(async () => {
      await ready;
      const config = await syncConfig();
      // An imported file comes from no URL: the same checks, without the URL's pinned pack id rule.
      const record = await importEnvelope(text, syncSettings(config, ''), syncDeps());
      await follow(record);
      return record;
    });
  }

  async function status() {
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
  }

  /** A worker woken for another reason keeps the schedule alive if the alarm was lost. */
  async function ensureScheduled() {
    if (!(await browser.alarms.get(SYNC_ALARM))) await scheduleCheck((await syncConfig()).syncMinutes);
  }

  return { checkPackNow, importFile, status, ensureScheduled };
}
