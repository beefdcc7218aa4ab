/**
 * Whether the call may take a plan or a promise to pay (live-call walk 11 §2). Collection stops,
 * and no plan, promise or read-back is taken, while the account or the call carries a flag the
 * pack marks `stops: 'collection'` or `'crisis'` (lib/compliance/flag-codes.ts): a crisis (DOMAIN.md
 * §4: collection stops at once), a dispute (12 CFR 1006.34; the zh pack's 异议 handling), a cease,
 * attorney, bankruptcy or deceased flag (DOMAIN.md §3: 1006.6(b)(2), 1006.6(c); 办法第68–70条) — by
 * whatever code the bank's CRM writes it. A complaint alone does not stop collecting: it is handled
 * while the call goes on. Every place that takes a plan or a promise asks this one function (the
 * Plan, the read-back, the script's agreed terms, the wrap-up).
 * The agent reads the flag as the pack names it (its label and reason), never the flag's id.
 */
import type { AccountContext } from '../crm/context';
import { factsOf, holds } from '../pack/condition';
import type { Pack } from '../pack/schema';
import { withCallFlags } from './call-flags';
import {
  CRISIS_FLAG,
  type FlagSpec,
  flagKey,
  flagKeys,
  specPresent,
  stopKind,
  WELL_KNOWN_STOPS,
} from './flag-codes';
import { flagsOf, flagText } from './rules/stop-flag';

export { CRISIS_FLAG } from './flag-codes';

export interface CollectionStop {
  /** The pack's code for the flag (or the well-known code no flag of the pack names). */
  flag: string;
  crisis: boolean;
  /** The pack's label and reason for the flag; null when no stop-flag rule of the pack names it. */
  text: string | null;
  /** The pack's label alone (what a refusal names); null when the pack gives none. */
  label: string | null;
}

/** The flags on the account (every stop-flag rule's field) and the call, folded. */
function presentFlags(
  pack: Pick<Pack, 'rules'>,
  context: AccountContext | null,
  callFlags: readonly string[],
) {
  const codes: string[] = [...callFlags];
  const account = withCallFlags(context, pack.rules, callFlags);
  if (account) {
    for (const rule of pack.rules) {
      if (rule.type === 'stopFlag') codes.push(...(flagsOf(account, rule.field) ?? []));
    }
  }
  return flagKeys(codes);
}

const stopOf = (spec: FlagSpec, crisis: boolean): CollectionStop => ({
  flag: spec.flag,
  crisis,
  text: flagText(spec),
  label: spec.label?.trim() || null,
});

/** The first flag that stops collection on this call, with the pack's words for it; null if none. */
export function collectionStop(
  pack: Pick<Pack, 'rules'>,
  context: AccountContext | null,
  callFlags: readonly string[],
): CollectionStop | null {
  const present = presentFlags(pack, context, callFlags);
  if (present.size === 0) return null;
  const facts = context ? factsOf(context) : null;
  const specs = pack.rules.flatMap((rule) => (rule.type === 'stopFlag' ? rule.flags : []));
  const crisisSpec = specs.find((s) => stopKind(s) === 'crisis');
  // The panel's own crisis flag stops at once, whatever the pack calls its crisis flag or lifts.
  if (flagKeys(callFlags).has(CRISIS_FLAG)) {
    return crisisSpec
      ? stopOf(crisisSpec, true)
      : { flag: CRISIS_FLAG, crisis: true, text: null, label: null };
  }
  // A flag the pack lifts by a condition (`unless`, as for a signed plan not in default) does not stop.
  const stopping = specs.filter(
    (s) =>
      stopKind(s) !== 'none' && specPresent(s, present) && !(facts && s.unless && holds(s.unless, facts)),
  );
  const first = stopping.find((s) => stopKind(s) === 'crisis') ?? stopping[0];
  if (first) return stopOf(first, stopKind(first) === 'crisis');
  // A well-known code no flag of the pack names still stops (as before `stops`), in no words of the pack.
  const named = new Set(specs.map((s) => flagKey(s.flag)));
  for (const [code, kind] of WELL_KNOWN_STOPS) {
    if (present.has(code) && !named.has(code))
      return { flag: code, crisis: kind === 'crisis', text: null, label: null };
  }
  return null;
}
