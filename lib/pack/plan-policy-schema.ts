/**
 * A segment's repayment-plan policy (issue 6): which plan types it offers and their terms, which
 * lib/plan computes and checks against.
 */
import { z } from 'zod';
import { idSchema, minorUnits, rate, shortText } from './schema-common';

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
