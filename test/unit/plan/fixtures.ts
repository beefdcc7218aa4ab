/** Plan policies for the plan tests: a Chinese card segment and a US amortising segment. */
import { type PlanPolicy, planPolicySchema } from '../../../lib/pack/schema';

/** Flat-fee terms as Chinese cards price them (illustrative numbers, DOMAIN.md §5). */
export const cnPolicy: PlanPolicy = planPolicySchema.parse({
  id: 'cn-m2',
  name: 'M2 标准',
  types: ['full', 'minimum', 'instalmentFlat', 'deferral', 'personalised', 'settlement'],
  instalmentFlat: [
    { periods: 3, monthlyFeeRate: 0.0075 },
    { periods: 6, monthlyFeeRate: 0.0065 },
    { periods: 12, monthlyFeeRate: 0.006 },
    { periods: 24, monthlyFeeRate: 0.0055 },
  ],
  minInstalment: 20_000,
  minDownPaymentRate: 0,
  deferral: { maxMonths: 3, interest: 'accrue', monthlyRate: 0.005 },
  personalised: { maxPeriods: 60, monthlyFeeRate: 0, needsApproval: true, needsProof: true },
  settlement: { agentMaxDiscountRate: 0.1, supervisorMaxDiscountRate: 0.3, maxPayments: 3 },
});

export const usPolicy: PlanPolicy = planPolicySchema.parse({
  id: 'us-late',
  name: 'US 60+',
  types: ['full', 'minimum', 'instalmentAmortising', 'settlement'],
  instalmentAmortising: [
    { periods: 6, apr: 0.12 },
    { periods: 12, apr: 0.12 },
    { periods: 24, apr: 0.15 },
  ],
  minInstalment: 5_000,
  minDownPaymentRate: 0.1,
  settlement: { agentMaxDiscountRate: 0.2, supervisorMaxDiscountRate: 0.4, maxPayments: 6 },
});
