/**
 * The amount the repayment plan is built on, read from the CRM: the whole balance, or the
 * past-due amount when the CRM shows no balance. The calculator prefills it and objection cards
 * quote it as `{{plan.basis}}`, so what the card offers to instalment is what the calculator
 * instalments (issue 15 §9).
 */
import type { AccountContext } from '../crm/context';
import type { Minor } from './money';

export type BasisField = 'balance' | 'overdueAmount';

export interface PlanBasis {
  amount: Minor;
  field: BasisField;
}

/** A CRM money field as minor units, or undefined when it is absent or not a usable amount. */
export function crmMoney(context: AccountContext | null, field: string): Minor | undefined {
  const value = context?.fields[field]?.value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

export function planBasis(context: AccountContext | null): PlanBasis | undefined {
  for (const field of ['balance', 'overdueAmount'] as const) {
    const amount = crmMoney(context, field);
    if (amount !== undefined) return { amount, field };
  }
  return undefined;
}
