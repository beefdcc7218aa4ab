/**
 * Pack sync (issue 8), as a pure core: fetch, clock and storage are injected, so tests drive it
 * against a real local HTTP server and a fake clock, and the background only wires it to the
 * browser. A check never replaces the active pack unless the new one passes every gate of
 * `checkEnvelope`; whatever happens, the result (time, outcome, reason) is recorded for the options
 * page and the panel.
 */

import type { PackRow } from '../db/records';
import type { CallAssistDB } from '../db/schema';
import type { LocalizedText } from '../i18n/text';
import { activeRowOf } from './active-row';
import { checkedMark } from './checked-mark';
import { type Download, download, isAllowedPackUrl } from './download';
import {
  checkEnvelope,
  type EnvelopeCheck,
  type Refusal,
  serializeEnvelope,
  type TrustedKey,
} from './envelope';
import { shownUrl } from './shown-url';
import { storedEnvelope } from './store';
import {
  type Activation,
  type CheckRecord,
  KEEP_VERSIONS,
  type KeyValueStore,
  readSyncState,
  SYNC_STATE_KEY,
  type SyncState,
} from './sync-state';

export { DEFAULT_TIMEOUT_MS, isAllowedPackUrl } from './download';
export * from './sync-state';

/** The stored versions of packs (Dexie `packs` in the extension). */
export interface PackRepository {
  /**
   * The active version of a pack id, its payload and the key ids that signed it, if any. With
   * `vouched`, only rows a key or the build vouches for count (not a developer mode's unsigned ones).
   */
  active(
    packId: string,
    options?: { vouched: boolean },
  ): Promise<{ version: number; payload: string; signedBy: string[] } | undefined>;
  /**
   * Stores the envelope as the new active version; returns the version it replaces. `checkedBy` is
   * this build's mark that the gate passed the envelope (lib/pack/checked-mark.ts).
   */
  activate(
    row: { id: string; version: number; envelope: string; source: 'sync' | 'import'; checkedBy?: string },
    at: number,
  ): Promise<number | undefined>;
  /** Deletes the non-bundled versions above `version` (a version-floor reset, issue 14 item 5). */
  dropAbove(packId: string, version: number): Promise<void>;
  /** Keeps the `keep` highest versions of a pack id (bundled rows are never deleted). */
  prune(packId: string, keep: number): Promise<void>;
}

export function dexiePackRepository(db: CallAssistDB): PackRepository {
  return {
    async active(packId, options) {
      const rows = await db.packs.where('id').equals(packId).toArray();
      const row = activeRowOf(options?.vouched ? rows.filter(isVouched) : rows);
      if (!row) return undefined;
      // An unreadable stored row still counts for its version: rollback protection holds.
      const envelope = storedEnvelope(row.envelope);
      return {
        version: row.version,
        payload: envelope?.payload ?? '',
        signedBy: envelope?.signatures.map((s) => s.keyId) ?? [],
      };
    },
    async activate(row, at) {
      const previous = await this.active(row.id);
      await db.packs.put({ ...row, activatedAt: at });
      return previous?.version;
    },
    async dropAbove(packId, version) {
      const rows = await db.packs.where('id').equals(packId).toArray();
      const above = rows.filter((r) => r.version > version && r.source !== 'bundled');
      await db.packs.bulkDelete(above.map((r) => [r.id, r.version] as [string, number]));
    },
    async prune(packId, keep) {
      const rows = (await db.packs.where('id').equals(packId).toArray()).sort(
        (a, b) => b.version - a.version,
      );
      const old = rows.slice(keep).filter((r) => r.source !== 'bundled');
      await db.packs.bulkDelete(old.map((r) => [r.id, r.version] as [string, number]));
    },
  };
}

