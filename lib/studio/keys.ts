/**
 * The signing key at rest (issue 17 item 5): by default the private key lives in the Studio's
 * memory for one session only. A lead who chooses so stores it encrypted with a passphrase:
 * PBKDF2-SHA-256 (600,000 iterations, OWASP 2023 guidance for PBKDF2-HMAC-SHA256) derives an
 * AES-GCM-256 key; salt and IV are random for every store. WebCrypto only, nothing else.
 * A wrong passphrase fails AES-GCM's authentication: a clear sentence, never a garbage key.
 */
import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { fromBase64, toBase64 } from '../pack/sign';
import { readKeyFile, type SigningKey } from './release';

export const KEY_STORE_FORMAT = 'call-assist/studio-key@1';
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE = 10;
const SALT_BYTES = 16;
const IV_BYTES = 12;

const base64 = z
  .string()
  .max(1000)
  .refine((s) => fromBase64(s) !== undefined, 'base64');

export const storedKeySchema = z.strictObject({
  format: z.literal(KEY_STORE_FORMAT),
  keyId: z.string().min(1).max(64),
  publicKey: base64,
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(100_000).max(10_000_000),
    salt: base64,
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: base64 }),
  ciphertext: base64,
  storedAt: z.number(),
});
export type StoredKey = z.infer<typeof storedKeySchema>;

export type UnlockResult = { ok: true; key: SigningKey } | { ok: false; message: LocalizedText };

const bytes = (text: string) => new Uint8Array(fromBase64(text) ?? []);
const utf8 = (text: string) => new TextEncoder().encode(text);

async function derive(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts a loaded key with the passphrase; refuses a passphrase too short to resist guessing. */
export async function sealKey(
  key: SigningKey,
  passphrase: string,
  now: number,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<{ ok: true; stored: StoredKey } | { ok: false; message: LocalizedText }> {
  if ([...passphrase].length < MIN_PASSPHRASE) return { ok: false, message: keyText.shortPassphrase() };
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const aes = await derive(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, utf8(key.privateKey));
  return {
    ok: true,
    stored: {
      format: KEY_STORE_FORMAT,
      keyId: key.keyId,
      publicKey: key.publicKey,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
      cipher: { name: 'AES-GCM', iv: toBase64(iv) },
      ciphertext: toBase64(new Uint8Array(sealed)),
      storedAt: now,
    },
  };
}

/** Decrypts a stored key; a wrong passphrase (or a damaged store) says so and changes nothing. */
export async function unlockKey(stored: StoredKey, passphrase: string): Promise<UnlockResult> {
  let plain: ArrayBuffer;
  try {
    const aes = await derive(passphrase, bytes(stored.kdf.salt), stored.kdf.iterations);
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes(stored.cipher.iv) },
      aes,
      bytes(stored.ciphertext),
    );
  } catch {
    return { ok: false, message: keyText.wrongPassphrase(stored.keyId) };
  }
  const read = await readKeyFile(new TextDecoder().decode(plain));
  // The key decrypted but is not the one the store names: a tampered store, never used to sign.
  if (!read.ok || read.key.keyId !== stored.keyId)
    return { ok: false, message: keyText.damaged(stored.keyId) };
  return read;
}

export const keyText = {
  shortPassphrase: (): LocalizedText => ({
    zh: `口令太短：至少 ${MIN_PASSPHRASE} 个字符`,
    en: `The passphrase is too short: at least ${MIN_PASSPHRASE} characters`,
  }),
  wrongPassphrase: (keyId: string): LocalizedText => ({
    zh: `口令不对，无法解开密钥 ${keyId}（保存的密钥未改动）`,
    en: `Wrong passphrase: key ${keyId} could not be unlocked (the stored key is unchanged)`,
  }),
  damaged: (keyId: string): LocalizedText => ({
    zh: `保存的密钥 ${keyId} 已损坏，请忘记它并重新载入 .key 文件`,
    en: `The stored key ${keyId} is damaged: forget it and load the .key file again`,
  }),
};
