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
      let j = i + 1;
      let escaped = false;
      for (;;) {
        const d = text.charCodeAt(j);
        if (d === 0x22 || Number.isNaN(d)) break;
        if (d === 0x5c) {
          escaped = true;
          j += 2;
        } else j++;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
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
