/**
 * The compliance rules a pack declares (issue 12): one strict shape per rule type, discriminated
 * by `type`; lib/compliance evaluates them.
 */
import { z } from 'zod';
import { FAMILY_NAME } from '../compliance/family-name';
import { clock, conditionSchema, idSchema, LIMITS, PHASES, shortText, text } from './schema-common';

/** Who may go on past a block (issue 12 §8): the agent with a reason, only a supervisor, or no one. */
export const OVERRIDE_LEVELS = ['agent', 'supervisor', 'never'] as const;
export type OverrideLevel = (typeof OVERRIDE_LEVELS)[number];

/**
 * A rule that holds only in some regions (issue 12; e.g. Massachusetts 2 calls in 7 days, 209 CMR
 * 18.14): the region field of the account (default `region`) names one of `regions` — a state or
 * province name or a two-letter code such as `MA`.
 */
export const ruleScopeSchema = z.strictObject({
  field: idSchema.optional(),
  regions: z.array(shortText).min(1).max(LIMITS.listSmall),
});
export type RuleScope = z.infer<typeof ruleScopeSchema>;

const ruleBase = {
  id: idSchema,
  title: shortText,
  /** The law or policy the rule serves, shown to the agent (e.g. "12 CFR 1006.14(b)(2)"). */
  source: shortText,
  severity: z.enum(['warn', 'block']),
  /** Who may override a block; default `agent`. */
  override: z.enum(OVERRIDE_LEVELS).optional(),
  scope: ruleScopeSchema.optional(),
};

/** What an attempt cap counts: unanswered attempts, every attempt, or connected calls (GB/T 45251). */
export const ATTEMPT_COUNTS = ['unanswered', 'all', 'connected'] as const;

/**
 * What a stop flag stops (lib/compliance/flag-codes.ts): `collection` (no plan, promise or read-back
 * on the call), `crisis` (the same, with the crisis protocol), `none` (the Guard only).
 */
export const STOP_KINDS = ['collection', 'crisis', 'none'] as const;

/**
 * A flag code as the bank's CRM writes it: letters of any script (`ATTY`, `律师函`, `已故`), digits,
 * `.`, `_`, `-`; no spaces or commas, which separate the codes in a CRM's flag text.
 */
export const flagCodeSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]*$/u, { error: 'id' });

export const FORBIDDEN_CATEGORIES = [
  'threat',
  'falseLegal',
  'insult',
  'thirdPartyDisclosure',
  'privacy',
] as const;

export const ruleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...ruleBase,
    type: z.literal('callWindow'),
    /** Allowed hours in the debtor's local time: [start, end). */
    start: clock,
    end: clock,
    /** Context field holding the debtor's IANA time zone, if the CRM shows it. */
    timezoneField: idSchema.optional(),
  }),
  z.strictObject({
    ...ruleBase,
    type: z.literal('attemptCap'),
    maxPerDay: z.number().int().min(1).max(100),
    counts: z.enum(ATTEMPT_COUNTS),
    /** A callback at a time the debtor asked for is not counted nor blocked (另有约定). */
    consentExempt: z.boolean().optional(),
  }),
  z.strictObject({
    ...ruleBase,
    type: z.literal('contactFrequency'),
    maxAttempts: z.number().int().min(1).max(100),
    days: z.number().int().min(1).max(60),
    quietDaysAfterConversation: z.number().int().min(0).max(60),
    /** 12 CFR 1006.14(b)(3): calls placed with the debtor's prior consent are not counted nor blocked. */
    consentExempt: z.boolean().optional(),
  }),
  z.strictObject({
    ...ruleBase,
    type: z.literal('stopFlag'),
    field: idSchema,
    flags: z
      .array(
        z.strictObject({
          flag: flagCodeSchema,
          /** What the agent reads; the id is never shown. */
          label: shortText.optional(),
          severity: z.enum(['warn', 'block']),
          reason: shortText,
          /** The flag does not hold while this condition does (a plan agreement unless in default). */
          unless: conditionSchema.optional(),
          /** A per-number flag: it holds only when the dialled number is listed in this field (or the list cannot be read). */
          numbersField: idSchema.optional(),
          /** What the flag stops; packs without it keep the old reading of well-known codes. */
          stops: z.enum(STOP_KINDS).optional(),
        }),
      )
      .min(1)
      .max(LIMITS.listSmall),
  }),
  z.strictObject({
    ...ruleBase,
    type: z.literal('thirdParty'),
    /** Words that disclose the debt to a third party. */
    discloses: z.array(shortText).min(1).max(LIMITS.listMedium),
  }),
  z.strictObject({
    ...ruleBase,
    type: z.literal('recordingNotice'),
    /** Checklist items that must be ticked before the call reaches `beforePhase`. */
    items: z.array(idSchema).min(1).max(LIMITS.listSmall),
    beforePhase: z.enum(PHASES),
  }),
  z.strictObject({
    ...ruleBase,
    type: z.literal('forbiddenPhrases'),
    /**
     * Named word families (name → words) a phrase refers to as `{name}`, matched as a set in every
     * phrase that names them (lib/compliance/phrase-families.ts); older packs have none.
     */
    families: z
      .record(z.string().regex(FAMILY_NAME), z.array(shortText).min(1).max(LIMITS.listMedium))
      // Reported as "at most 100 entries" by lib/pack/zod-issues.ts, like an adapter's fields.
      .refine((f) => Object.keys(f).length <= 100, { error: 'tooMany' })
      .optional(),
    categories: z
      .array(
        z.strictObject({
          category: z.enum(FORBIDDEN_CATEGORIES),
          phrases: z.array(shortText).min(1).max(LIMITS.listMedium),
          instead: text,
        }),
      )
      .min(1)
      .max(FORBIDDEN_CATEGORIES.length),
  }),
  z.strictObject({
    ...ruleBase,
    type: z.literal('retention'),
    notesDays: z.number().int().min(1).max(3650),
    callsDays: z.number().int().min(1).max(3650),
  }),
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleType = Rule['type'];
