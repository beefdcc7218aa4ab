/**
 * Rules that hold only in some regions (issue 12, review U10: Massachusetts 2 calls in 7 days,
 * 209 CMR 18.14). The account's region text is folded (lib/text/fold.ts) and compared with the
 * rule's regions: a two-letter code (`MA`) against the state the text names, any other name by
 * containment (`Massachusetts`, `上海`).
 */
import type { AccountContext } from '../crm/context';
import type { RuleScope } from '../pack/schema';
import { foldText } from '../text/fold';
import { regionZones } from './debtor-time';

export type ScopeResult = 'in' | 'out' | 'unknown';

const STATES = regionZones().map((r) => ({ abbr: r.abbr, name: foldText(r.name) }));

/** Two-letter codes of the states a region text names ("Boston, MA 02110", "Massachusetts"). */
function statesOf(text: string): Set<string> {
  const codes = new Set<string>();
  // Capitals only, so the words "in", "or", "me" are not states.
  for (const token of text.match(/(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])/g) ?? []) codes.add(token);
  const folded = foldText(text);
  for (const { abbr, name } of STATES) if (folded.includes(name)) codes.add(abbr);
  return codes;
}

/** Whether the account is inside the rule's scope; `unknown` when its region cannot be read. */
export function scopeOf(scope: RuleScope, context: AccountContext | null): ScopeResult {
  const value = context?.fields[scope.field ?? 'region']?.value;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return 'unknown';
  const codes = statesOf(text);
  const folded = foldText(text);
  const hit = scope.regions.some((region) =>
    /^[A-Za-z]{2}$/.test(region) ? codes.has(region.toUpperCase()) : folded.includes(foldText(region)),
  );
  return hit ? 'in' : 'out';
}
