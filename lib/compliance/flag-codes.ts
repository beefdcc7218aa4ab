/**
 * What a stop flag's code means, read from the pack (DOMAIN.md §3; reviews 2026-11: a bank's pack
 * with its own disposition codes — `CD`, `ATTY`, `律师函`, `已故` — got no collection stop at all,
 * because the codes were hard-coded). Each flag of a `stopFlag` rule says `stops`:
 * - `collection`: no plan, no promise, no read-back on the call (dispute, cease, attorney…);
 * - `crisis`: the same, and the panel's crisis protocol shows (the debtor mentioned self-harm);
 * - `none`: the flag blocks or warns in the Guard only (complaint, litigation).
 * Codes compare after the one folding of untrusted text (full width, case, 繁體), so `ＡＴＴＹ` on a
 * CRM page is the pack's `atty`.
 */

import { foldText } from '../text/fold';
import type { RuleOf } from './types';

export type FlagSpec = RuleOf<'stopFlag'>['flags'][number];
export type StopKind = 'collection' | 'crisis' | 'none';

/**
 * The flag the panel raises on the call when the debtor mentions self-harm. The panel's own code:
 * it stops collection whatever the pack calls its crisis flag (that flag is the one with
 * `stops: 'crisis'`, whose label and reason the agent reads).
 */
export const CRISIS_FLAG = 'crisis';

/**
 * Packs written before `stops` existed: their flags with these well-known codes keep stopping
 * collection as they did, so an installed pack does not silently lose its stops on update. A flag
 * that says `stops` is read as it says; lint warns when a flag that looks like a stop does not say.
 */
export const WELL_KNOWN_STOPS: ReadonlyMap<string, Exclude<StopKind, 'none'>> = new Map([
  [CRISIS_FLAG, 'crisis'],
  ['dispute', 'collection'],
  ['cease', 'collection'],
  ['attorney', 'collection'],
  ['bankruptcy', 'collection'],
  ['deceased', 'collection'],
]);

/** A flag code as compared: folded (width, case, traditional characters), trimmed. */
export function flagKey(code: string): string {
  return foldText(code).trim();
}

/** The set of folded codes, for matching specs against. */
export function flagKeys(codes: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const code of codes) {
    const key = flagKey(code);
    if (key !== '') keys.add(key);
  }
  return keys;
}

/** What the flag stops: what the pack says, else the old reading of a well-known code. */
export function stopKind(spec: Pick<FlagSpec, 'flag' | 'stops'>): StopKind {
  return spec.stops ?? WELL_KNOWN_STOPS.get(flagKey(spec.flag)) ?? 'none';
}

/**
 * Whether the flag is among the present codes. The pack's crisis flag also matches the panel's
 * own crisis code, so a crisis raised on the call reads in the pack's words and blocks the Guard.
 */
export function specPresent(spec: Pick<FlagSpec, 'flag' | 'stops'>, present: ReadonlySet<string>): boolean {
  return present.has(flagKey(spec.flag)) || (stopKind(spec) === 'crisis' && present.has(CRISIS_FLAG));
}
