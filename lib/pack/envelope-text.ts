/**
 * Reading an envelope's text, shared by the gate (envelope.ts) and the store (store.ts) so that
 * what was verified is what is read back (issue 14 item 1). Kept free of the gate's heavier
 * modules (lint, signatures): the panel imports the store on its first screen.
 */
import { findDuplicateKey, stringEnd } from './duplicate-keys';

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

/**
 * How many items the top-level `signatures` array of an envelope's text holds (0 when there is
 * none), counted in one pass over the text before `JSON.parse` (red team 14 item 4): 500,000
 * signatures cost 0.1 s to parse and more to check one by one, only to be refused for the count.
 */
export function countSignatures(text: string): number {
  let depth = 0;
  let key: string | undefined;
  let expectKey = false;
  // Inside the signatures array: its items so far, and whether the current item has begun.
  let items = -1;
  let itemOpen = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (items >= 0 && depth === 2 && !itemOpen && c !== 0x5d && c !== 0x2c) {
      items++;
      itemOpen = true;
    }
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        const raw = text.slice(i + 1, end);
        try {
          key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        } catch {
          key = raw;
        }
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth === 1) expectKey = c === 0x7b;
      else if (depth === 2 && c === 0x5b && key === 'signatures' && items < 0) {
        items = 0;
        itemOpen = false;
      }
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 2 && items >= 0 && c === 0x5d) return items;
      depth--;
    } else if (c === 0x2c) {
      if (depth === 1) expectKey = true;
      else if (depth === 2) itemOpen = false;
    }
  }
  return Math.max(items, 0);
}
