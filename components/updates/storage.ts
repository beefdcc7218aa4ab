/**
 * The panel's window on pack sync (issue 8): the sync state the background writes, which version
 * of each pack the agent has acknowledged, and whether developer mode is in force. The only
 * `browser` calls of the updates feature live here.
 */
import { useEffect, useState } from 'react';
import { effectiveSyncConfig, readManagedPolicy } from '@/lib/pack/policy';
import { readSyncState, SYNC_STATE_KEY, type SyncState } from '@/lib/pack/sync-state';
import type { Settings } from '@/lib/settings';

export const PACK_SEEN_KEY = 'packSeen';

const localStore = {
  get: async (key: string) => (await browser.storage.local.get(key))[key],
  set: async (key: string, value: unknown) => browser.storage.local.set({ [key]: value }),
};

function useStorageKey<T>(key: string, read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    // Reads answer in any order: only the latest one asked may set the value, so an older read
    // finishing last never puts back what a change has since replaced.
    let asked = 0;
    const refresh = () => {
      const ticket = ++asked;
      void read().then((v) => live && ticket === asked && setValue(v));
    };
    refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && key in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key, read]);
  return value;
}

const readState = () => readSyncState(localStore);
export function useSyncState(): SyncState | undefined {
  return useStorageKey(SYNC_STATE_KEY, readState);
}

async function readSeen(): Promise<Record<string, number>> {
  const raw = await localStore.get(PACK_SEEN_KEY);
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, number] => Number.isInteger(e[1])));
}
export function usePackSeen(): Record<string, number> | undefined {
  return useStorageKey(PACK_SEEN_KEY, readSeen);
}

export async function acknowledgePack(packId: string, version: number): Promise<void> {
  await localStore.set(PACK_SEEN_KEY, { ...(await readSeen()), [packId]: version });
}

/**
 * Developer mode counts only where policy permits it, exactly as the background decides;
 * `undefined` until the managed policy has been read.
 */
export function useUnsignedAllowed(settings: Settings): boolean | undefined {
  const [allowed, setAllowed] = useState<boolean>();
  useEffect(() => {
    let live = true;
    void readManagedPolicy().then(
      (policy) => live && setAllowed(effectiveSyncConfig(settings, policy).allowUnsigned),
    );
    return () => {
      live = false;
    };
  }, [settings]);
  return allowed;
}
