/**
 * Reading an envelope's text, shared by the gate (envelope.ts) and the store (store.ts) so that
 * what was verified is what is read back (issue 14 item 1). Kept free of the gate's heavier
 * modules (lint, signatures): the panel imports the store on its first screen.
 */
import { findDuplicateKey } from './duplicate-keys';

export interface PackEnvelope {
  payload: string;
  signatures: { keyId: string; alg: 'Ed25519'; sig: string }[];
}

/** The text without one leading byte-order mark (Windows editors write one). */
export function envelopeBody(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A bare pack (no envelope): only developer mode takes it, as an unsigned payload. */
export function isBarePack(value: object): boolean {
  return 'format' in value && !('payload' in value);
}

/**
 * The envelope a stored row holds, read like the gate reads a download: one BOM dropped, no
 * duplicate keys, a bare developer pack taken as its own payload. Undefined when unreadable.
 */
export function storedEnvelope(text: string): PackEnvelope | undefined {
  const body = envelopeBody(text);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (findDuplicateKey(body)) return undefined;
  if (isBarePack(value)) return { payload: body, signatures: [] };
  const { payload, signatures } = value as { payload?: unknown; signatures?: unknown };
  if (typeof payload !== 'string' || !Array.isArray(signatures)) return undefined;
  return {
    payload,
    signatures: signatures.filter(
      (s): s is PackEnvelope['signatures'][number] =>
        typeof s === 'object' && s !== null && typeof (s as { keyId?: unknown }).keyId === 'string',
    ),
  };
}
