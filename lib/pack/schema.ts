/**
 * Pack format `call-assist/pack@1`: the whole pack a quality lead publishes (DESIGN.md "The pack").
 * Every object is strict (unknown keys refused), every text and list is bounded, and the
 * cross-references are checked in `references.ts`. Types are inferred from here; nothing else
 * declares the pack's shape. The shared pieces live in schema-common.ts, the rules in
 * rule-schema.ts and the plan policy in plan-policy-schema.ts; this file re-exports them so every
 * caller keeps importing the pack format from one place.
 */
import { z } from 'zod';
import { planPolicySchema } from './plan-policy-schema';
import { flagCodeSchema, ruleSchema } from './rule-schema';
import {
  conditionSchema,
  idSchema,
  isoDate,
  isoDateTime,
  LIMITS,
  PHASES,
  shortText,
  text,
} from './schema-common';

export {
  PLAN_TYPES,
  type PlanPolicy,
  type PlanType,
  planPolicySchema,
} from './plan-policy-schema';
export {
  ATTEMPT_COUNTS,
  FORBIDDEN_CATEGORIES,
  flagCodeSchema,
  OVERRIDE_LEVELS,
  type OverrideLevel,
  type Rule,
  type RuleScope,
  type RuleType,
  ruleSchema,
  ruleScopeSchema,
  STOP_KINDS,
} from './rule-schema';
export {
  CONDITION_OPS,
  type Condition,
  type ConditionValue,
  conditionSchema,
  idSchema,
  LIMITS,
  minorUnits,
  PHASES,
  type Phase,
} from './schema-common';

export const PACK_FORMAT = 'call-assist/pack@1';

/** 2³¹−1 (issue 14 item 5): one mistaken huge version must not lock a fleet out of updates forever. */
export const MAX_PACK_VERSION = 2 ** 31 - 1;

// ---- CRM adapters ---------------------------------------------------------------------------

export const FIELD_PARSERS = ['text', 'money', 'int', 'date', 'phone', 'bool', 'list'] as const;
export type FieldParser = (typeof FIELD_PARSERS)[number];
/**
 * How a `date` field's CRM writes a date that does not start with its year: `mdy` 12/15/2026 (US),
 * `dmy` 15/12/2026 (UK, EU, much of Asia). Unset: year-first only, as 12/11/2026 is two dates.
 */
export const DATE_ORDERS = ['mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const fieldSpecSchema = z
  .strictObject({
    selector: z.string().min(1).max(LIMITS.shortText).optional(),
    label: z.string().min(1).max(LIMITS.shortText).optional(),
    attr: z.string().min(1).max(LIMITS.id).optional(),
    pattern: z.string().min(1).max(LIMITS.pattern).optional(),
    parse: z.enum(FIELD_PARSERS),
    dateOrder: z.enum(DATE_ORDERS).optional(),
    required: z.boolean().optional(),
  })
  .refine((f) => f.selector !== undefined || f.label !== undefined, {
    error: 'fieldNeedsSelectorOrLabel',
  })
  .refine((f) => f.dateOrder === undefined || f.parse === 'date', {
    error: 'dateOrderNeedsDate',
    path: ['dateOrder'],
  });
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

export const adapterSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  match: z.array(z.string().min(1).max(LIMITS.shortText)).min(1).max(LIMITS.listSmall),
  accountKey: fieldSpecSchema,
  fields: z.record(idSchema, fieldSpecSchema).refine((r) => Object.keys(r).length <= 100, {
    error: 'tooMany',
  }),
  callState: fieldSpecSchema.optional(),
  /** Text of the call-state field that means "a call is in progress" (e.g. 通话中). */
  callActive: z.array(shortText).max(LIMITS.listSmall).optional(),
  sample: z.record(z.string().max(LIMITS.id), z.string().max(LIMITS.text)).optional(),
});
export type Adapter = z.infer<typeof adapterSchema>;

// ---- Scripts --------------------------------------------------------------------------------

export const answerSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  goto: idSchema.optional(),
  /** Answering this puts the call in third-party mode (someone other than the debtor). */
  thirdParty: z.boolean().optional(),
});

export const lineSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['say', 'ask', 'do']),
  text,
  must: z.boolean().optional(),
  when: conditionSchema.optional(),
  /** Checklist items this line ticks when the agent marks it said. */
  ticks: z.array(idSchema).max(LIMITS.listSmall).optional(),
  /** Answers to an `ask` line; choosing one can branch. */
  answers: z.array(answerSchema).min(2).max(10).optional(),
  /** The law, guideline or bank policy the wording follows (issue 13: every fix keeps its source). */
  source: shortText.optional(),
});
export type Line = z.infer<typeof lineSchema>;

export const stageSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  phase: z.enum(PHASES),
  lines: z.array(lineSchema).min(1).max(LIMITS.listMedium),
  checklist: z.array(idSchema).max(LIMITS.listSmall).optional(),
  next: z
    .array(z.strictObject({ label: shortText, when: conditionSchema.optional(), goto: idSchema }))
    .max(10)
    .optional(),
});
export type Stage = z.infer<typeof stageSchema>;

