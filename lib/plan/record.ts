/**
 * What "agreed" writes to the call record (lib/db/records.ts `plan` and `promise`): the plan's
 * type, its one-line summary and every dated payment, and the promise to pay — the first payment
 * the customer owes. Shapes match the record schema; this module only builds them.
 */
import type { IsoDate } from './dates';
import type { Minor } from './money';
import { readBack } from './readback';
import type { PlanResult } from './request';

export interface AgreedPlan {
  type: string;
  summary: string;
  /** When the agent confirmed a supervisor approved it (needs-approval plans only). */
  approvedAt?: number;
  /** Down payment first (on the day of the call), then each payment; deferred months left out. */
  schedule: { date: IsoDate; amount: Minor }[];
}

export interface PromiseToPay {
  amount: Minor;
  date: IsoDate;
}

export function agreedPlan(result: PlanResult, approval?: { at: number }): AgreedPlan {
  const schedule: AgreedPlan['schedule'] = [];
  if (result.downPayment > 0 && result.downPaymentDate) {
    schedule.push({ date: result.downPaymentDate, amount: result.downPayment });
  }
  for (const row of result.schedule) {
    if (row.kind !== 'deferred') schedule.push({ date: row.dueDate, amount: row.payment });
  }
  if (approval && result.verdict === 'needsApproval') {
    // The stored summary says "approved", not the "pending approval" the agent saw before confirming.
    const summary = readBack({
      schedule: { ...result, rows: result.schedule },
      terms: result.terms,
      annualised: result.annualised,
      verdict: result.verdict,
      approved: true,
    }).summary;
    return { type: result.type, summary, schedule, approvedAt: approval.at };
  }
  return { type: result.type, summary: result.readBack.summary, schedule };
}

/** The next payment the customer promised: the down payment if any, else the first payment. */
export function promiseToPay(result: PlanResult): PromiseToPay | null {
  return agreedPlan(result).schedule[0] ?? null;
}
