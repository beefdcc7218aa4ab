/**
 * Whether the call may take a plan or a promise to pay (live-call walk 11 §2). Collection stops,
 * and no promise is taken, while the account or the call carries:
 * - `crisis`: the debtor mentioned self-harm (DOMAIN.md §4: collection stops at once);
 * - `dispute`: the debt is disputed (12 CFR 1006.34 validation; the zh pack's 异议 handling:
 *   collection pauses until the dispute is answered);
 * - `cease`, `attorney`, `bankruptcy`, `deceased`: the stop flags of DOMAIN.md §3 (1006.6(b)(2),
 *   1006.6(c); 办法第68–70条).
 * A complaint alone does not stop collecting: it is handled while the call goes on.
 * The agent reads the flag as the pack names it (its label and reason), never the flag's id.
 */
import type { AccountContext } from '../crm/context';
import { factsOf, holds } from '../pack/condition';
import type { Pack } from '../pack/schema';
import { withCallFlags } from './call-flags';
import { flagsOf, flagText } from './rules/stop-flag';

export const CRISIS_FLAG = 'crisis';

/** The flags that stop collection, the crisis first (its own protocol is shown). */
export const STOPS_COLLECTION: readonly string[] = [
  CRISIS_FLAG,
  'dispute',
  'cease',
  'attorney',
  'bankruptcy',
  'deceased',
];

export interface CollectionStop {
  flag: string;
  crisis: boolean;
  /** The pack's label and reason for the flag; null when no stop-flag rule of the pack names it. */
  text: string | null;
}

/** The flags on the account (every stop-flag rule's field) and the call, lower-cased. */
function presentFlags(
  pack: Pick<Pack, 'rules'>,
  context: AccountContext | null,
  callFlags: readonly string[],
) {
  const present = new Set(callFlags.map((f) => f.toLowerCase()));
  const account = withCallFlags(context, pack.rules, callFlags);
  if (!account) return present;
  for (const rule of pack.rules) {
    if (rule.type !== 'stopFlag') continue;
    for (const flag of flagsOf(account, rule.field) ?? []) present.add(flag.toLowerCase());
  }
  return present;
}

/** The first flag that stops collection on this call, with the pack's words for it; null if none. */
export function collectionStop(
  pack: Pick<Pack, 'rules'>,
  context: AccountContext | null,
  callFlags: readonly string[],
): CollectionStop | null {
  const present = presentFlags(pack, context, callFlags);
  const facts = context ? factsOf(context) : null;
  const specs = pack.rules.flatMap((rule) => (rule.type === 'stopFlag' ? rule.flags : []));
  for (const flag of STOPS_COLLECTION) {
    if (!present.has(flag)) continue;
    const named = specs.filter((s) => s.flag.toLowerCase() === flag);
    // A flag the pack lifts by a condition (`unless`, as for a signed plan not in default) does not stop.
    if (facts && named.length > 0 && named.every((s) => s.unless && holds(s.unless, facts))) continue;
    const spec = named[0];
    return { flag, crisis: flag === CRISIS_FLAG, text: spec ? flagText(spec) : null };
  }
  return null;
}
