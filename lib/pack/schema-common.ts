/**
 * The pieces every part of the pack format is built from: its limits, bounded ids and texts,
 * dates and clock times, rates and money, the call's phases and the condition grammar.
 * schema.ts assembles the pack from them (split from it along its sections, code review 2026-11 item 8).
 */
import { z } from 'zod';

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
export const shortText = z.string().trim().min(1).max(LIMITS.shortText);
export const text = z.string().trim().min(1).max(LIMITS.text);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'isoDate' });
export const isoDateTime = z.iso.datetime({ offset: true, error: 'isoDateTime' });
export const rate = z.number().min(0).max(1);
/** Money is an integer in minor units (fen, cents). */
export const minorUnits = z.number().int().min(0).max(1e14);
export const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'clock' });

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