export const scriptSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  stages: z.array(stageSchema).min(1).max(100),
});
export type Script = z.infer<typeof scriptSchema>;

export const segmentSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  when: conditionSchema,
  scriptId: idSchema,
  planPolicyId: idSchema,
});
export type Segment = z.infer<typeof segmentSchema>;

// ---- Objections -----------------------------------------------------------------------------

export const objectionSchema = z.strictObject({
  id: idSchema,
  category: shortText,
  title: shortText,
  triggers: z.array(shortText).max(LIMITS.listSmall),
  say: z.array(text).min(1).max(20),
  do: z.array(text).max(20).optional(),
  never: z.array(text).max(20).optional(),
  stages: z.array(z.enum(PHASES)).max(PHASES.length).optional(),
  leadsTo: z
    .strictObject({
      plan: z.enum(['full', 'minimum', 'instalment', 'deferral', 'personalised', 'settlement']).optional(),
      /** A stop flag's code as the pack's stop-flag rules name it (`ATTY`, `律师函`). */
      flag: flagCodeSchema.optional(),
      disposition: idSchema.optional(),
    })
    .optional(),
  severity: z.enum(['normal', 'crisis']).optional(),
  /** The law, guideline or bank policy the answer follows (issue 13). */
  source: shortText.optional(),
});
export type Objection = z.infer<typeof objectionSchema>;

export const checklistItemSchema = z.strictObject({
  id: idSchema,
  text: shortText,
  phase: z.enum(PHASES),
  required: z.boolean(),
  /** Why the item is on the list (e.g. "12 CFR 1005.10(b)"). */
  source: shortText.optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

// ---- Dispositions ---------------------------------------------------------------------------

export const DISPOSITION_REQUIREMENTS = ['amount', 'date', 'callbackAt', 'reason'] as const;

/**
 * Whom the call reached (issue 12 §1): no one (no answer, voicemail), a third party, or the
 * debtor. Attempt caps, 7-in-7 and history read this, never a disposition code.
 */
export const CONTACT_KINDS = ['none', 'thirdParty', 'debtor'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const dispositionSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  requires: z.array(z.enum(DISPOSITION_REQUIREMENTS)).max(4).optional(),
  /** Whom the call reached; lint refuses a pack whose dispositions do not say it. */
  contact: z.enum(CONTACT_KINDS).optional(),
  /** A conversation with the debtor happened (older packs; `contact` supersedes it). */
  conversation: z.boolean().optional(),
  /** The callback time was chosen by the debtor (12 CFR 1006.14(b)(3) consent; CN 另有约定). */
  consent: z.boolean().optional(),
  /** Checklist items owed when this outcome is chosen, whichever stages were visited. */
  owes: z.array(idSchema).max(LIMITS.listSmall).optional(),
  /** The debtor paid in full or in part on this call (keeps a promise). */
  paid: z.boolean().optional(),
  /**
   * The wrap-up hot key this outcome keeps whatever its place in the list, so a reordered pack
   * does not move an agent's muscle memory (live-call review 2026-11). Unpinned ones take the free letters in order.
   */
  key: z
    .string()
    .regex(/^[a-qs-z]$/, 'a lower-case letter other than r (the read-back key)')
    .optional(),
});
export type Disposition = z.infer<typeof dispositionSchema>;

// ---- The pack -------------------------------------------------------------------------------

export const packSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: idSchema,
  version: z.number().int().min(1).max(MAX_PACK_VERSION),
  title: shortText,
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?$/, { error: 'locale' }),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'currency' }),
  timezone: z.string().min(1).max(LIMITS.id),
  publishedAt: isoDateTime,
  expiresAt: isoDateTime.optional(),
  changelog: z
    .array(
      z.strictObject({
        version: z.number().int().min(1).max(MAX_PACK_VERSION),
        date: isoDate,
        summary: text,
      }),
    )
    .max(LIMITS.listMedium),
  constants: z
    .record(
      z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9_.]*$/)
        .max(LIMITS.id),
      z.string().max(LIMITS.text),
    )
    .refine((r) => Object.keys(r).length <= LIMITS.constants, { error: 'tooMany' }),
  crm: z.strictObject({ adapters: z.array(adapterSchema).min(1).max(LIMITS.listSmall) }),
  segments: z.array(segmentSchema).min(1).max(LIMITS.listSmall),
  scripts: z.array(scriptSchema).min(1).max(LIMITS.listSmall),
  objections: z.array(objectionSchema).max(LIMITS.objections),
  checklist: z.array(checklistItemSchema).max(LIMITS.listMedium),
  rules: z.array(ruleSchema).max(LIMITS.listSmall),
  planPolicies: z.array(planPolicySchema).min(1).max(LIMITS.listSmall),
  dispositions: z.array(dispositionSchema).min(1).max(LIMITS.listSmall),
});
export type Pack = z.infer<typeof packSchema>;
