/**
 * The debtor's phone on a call record (issue 16 §5): never the number itself, only a keyed hash
 * to count attempts on the same line, and a masked display form (last four). The key is a
 * per-install secret in `storage.local` (closed to content scripts, see lib/background/access.ts):
 * a copied database alone cannot be matched back to phone numbers by hashing every number.
 */
import { storage } from 'wxt/utils/storage';
import { lineDigits } from './phone-display';

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

export const phoneSecretItem = storage.defineItem<string>('local:privacy.phoneSecret', {
  init: () => randomHex(32),
});

/** HMAC-SHA-256 of the line digits under the install secret, hex; null when there are no digits. */
export async function phoneKey(phone: string, secret?: string): Promise<string | null> {
  const line = lineDigits(phone);
  if (line === '') return null;
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret ?? (await phoneSecretItem.getValue())),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(line)));
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}