/** Bundled by the build or signed: a developer mode's unsigned row is neither. */
export function isVouched(row: Pick<PackRow, 'source' | 'envelope'>): boolean {
  return row.source === 'bundled' || (storedEnvelope(row.envelope)?.signatures.length ?? 0) > 0;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface SyncDeps {
  fetch: FetchLike;
  now: () => number;
  store: KeyValueStore;
  packs: PackRepository;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface SyncSettings {
  packUrl: string;
  trustedKeys: readonly TrustedKey[];
  allowUnsigned: boolean;
  packId?: string;
  /** Managed policy `versionFloorReset`: the key id whose first pack may reset the version floor. */
  versionFloorReset?: string;
}

const syncText = {
  notConfigured: (): LocalizedText => ({ zh: '未设置话术包网址', en: 'No pack URL is set' }),
  badUrl: (url: string): LocalizedText => ({
    zh: `话术包网址无效（须为 https，或本机调试用的 http://127.0.0.1 / localhost；不含用户名或密码）：${shownUrl(url)}`,
    en: `The pack URL is not valid (https, or http://127.0.0.1 / localhost for local testing; no user name or password in it): ${shownUrl(url)}`,
  }),
  unchanged: (version: number | undefined): LocalizedText => ({
    zh: version === undefined ? '没有新版本' : `没有新版本（当前 v${version}）`,
    en: version === undefined ? 'No new version' : `No new version (current v${version})`,
  }),
  restored: (title: string, version: number): LocalizedText => ({
    zh: `本机存储的话术包已丢失（浏览器数据被清除或存储空间不足），已重新下载「${title}」第 ${version} 版`,
    en: `The pack stored on this computer was lost (browser data cleared or storage full); “${title}” version ${version} was downloaded again`,
  }),
  // Named by its title, never its id: the options page shows this line (live-call walk 11 §3).
  updated: (title: string, version: number, from: number | undefined): LocalizedText => ({
    zh: `已更新「${title}」到第 ${version} 版${from === undefined ? '' : `（原第 ${from} 版）`}`,
    en: `Updated “${title}” to version ${version}${from === undefined ? '' : ` (was version ${from})`}`,
  }),
};

/** Next check in syncMinutes ± 25 %, so a thousand agents do not hit the host in the same second. */
export function nextCheckDelayMinutes(syncMinutes: number, random: () => number = Math.random): number {
  return Math.max(1, syncMinutes * (0.75 + 0.5 * random()));
}

function details(refusal: Refusal): CheckRecord['details'] {
  return refusal.details?.slice(0, 10).map((d) => ({ path: d.path, message: d.message }));
}

/** Runs the envelope gate and, when it passes, activates the pack and prunes old versions. */
async function accept(
  text: string,
  source: 'sync' | 'import',
  settings: SyncSettings,
  expectedId: string | undefined,
  state: SyncState,
  deps: SyncDeps,
): Promise<{ check: EnvelopeCheck; record: Omit<CheckRecord, 'at' | 'source'>; activation?: Activation }> {
  const reset = settings.versionFloorReset;
  const resetKey = reset && !state.floorResetsUsed?.includes(reset) ? reset : undefined;
  const check = await checkEnvelope(text, {
    trustedKeys: settings.trustedKeys,
    allowUnsigned: settings.allowUnsigned,
    ...(expectedId === undefined ? {} : { packId: expectedId }),
    ...(resetKey === undefined ? {} : { floorResetKeyId: resetKey }),
    now: deps.now(),
    current: async (packId) => {
      // Out of developer mode only signed packs arrive, and an unsigned test pack left from it
      // sets no floor for them: its version 2,147,483,647 locked every release out (red team 13).
      const active = await deps.packs.active(packId, { vouched: !settings.allowUnsigned });
      const floor = Math.max(active?.version ?? 0, state.highest[packId] ?? 0);
      if (floor === 0) return undefined;
      const stored = active !== undefined && active.version === floor && active.payload !== '';
      return {
        version: floor,
        signedBy: active?.signedBy ?? [],
        ...(stored ? { payload: active.payload } : { vacant: true }),
      };
    },
  });
  if (check.kind === 'refused') {
    const refusalDetails = details(check.refusal);
    return {
      check,
      record: {
        result: 'refused',
        code: check.refusal.code,
        message: check.refusal.message,
        ...(refusalDetails ? { details: refusalDetails } : {}),
      },
    };
  }
  if (check.kind === 'same') {
    return {
      check,
      record: {
        result: 'unchanged',
        code: 'same',
        message: syncText.unchanged(check.pack.version),
        packId: check.pack.id,
        version: check.pack.version,
      },
    };
  }
  const { pack } = check;
  const at = deps.now();
  if (check.floorReset && resetKey) {
    // The one recovery from a too-high version: the new key's pack becomes the floor, once.
    await deps.packs.dropAbove(pack.id, pack.version);
    state.highest[pack.id] = pack.version;
    state.floorResetsUsed = [...(state.floorResetsUsed ?? []), resetKey];
  }
  // The envelope that was verified, re-serialized: never the raw download (a second BOM, a bare
  // developer pack) that another reader might take differently (issue 14 item 1).
  const envelope = serializeEnvelope(check.envelope);
  // A signed pack takes over from the unsigned test versions above it (checked against the vouched
  // ones only, it is above every signed one); in developer mode those stay.
  if (!settings.allowUnsigned) await deps.packs.dropAbove(pack.id, pack.version);
  // The gate just parsed and linted this very envelope: marked, its first read is not linted again.
  const checkedBy = await checkedMark(envelope);
  const from = await deps.packs.activate(
    {
      id: pack.id,
      version: pack.version,
      envelope,
      source,
      ...(checkedBy === undefined ? {} : { checkedBy }),
    },
    at,
  );
  await deps.packs.prune(pack.id, KEEP_VERSIONS);
  // The rollback floor is a signed version's: nobody vouches for an unsigned one.
  if (check.signedBy.length > 0) state.highest[pack.id] = Math.max(state.highest[pack.id] ?? 0, pack.version);
  return {
    check,
    record: {
      result: 'updated',
      code: 'updated',
      message: syncText.updated(pack.title, pack.version, from),
      packId: pack.id,
      version: pack.version,
    },
    activation: { packId: pack.id, ...(from === undefined ? {} : { from }), to: pack.version, at, source },
  };
}

/** One check of the pack URL: download (conditional), gate, activate. Always resolves. */
export async function checkForUpdate(settings: SyncSettings, deps: SyncDeps): Promise<CheckRecord> {
  const started = deps.now();
  const state = await readSyncState(deps.store);
  const url = settings.packUrl.trim();
  const finish = async (record: Omit<CheckRecord, 'at' | 'source'>): Promise<CheckRecord> => {
    const full: CheckRecord = {
      ...record,
      at: started,
      source: 'sync',
      durationMs: deps.now() - started,
      // The record is stored and shown: the address without its secrets (red team 14 item 1).
      ...(url ? { url: shownUrl(url) } : {}),
    };
    state.lastCheck = full;
    await deps.store.set(SYNC_STATE_KEY, state);
    return full;
  };
  if (url === '')
    return finish({ result: 'notConfigured', code: 'notConfigured', message: syncText.notConfigured() });
  if (!isAllowedPackUrl(url))
    return finish({ result: 'failed', code: 'badUrl', message: syncText.badUrl(url) });
  if (state.url !== url) {
    state.url = url;
    state.etag = undefined;
    state.etagVersion = undefined;
    state.boundPackId = undefined;
  }

  let got: Download = await download(url, state.etag, deps);
  let refetched = false;
  if (got.kind === 'notModified') {
    const bound = state.boundPackId ?? settings.packId;
    const active = bound ? await deps.packs.active(bound) : undefined;
    if (keeps(active, state.etagVersion ?? (bound ? state.highest[bound] : undefined))) {
      return finish({
        result: 'unchanged',
        code: 'notModified',
        message: syncText.unchanged(active?.version),
        ...(bound ? { packId: bound } : {}),
        ...(active ? { version: active.version } : {}),
      });
    }
    // "Not modified" answers a copy we no longer have (the stored rows were lost): the validator
    // is forgotten and the pack asked for whole, or the agent would keep an older pack (or none)
    // under "no new version" until the server's file changed (red team 14 item 2).
    state.etag = undefined;
    state.etagVersion = undefined;
    refetched = true;
    got = await download(url, undefined, deps);
  }
  if (got.kind === 'failed') return finish({ result: 'failed', code: got.code, message: got.message });
  if (got.kind === 'refused')
    return finish({ result: 'refused', code: got.refusal.code, message: got.refusal.message });

  const expectedId = settings.packId ?? state.boundPackId;
  const outcome = await accept(got.text, 'sync', settings, expectedId, state, deps);
  if (outcome.check.kind !== 'refused') {
    // Remember the validator only for what we accepted: a refused file is fetched (and refused,
    // with its reason shown) again next time, never silently skipped by a 304.
    state.etag = got.etag;
    state.etagVersion = got.etag === undefined ? undefined : outcome.check.pack.version;
    state.boundPackId = outcome.check.pack.id;
  }
  if (outcome.activation) state.lastActivation = outcome.activation;
  const record =
    refetched && outcome.check.kind === 'accepted'
      ? {
          ...outcome.record,
          message: syncText.restored(outcome.check.pack.title, outcome.check.pack.version),
        }
      : outcome.record;
  return finish({ ...record, bytes: got.bytes });
}

/**
 * Whether the stored active version is the one a 304 vouches for: stored, readable, and not below
 * the version the validator was remembered for.
 */
function keeps(
  active: { version: number; payload: string } | undefined,
  validatedVersion: number | undefined,
): boolean {
  if (!active || active.payload === '') return false;
  return validatedVersion === undefined || active.version >= validatedVersion;
}

/** A signed envelope file chosen on the options page (offline sites): the same gates as sync. */
export async function importEnvelope(
  text: string,
  settings: SyncSettings,
  deps: SyncDeps,
): Promise<CheckRecord> {
  const started = deps.now();
  const state = await readSyncState(deps.store);
  const outcome = await accept(text, 'import', settings, settings.packId, state, deps);
  const record: CheckRecord = {
    ...outcome.record,
    at: started,
    source: 'import',
    durationMs: deps.now() - started,
  };
  state.lastImport = record;
  if (outcome.activation) state.lastActivation = outcome.activation;
  await deps.store.set(SYNC_STATE_KEY, state);
  return record;
}
