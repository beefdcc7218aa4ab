/**
 * Plan policies as the Studio edits them (issue 17 item 1): their fields read from the schema, and
 * what a new policy, a new set of terms or a new term starts with. Starting values are the most
 * restrictive that are valid (no discount, no fee-free months), so nothing is offered by accident.
 */
import { type PlanPolicy, planPolicySchema } from '@/lib/pack/schema';
import { newId } from './ids';
import { idsOf } from './list-edit';
import { fieldsOf } from './params';

/** The policy's fields below its name and plan types, in the schema's order. */
export const POLICY_FIELDS = fieldsOf(planPolicySchema, new Set(['id', 'name', 'types']));

/** Starting values for each optional part; `satisfies` keeps them valid against the schema's types. */
export const PART_DEFAULTS = {
  instalmentFlat: { periods: 12, monthlyFeeRate: 0 },
  instalmentAmortising: { periods: 12, apr: 0 },
  deferral: { maxMonths: 1, interest: 'accrue', monthlyRate: 0 },
  personalised: { maxPeriods: 12, monthlyFeeRate: 0, needsApproval: true, needsProof: true },
  settlement: { agentMaxDiscountRate: 0, supervisorMaxDiscountRate: 0, maxPayments: 1 },
} satisfies {
  instalmentFlat: NonNullable<PlanPolicy['instalmentFlat']>[number];
  instalmentAmortising: NonNullable<PlanPolicy['instalmentAmortising']>[number];
  deferral: NonNullable<PlanPolicy['deferral']>;
  personalised: NonNullable<PlanPolicy['personalised']>;
  settlement: NonNullable<PlanPolicy['settlement']>;
};

export function partDefault(key: string): unknown {
  return (PART_DEFAULTS as Record<string, unknown>)[key];
}

/** A new policy offering full payment only; the lead adds plan types and their terms. */
export function newPolicy(name: string, policies: unknown): PlanPolicy {
  const clean = name.trim();
  return {
    id: newId(clean, idsOf(policies)),
    name: clean,
    types: ['full'],
    minInstalment: 0,
    minDownPaymentRate: 0,
  };
}
