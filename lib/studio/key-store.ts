/**
 * Where an encrypted signing key is kept when the lead chooses to (issue 17 item 5): a typed
 * `wxt/utils/storage` item (no Dexie version spent), at most two keys (the current one and the
 * one a rotation adds). Only ciphertext is written; "forget" removes it.
 */
import { storage } from 'wxt/utils/storage';
import type { LocalizedText } from '../i18n/text';
import { exclusively, storageLockName } from '../platform/locks';
import { type StoredKey, storedKeySchema } from './keys';

export const MAX_STORED_KEYS = 2;

export const studioKeysItem = storage.defineItem<unknown[]>('local:studioKeys', { fallback: [], version: 1 });

/** The readable stored keys; an unreadable entry is skipped, never thrown. */
export async function loadStoredKeys(): Promise<StoredKey[]> {
  const raw = await studioKeysItem.getValue();
  return (Array.isArray(raw) ? raw : []).flatMap((entry) => {
    const parsed = storedKeySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Two Studio tabs may store or forget at once: each change is made under the item's lock. */
const KEYS_LOCK = storageLockName('local', 'studioKeys');

/** Stores (or replaces, by key id) an encrypted key; a third key is refused, nothing is dropped. */
export function storeKey(
  key: StoredKey,
): Promise<{ ok: true; keys: StoredKey[] } | { ok: false; message: LocalizedText }> {
  return exclusively(KEYS_LOCK, async () => {
    const others = (await loadStoredKeys()).filter((k) => k.keyId !== key.keyId);
    if (others.length >= MAX_STORED_KEYS) return { ok: false as const, message: storeText.full() };
    const keys = [...others, key];
    await studioKeysItem.setValue(keys);
    return { ok: true as const, keys };
  });
}

export function forgetKey(keyId: string): Promise<StoredKey[]> {
  return exclusively(KEYS_LOCK, async () => {
    const next = (await loadStoredKeys()).filter((k) => k.keyId !== keyId);
    await studioKeysItem.setValue(next);
    return next;
  });
}

const storeText = {
  full: (): LocalizedText => ({
    zh: `最多保存 ${MAX_STORED_KEYS} 把密钥：请先忘记一把`,
    en: `At most ${MAX_STORED_KEYS} keys are stored: forget one first`,
  }),
};
