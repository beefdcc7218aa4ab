/**
 * Compliance rules as the Studio edits them (issue 17 item 1). The rule types are the evaluator
 * registry's (`lib/compliance/rules`); each type's parameters, their kinds and bounds are read from
 * its schema entry, so a form is fitted to the parameters and a new parameter shows up by itself.
 */
import type { z } from 'zod';
import { findForbiddenPhrases, type PhraseMatch } from '@/lib/compliance/phrases';
import { RULE_EVALUATORS } from '@/lib/compliance/rules';
import { type Rule, type RuleType, ruleSchema } from '@/lib/pack/schema';
import { familiesOf } from './families';
import { newId } from './ids';
import { idsOf } from './list-edit';
import { fieldsOf, type ParamSpec } from './params';

/** Every rule type, in the registry's order. */
export const RULE_TYPES = Object.keys(RULE_EVALUATORS) as RuleType[];

/** Fields every rule has; the forms show them above the type's own parameters. */
const BASE_KEYS = new Set(['id', 'type', 'title', 'source', 'severity', 'override', 'scope']);

const OPTIONS = ruleSchema.options as readonly z.ZodObject[];

/** The parameters of a rule type, in the schema's order. */
export function ruleParams(type: RuleType): ParamSpec[] {
  const option = OPTIONS.find((o) => (o.shape.type as unknown as { value: string }).value === type);
  return option ? fieldsOf(option, BASE_KEYS) : [];
}

/**
 * What a new rule of each type starts with: the common, cautious setting where there is one (a
 * 08:00–21:00 window, 7 attempts in 7 days); lists start empty and the checks ask for them.
 * `satisfies` makes a rule type added to the schema without a default a type error.
 */
const DEFAULTS = {
  callWindow: { start: '08:00', end: '21:00' },
  attemptCap: { maxPerDay: 3, counts: 'unanswered' },
  contactFrequency: { maxAttempts: 7, days: 7, quietDaysAfterConversation: 7 },
  stopFlag: { field: 'flags', flags: [] },
  thirdParty: { discloses: [] },
  recordingNotice: { items: [], beforePhase: 'disclose' },
  forbiddenPhrases: { categories: [] },
  retention: { notesDays: 180, callsDays: 180 },
} satisfies { [T in RuleType]: Record<string, unknown> };

/** A new rule of `type`: id from the title, severity warn; its source is left for the lead. */
export function newRule(type: RuleType, title: string, rules: unknown): Partial<Rule> {
  const clean = title.trim();
  return {
    id: newId(clean, idsOf(rules)),
    type,
    title: clean,
    severity: 'warn',
    ...DEFAULTS[type],
  } as Partial<Rule>;
}

/**
 * A sample sentence run through the real matcher (`lib/compliance/phrases.ts`) with the draft's
 * categories and word families of one forbidden-phrases rule, so the lead sees what `(a|b)`, `…`
 * and `{family}` catch.
 */
export function tryPhrases(rule: unknown, sample: string): PhraseMatch[] {
  const categories = (
    Array.isArray((rule as { categories?: unknown })?.categories)
      ? (rule as { categories: unknown[] }).categories
      : []
  ).flatMap((c) => {
    const { category, phrases, instead } = (c ?? {}) as Record<string, unknown>;
    if (typeof category !== 'string' || !Array.isArray(phrases)) return [];
    const kept = phrases.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    return [{ category, phrases: kept, instead: typeof instead === 'string' ? instead : '' }];
  });
  // The draft's word families too, so `{name}` in a phrase is tried as the agents' matcher reads it.
  const families = Object.fromEntries(familiesOf(rule).map((f) => [f.name, f.words]));
  const draft = { id: 'try', type: 'forbiddenPhrases', families, categories } as unknown as Rule;
  return findForbiddenPhrases(sample, [draft]);
}
