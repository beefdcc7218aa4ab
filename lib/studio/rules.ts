/**
 * Compliance rules as the Studio edits them (issue 17 item 1). The rule types are the evaluator
 * registry's (`lib/compliance/rules`); each type's parameters, their kinds and bounds are read from
 * its schema entry, so a form is fitted to the parameters and a new parameter shows up by itself.
 */
import type { z } from 'zod';
import { findForbiddenPhrases, type PhraseMatch } from '@/lib/compliance/phrases';
import { RULE_EVALUATORS } from '@/lib/compliance/rules';
import { PHASES, type Rule, type RuleType, ruleSchema } from '@/lib/pack/schema';
import { newId } from './ids';
import { idsOf } from './list-edit';

/** Every rule type, in the registry's order. */
export const RULE_TYPES = Object.keys(RULE_EVALUATORS) as RuleType[];

/** Fields every rule has; the forms show them above the type's own parameters. */
const BASE_KEYS = new Set(['id', 'type', 'title', 'source', 'severity', 'override', 'scope']);

export type ParamSpec =
  | { key: string; kind: 'int'; min: number; max: number; optional: boolean; schema: z.ZodType }
  | { key: string; kind: 'text'; optional: boolean; schema: z.ZodType }
  | { key: string; kind: 'bool'; optional: boolean }
  | { key: string; kind: 'enum'; options: readonly string[]; phases: boolean; optional: boolean }
  | { key: string; kind: 'lines'; optional: boolean; schema: z.ZodType }
  /** A list of objects (stop flags, phrase categories): a form of its own. */
  | { key: string; kind: 'items'; optional: boolean };

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

function specOf(key: string, field: z.ZodType): ParamSpec {
  let schema = field;
  const optional = defOf(schema).type === 'optional';
  if (optional) schema = defOf(schema).innerType as z.ZodType;
  const type = defOf(schema).type;
  if (type === 'number') {
    const n = schema as unknown as { minValue: number | null; maxValue: number | null };
    return {
      key,
      kind: 'int',
      min: n.minValue ?? 0,
      max: n.maxValue ?? Number.MAX_SAFE_INTEGER,
      optional,
      schema,
    };
  }
  if (type === 'boolean') return { key, kind: 'bool', optional };
  if (type === 'enum') {
    const options = (schema as unknown as { options: string[] }).options;
    const phases = options.length === PHASES.length && options.every((o, i) => o === PHASES[i]);
    return { key, kind: 'enum', options, phases, optional };
  }
  if (type === 'array') {
    const element = defOf(schema).element as z.ZodType;
    if (defOf(element).type === 'object') return { key, kind: 'items', optional };
    return { key, kind: 'lines', optional, schema };
  }
  return { key, kind: 'text', optional, schema };
}

const OPTIONS = ruleSchema.options as readonly z.ZodObject[];

/** The parameters of a rule type, in the schema's order. */
export function ruleParams(type: RuleType): ParamSpec[] {
  const option = OPTIONS.find((o) => (o.shape.type as unknown as { value: string }).value === type);
  if (!option) return [];
  return Object.entries(option.shape)
    .filter(([key]) => !BASE_KEYS.has(key))
    .map(([key, field]) => specOf(key, field as z.ZodType));
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
 * categories of one forbidden-phrases rule, so the lead sees what `(a|b)` and `…` catch.
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
  const draft = { id: 'try', type: 'forbiddenPhrases', categories } as unknown as Rule;
  return findForbiddenPhrases(sample, [draft]);
}
