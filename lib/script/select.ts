/** Which segment, script and plan policy fit this account: the first segment whose condition holds. */
import type { AccountContext } from '../crm/context';
import { localeOfPack, type MessageKey, translate } from '../i18n';
import { factsOf, holds } from '../pack/condition';
import type { Pack, PlanPolicy, Script, Segment } from '../pack/schema';
import { flagName } from './flag-words';
import { reasonInWords } from './reason';

export interface Selection {
  segment: Segment;
  script: Script;
  policy: PlanPolicy;
  /** Why it was chosen, in the pack's language, e.g. `逾期天数 75，不少于 61`; empty when chosen by hand. */
  reason: string;
  byHand: boolean;
}

/** The CRM's own label for a field (what the agent sees on the page), else the field name. */
export function fieldLabel(pack: Pack, context: AccountContext | null, field: string): string {
  const adapter = pack.crm.adapters.find((a) => a.id === context?.adapterId) ?? pack.crm.adapters[0];
  const spec = field === 'accountKey' ? adapter?.accountKey : adapter?.fields[field];
  if (spec?.label) return spec.label;
  // A field read by selector has no label: the header's name for it, never the field id (the early
  // segment read "依据：accountKey：CC20240002", live-call walk 9). In the pack's language, whose
  // strings the caller has loaded (`loadStrings`): the panel waits for them with the pack.
  const known = HEADER_FIELDS[field];
  return known ? translate(localeOfPack(pack.locale), known) : field;
}

const HEADER_FIELDS: Readonly<Record<string, MessageKey>> = {
  name: 'field.name',
  accountKey: 'field.accountKey',
  overdueAmount: 'field.overdueAmount',
  dpd: 'field.dpd',
  bucket: 'field.bucket',
};

function resolve(pack: Pack, segment: Segment): Omit<Selection, 'reason' | 'byHand'> | null {
  const script = pack.scripts.find((s) => s.id === segment.scriptId);
  const policy = pack.planPolicies.find((p) => p.id === segment.planPolicyId);
  return script && policy ? { segment, script, policy } : null;
}

export function selectSegment(
  pack: Pack,
  context: AccountContext | null,
  overrideId?: string,
): Selection | null {
  if (overrideId) {
    const chosen = pack.segments.find((s) => s.id === overrideId);
    const resolved = chosen && resolve(pack, chosen);
    if (resolved) return { ...resolved, reason: '', byHand: true };
  }
  const facts = factsOf(context);
  for (const segment of pack.segments) {
    if (!holds(segment.when, facts)) continue;
    const resolved = resolve(pack, segment);
    if (!resolved) continue;
    const label = (field: string) => fieldLabel(pack, context, field);
    const reason = reasonInWords(segment.when, facts, label, pack.locale, (flag) =>
      flagName(flag, pack.locale, pack.rules),
    );
    return { ...resolved, reason, byHand: false };
  }
  return null;
}
