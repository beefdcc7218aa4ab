/**
 * Ed25519 signatures over the exact payload bytes (DESIGN.md "Distribution"), with WebCrypto only,
 * so the same code runs in the extension's service worker, the options page and the Node CLI.
 * Keys travel as base64 text: the public key is the raw 32 bytes, the private key is PKCS#8.
 * A key's id is a short hash of its public key, so an envelope names the key that signed it and
 * nobody can give a new key an old key's id.
 */

export const SIGNATURE_ALG = 'Ed25519';

export interface Signature {
  keyId: string;
  alg: 'Ed25519';
  sig: string;
}

export interface KeyPairText {
  keyId: string;
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  /** PKCS#8 private key, base64. Never leaves the quality lead's machine. */
  privateKey: string;
}

const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
/** 16 hex digits = 64 bits of the SHA-256 of the public key: short enough to read, long enough to never collide by chance. */
const KEY_ID_HEX = 16;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Strict base64 (standard alphabet, padding optional); undefined for anything else. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

function fromBase64Url(text: string): Uint8Array | undefined {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
}

/** The bytes a signature covers: the payload string as UTF-8, exactly as it travels. */
export function payloadBytes(payload: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(payload) as Uint8Array<ArrayBuffer>;
}

/** A view, not its `.buffer`: WebCrypto in some hosts (jsdom) rejects an ArrayBuffer from another realm. */
function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export async function keyIdOf(publicKey: string): Promise<string> {
  const raw = fromBase64(publicKey);
  if (!raw || raw.length !== PUBLIC_KEY_BYTES)
    throw new Error('Not an Ed25519 public key (32 bytes, base64)');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(raw)));
  return [...digest.subarray(0, KEY_ID_HEX / 2)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function generateKeyPair(): Promise<KeyPairText> {
  const pair = (await crypto.subtle.generateKey({ name: SIGNATURE_ALG }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const privateKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
  return { keyId: await keyIdOf(publicKey), publicKey, privateKey };
}

async function importPrivate(privateKey: string): Promise<CryptoKey> {
  const der = fromBase64(privateKey);
  if (!der) throw new Error('Not a private key (PKCS#8, base64)');
  return crypto.subtle.importKey('pkcs8', buffer(der), { name: SIGNATURE_ALG }, true, ['sign']);
}

/** The public key of a private key (WebCrypto exports it as the JWK `x`). */
export async function publicKeyOf(privateKey: string): Promise<string> {
  const jwk = await crypto.subtle.exportKey('jwk', await importPrivate(privateKey));
  const x = jwk.x ? fromBase64Url(jwk.x) : undefined;
  if (!x || x.length !== PUBLIC_KEY_BYTES) throw new Error('Not an Ed25519 private key');
  return toBase64(x);
}

export async function signPayload(payload: string, privateKey: string): Promise<Signature> {
  const key = await importPrivate(privateKey);
  const sig = new Uint8Array(await crypto.subtle.sign(SIGNATURE_ALG, key, payloadBytes(payload)));
  return { keyId: await keyIdOf(await publicKeyOf(privateKey)), alg: SIGNATURE_ALG, sig: toBase64(sig) };
}

/** True only for a well-formed signature by this public key over exactly these bytes. */
export async function verifySignature(payload: string, sig: string, publicKey: string): Promise<boolean> {
  const raw = fromBase64(publicKey);
  const signature = fromBase64(sig);
  if (!raw || raw.length !== PUBLIC_KEY_BYTES || !signature || signature.length !== SIGNATURE_BYTES)
    return false;
  try {
    const key = await crypto.subtle.importKey('raw', buffer(raw), { name: SIGNATURE_ALG }, false, ['verify']);
    return await crypto.subtle.verify(SIGNATURE_ALG, key, buffer(signature), payloadBytes(payload));
  } catch {
    return false;
  }
}
