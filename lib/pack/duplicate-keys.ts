/**
 * Duplicate keys in JSON text (issue 14 item 2). `JSON.parse` keeps the last of two equal keys, so
 * `"version": 3 … "version": 99` would activate as v99 while a reviewer reads v3: what is signed
 * must mean one thing. One linear pass over text that `JSON.parse` already accepted; a key with
 * escapes (`"\u0076ersion"`) is decoded before it is compared, as `JSON.parse` would.
 */

interface Frame {
  /** Keys seen so far in this object; null for an array. */
  keys: Set<string> | null;
  /** The key (object) or index (array) of the value being read inside this container. */
  at: string | number;
}

/** The JSON path (keys and indexes) of the second occurrence of the first repeated key, if any. */
export function findDuplicateKey(text: string): (string | number)[] | undefined {
  const stack: Frame[] = [];
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const j = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, j);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) return [...stack.slice(0, -1).map((f) => f.at), key];
        top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) {
      stack.push({ keys: new Set(), at: '' });
      expectKey = true;
    } else if (c === 0x5b) {
      stack.push({ keys: null, at: 0 });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return undefined;
}

/** Offset of the quote closing the string that opens at `open` (native indexOf, then escapes). */
export function stringEnd(text: string, open: number): number {
  let q = open;
  for (;;) {
    q = text.indexOf('"', q + 1);
    if (q < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return q;
  }
}

/**
 * How many object keys the text holds (duplicates counted). Cheaper than `findDuplicateKey`: when it
 * equals the keys of the parsed value, there is no duplicate and no key needs to be compared.
 */
export function countKeys(text: string): number {
  return scanKeys(text, Number.POSITIVE_INFINITY).keys;
}

/**
 * Offset of the first object holding more than `limit` keys, or -1. Before `JSON.parse`: building
 * an object of 460,000 keys costs seconds, counting them here a few milliseconds (issue 14 item 7).
 */
export function objectOverLimitAt(text: string, limit: number): number {
  return scanKeys(text, limit).overAt;
}

function scanKeys(text: string, limit: number): { keys: number; overAt: number } {
  let keys = 0;
  let expectKey = false;
  // Per open container: -1 for an array, else the keys of that object so far.
  const counts: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (expectKey) {
        keys++;
        const top = counts.length - 1;
        const count = (counts[top] as number) + 1;
        counts[top] = count;
        if (count > limit) return { keys, overAt: i };
      }
      expectKey = false;
      i = stringEnd(text, i);
    } else if (c === 0x7b) {
      counts.push(0);
      expectKey = true;
    } else if (c === 0x5b) counts.push(-1);
    else if (c === 0x7d || c === 0x5d) counts.pop();
    else if (c === 0x2c) expectKey = (counts[counts.length - 1] ?? -1) >= 0;
  }
  return { keys, overAt: -1 };
}
