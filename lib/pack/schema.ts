/**
 * Pack format `call-assist/pack@1`: the whole pack a quality lead publishes (DESIGN.md "The pack").
 * Every object is strict (unknown keys refused), every text and list is bounded, and the
 * cross-references are checked in `references.ts`. Types are inferred from here; nothing else
 * declares the pack's shape.
 */
import { z } from 'zod';

export const PACK_FORMAT = 'call-assist/pack@1';

/** 2³¹−1 (issue 14 item 5): one mistaken huge version must not lock a fleet out of updates forever. */
export const MAX_PACK_VERSION = 2 ** 31 - 1;

export const LIMITS = {
  packBytes: 5 * 1024 * 1024,
  id: 64,
  shortText: 200,
  text: 2000,
  pattern: 200,
  listSmall: 50,
  listMedium: 500,
  lines: 2000,
  objections: 10_000,
  constants: 500,
  conditionDepth: 8,
} as const;

export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'id' });
const shortText = z.string().trim().min(1).max(LIMITS.shortText);
const text = z.string().trim().min(1).max(LIMITS.text);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'isoDate' });
const isoDateTime = z.iso.datetime({ offset: true, error: 'isoDateTime' });
const rate = z.number().min(0).max(1);
/** Money is an integer in minor units (fen, cents). */
export const minorUnits = z.number().int().min(0).max(1e14);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'clock' });

// ---- Conditions -----------------------------------------------------------------------------

export const CONDITION_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'exists'] as const;
const conditionValue = z.union([
  z.string().max(LIMITS.shortText),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string().max(LIMITS.shortText), z.number()])).max(LIMITS.listSmall),
]);
export type ConditionValue = z.infer<typeof conditionValue>;

export type Condition =
  | { field: string; op: (typeof CONDITION_OPS)[number]; value?: ConditionValue }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      field: z.string().min(1).max(LIMITS.id),
      op: z.enum(CONDITION_OPS),
      value: conditionValue.optional(),
    }),
    z.strictObject({ all: z.array(conditionSchema).min(1).max(LIMITS.listSmall) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(LIMITS.listSmall) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

// ---- CRM adapters ---------------------------------------------------------------------------

export const FIELD_PARSERS = ['text', 'money', 'int', 'date', 'phone', 'bool', 'list'] as const;
export type FieldParser = (typeof FIELD_PARSERS)[number];

export const fieldSpecSchema = z
  .strictObject({
    selector: z.string().min(1).max(LIMITS.shortText).optional(),
    label: z.string().min(1).max(LIMITS.shortText).optional(),
    attr: z.string().min(1).max(LIMITS.id).optional(),
    pattern: z.string().min(1).max(LIMITS.pattern).optional(),
    parse: z.enum(FIELD_PARSERS),
    required: z.boolean().optional(),
  })
  .refine((f) => f.selector !== undefined || f.label !== undefined, {
    error: 'fieldNeedsSelectorOrLabel',
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

/** Where a stage sits in the call (DOMAIN.md §2); rules refer to phases, not to stage ids. */
export const PHASES = [
  'identify',
  'disclose',
  'understand',
  'negotiate',
  'commit',
  'close',
  'thirdParty',
  'escalate',
] as const;
export type Phase = (typeof PHASES)[number];

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
      flag: idSchema.optional(),
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

// ---- Rules ----------------------------------------------------------------------------------

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
          flag: idSchema,
          /** What the agent reads; the id is never shown. */
          label: shortText.optional(),
          severity: z.enum(['warn', 'block']),
          reason: shortText,
          /** The flag does not hold while this condition does (a plan agreement unless in default). */
          unless: conditionSchema.optional(),
          /** A per-number flag: it holds only when the dialled number is listed in this field (or the list cannot be read). */
          numbersField: idSchema.optional(),
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

// ---- Plan policy ----------------------------------------------------------------------------

export const PLAN_TYPES = [
  'full',
  'minimum',
  'instalmentFlat',
  'instalmentAmortising',
  'deferral',
  'personalised',
  'settlement',
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export const planPolicySchema = z.strictObject({
  id: idSchema,
  name: shortText,
  types: z.array(z.enum(PLAN_TYPES)).min(1).max(PLAN_TYPES.length),
  /** Flat-fee instalment terms (Chinese cards): periods and monthly fee rate on the principal. */
  instalmentFlat: z
    .array(z.strictObject({ periods: z.number().int().min(2).max(60), monthlyFeeRate: rate }))
    .max(30)
    .optional(),
  /** Amortising instalment terms (US): periods and APR. */
  instalmentAmortising: z
    .array(z.strictObject({ periods: z.number().int().min(2).max(60), apr: rate }))
    .max(30)
    .optional(),
  minInstalment: minorUnits,
  minDownPaymentRate: rate,
  deferral: z
    .strictObject({
      maxMonths: z.number().int().min(1).max(12),
      interest: z.enum(['accrue', 'frozen']),
      monthlyRate: rate,
      /** Also accruing meanwhile, in the pack's language (违约金, late fees): read back (Z8, Z9). */
      alsoAccrues: z.array(shortText).max(10).optional(),
    })
    .optional(),
  personalised: z
    .strictObject({
      maxPeriods: z.number().int().min(2).max(60),
      monthlyFeeRate: rate,
      needsApproval: z.boolean(),
      needsProof: z.boolean(),
    })
    .optional(),
  settlement: z
    .strictObject({
      /** What the rates discount: the balance, or only interest and fees above principal (Z7). */
      basis: z.enum(['balance', 'interestAndFees']).optional(),
      agentMaxDiscountRate: rate,
      supervisorMaxDiscountRate: rate,
      maxPayments: z.number().int().min(1).max(12),
      /** Who approves a settlement below principal; none: refused on interestAndFees, else the
       * rates decide (lib/plan/settlement-policy.ts). */
      belowPrincipalApproval: shortText.optional(),
    })
    .optional(),
});
export type PlanPolicy = z.infer<typeof planPolicySchema>;

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
