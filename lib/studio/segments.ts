/**
 * Segments in the Studio (issue 17 item 1): a new segment with a generated id, and the catch-all
 * warning, which is lint's own finding (lib/pack/lint-compliance.ts), run on the segments whose
 * condition already parses so the form can warn while the rest of the draft is still half-typed.
 */
import type { LocalizedText } from '../i18n/text';
import { noCatchAllMessage } from '../pack/lint-compliance';
import { type Condition, conditionSchema } from '../pack/schema';
import { CATCH_ALL } from './conditions';
import { asList, asText, child } from './edit';
import { newId } from './ids';

const idsOf = (items: unknown) => new Set(asList(items).map((item) => asText(child(item, 'id'))));

/** A segment for every account (the lead narrows it) using the draft's first script and plan policy. */
export function newSegment(draft: unknown, name: string) {
  return {
    id: newId(`segment ${name}`, idsOf(child(draft, 'segments'))),
    name,
    when: CATCH_ALL,
    scriptId: asText(child(asList(child(draft, 'scripts'))[0], 'id')),
    planPolicyId: asText(child(asList(child(draft, 'planPolicies'))[0], 'id')),
  };
}

/** Lint's "no catch-all segment" message for the draft's segments, or undefined when every account is covered. */
export function catchAllWarning(draft: unknown): LocalizedText | undefined {
  const segments: { when: Condition }[] = [];
  for (const segment of asList(child(draft, 'segments'))) {
    const when = conditionSchema.safeParse(child(segment, 'when'));
    if (when.success) segments.push({ when: when.data });
  }
  return noCatchAllMessage({ segments });
}
