/** A plan request after validation and defaults: every number the schedule and the policy use. */
import type { PlanType } from '../pack/schema';
import type { IsoDate } from './dates';
import type { Minor } from './money';

export interface ResolvedTerms {
  type: PlanType;
  balance: Minor;
  /** Paid today; 0 for full, minimum and settlement. */
  downPayment: Minor;
  today: IsoDate;
  /** The first monthly date of the plan (the payment date for full / minimum). */
  firstDueDate: IsoDate;
  /** The day of month the plan keeps: the first due date's, or today's when it was defaulted. */
  dayOfMonth: number;
  /** Instalments after any deferral; settlement parts; 1 for full and minimum. */
  periods: number;
  minimumDue?: Minor;
  /** Flat monthly fee on the financed amount (instalmentFlat, personalised, deferral). */
  monthlyFeeRate?: number;
  /** APR of an amortising instalment (instalmentAmortising, or a deferral priced that way). */
  apr?: number;
  deferral?: {
    months: number;
    interest: 'accrue' | 'frozen';
    monthlyRate: number;
    /** What else keeps accruing meanwhile, from the policy (e.g. 违约金); read back to the customer. */
    alsoAccrues?: string[];
  };
  /** Settlement: the amount to pay, and the discount rate it came from if one was given. */
  settlementAmount?: Minor;
  discountRate?: number;
  /**
   * The principal part of the balance (the CRM's principal field); the rest is interest and fees.
   * A settlement never goes below it without the approval the policy names (issue 13 §3).
   */
  principal?: Minor;
  /** What a settlement's discount rate applied to (the policy's basis). */
  discountBasis?: 'balance' | 'interestAndFees';
  hardship: boolean;
  currency: string;
  /** The pack's locale; picks the read-back language (zh* → Chinese, else English). */
  locale: string;
}
