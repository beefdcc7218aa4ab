/**
 * The parsed value's shape before the schema sees it: nesting depth, keys per object, and keys
 * that could reach a prototype (issue 14: close every hole a hostile pack can open).
 */
import { MAX_PACK_ERRORS, type PackError, packError } from './errors';
import { preflightText } from './preflight-text';

/** Deeper than any real pack (conditions nest ≤ 8); refusing early keeps every walk cheap. */
export const MAX_JSON_DEPTH = 64;

/** More keys than any object of a real pack has (constants ≤ 500, lists ≤ 500 items). */
export const MAX_OBJECT_KEYS = 2000;

/** `JSON.parse` makes these own properties and `z.record` would keep them: prototype pollution. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit {
  value: unknown;
  parent: Visit | undefined;
  key: string | number;
  depth: number;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let v: Visit | undefined = visit; v?.parent; v = v.parent) path.unshift(v.key);
  return path;
}

/**
 * One iterative walk (no recursion, so a hostile value cannot overflow the stack): refuses
 * nesting deeper than MAX_JSON_DEPTH (also catches cycles in an already-parsed value) and any key
 * that could reach a prototype.
 */
export function checkStructure(root: unknown): { errors: PackError[]; keys: number } {
  const errors: PackError[] = [];
  let keys = 0;
  const stack: Visit[] = [{ value: root, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    const depth = visit.depth + 1;
    if (depth > MAX_JSON_DEPTH) {
      return { errors: [packError(pathOf(visit), 'tooDeep', preflightText.tooDeep(MAX_JSON_DEPTH))], keys };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, parent: visit, key: i, depth });
      }
      continue;
    }
    const own = Object.keys(value);
    keys += own.length;
    // No object of a real pack has more keys than this; refusing here keeps a payload of 460,000
    // unknown keys linear and cheap (issue 14 item 7) instead of a schema error per key.
    if (own.length > MAX_OBJECT_KEYS) {
      const message = preflightText.tooManyKeys(own.length, MAX_OBJECT_KEYS);
      return { errors: [packError(pathOf(visit), 'tooManyKeys', message)], keys };
    }
    const children: Visit[] = [];
    for (const key of own) {
      const child = (value as Record<string, unknown>)[key];
      if (FORBIDDEN_KEYS.has(key)) {
        if (errors.length <= MAX_PACK_ERRORS)
          errors.push(
            packError(
              pathOf({ value: child, parent: visit, key, depth }),
              'forbiddenKey',
              preflightText.forbiddenKey(key),
            ),
          );
      } else if (typeof child === 'object' && child !== null)
        children.push({ value: child, parent: visit, key, depth });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Visit);
  }
  return { errors, keys };
}
