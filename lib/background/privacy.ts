/**
 * The background's privacy setup (issue 16 §8-9), kept out of entrypoints/background.ts so that
 * file stays wiring: who a message comes from, `storage.local` closed to content scripts, the
 * retention alarm created once, and the purge log the options page shows.
 */
import type { Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PurgeCounts } from '../db/retention';
import { type BrowserSender, roleOf, type Sender } from '../messaging/receive';
import { exclusively, storageLockName } from '../platform/locks';

export const RETENTION_ALARM = 'retention';
const DAY_MINUTES = 24 * 60;

/** The role-checked sender for `dispatch`, from what the browser reports (never from the message). */
export function senderOf(sender: BrowserSender): Sender {
  return {
    role: roleOf(sender, browser.runtime.id, browser.runtime.getURL('/')),
    ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }),
    ...(sender.url === undefined ? {} : { url: sender.url }),
    // Chrome's id of the sending document tells a new page from a same-document navigation.
    ...(sender.documentId === undefined ? {} : { documentId: sender.documentId }),
  };
}

/** The `panel` port is for the side panel only: a content script's connection is dropped. */
export function isPanelPort(port: Browser.runtime.Port, name: string): boolean {
  if (port.name !== name) return false;
  if (roleOf(port.sender ?? {}, browser.runtime.id, browser.runtime.getURL('/')) === 'extension-page')
    return true;
  port.disconnect();
  return false;
}

/**
 * Content scripts run beside CRM pages that may be compromised: they get no `storage.local`
 * (settings, trusted keys, developer mode, the phone-hash secret). Chrome ≥ 102 has the call;
 * where it is missing the content script never reads storage anyway.
 */
export async function closeLocalStorageToContentScripts(): Promise<void> {
  const local = browser.storage.local as {
    setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
  };
  try {
    await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    console.warn('storage.local access level', error);
  }
}

/**
 * Creates the daily retention alarm unless it exists: re-creating it on every service-worker start
 * reset its delay, so it fired about every minute instead of daily (issue 16 §9).
 */
export async function ensureRetentionAlarm(): Promise<void> {
  const existing = await browser.alarms.get(RETENTION_ALARM);
  if (existing?.periodInMinutes === DAY_MINUTES) return;
  await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: 1 });
}

export interface PurgeLogEntry {
  at: number;
  /** 'cleared': the agent exported and cleared records older than `before` on the options page. */
  before?: number;
  /** What it deleted, or why it deleted nothing. */
  outcome: 'purged' | 'no-rule' | 'failed' | 'cleared';
  deleted?: PurgeCounts;
  notesDays?: number;
  callsDays?: number;
}

const PURGE_LOG_LIMIT = 30;

/** The last purges, newest first (shown on the options page). */
export const purgeLogItem = storage.defineItem<PurgeLogEntry[]>('local:privacy.purgeLog', { fallback: [] });

/** Under the log's lock: the worker's daily purge and the options page's clearing both add a line. */
export function recordPurge(entry: PurgeLogEntry): Promise<void> {
  return exclusively(storageLockName('local', 'privacy.purgeLog'), async () => {
    const log = await purgeLogItem.getValue();
    await purgeLogItem.setValue([entry, ...log].slice(0, PURGE_LOG_LIMIT));
  });
}
