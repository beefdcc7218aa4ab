/** The plan's fields read as typed over the CRM's values (live-call walk 11). */
import type { Minor } from '@/lib/plan/money';
import { moneyText, parseCountText, parseMoneyText } from '@/lib/plan/money-input';
import { readTypedDate } from '@/lib/plan/typed-date';
import { moneyProblem } from '@/lib/plan/typed-problem';
import type { PlanState } from './kept-plan';

/** The calculator's inputs as typed over the CRM's values, each read with what is wrong with it. */
export function readPlanInputs(
  edits: PlanState['edits'],
  fromCrm: { balance: Minor | undefined; minimumDue: Minor | undefined; dpd: number | undefined },
  currency: string,
  /** The call's day in the pack's calendar and the pack's locale: a date typed without a year or month is read from them. */
  today: string,
  locale: string,
) {
  const moneyInput = (name: 'balance' | 'minimumDue') => {
    const crm = fromCrm[name];
    const text = edits[name] ?? (crm !== undefined ? moneyText(crm, currency) : '');
    // A balance of 0 leaves nothing to plan; a minimum due of 0 is an answer (live-call walk 11).
    const parsed = parseMoneyText(text, currency, { allowZero: name === 'minimumDue' });
    return {
      text,
      value: parsed.ok ? parsed.value : undefined,
      error: parsed.ok ? null : moneyProblem(parsed.problem, currency, parsed.written),
    };
  };
  const dpdText = edits.dpd ?? (fromCrm.dpd !== undefined ? String(fromCrm.dpd) : '');
  const dpdParsed = parseCountText(dpdText, { allowZero: true, unit: 'days' });
  const firstDueText = edits.firstDue ?? '';
  const firstDue = readTypedDate(firstDueText, today, locale);
  return {
    balance: moneyInput('balance'),
    minimum: moneyInput('minimumDue'),
    dpdText,
    dpdParsed,
    dpd: dpdParsed.ok ? dpdParsed.value : undefined,
    firstDueText,
    firstDue,
    firstDueDate: firstDue.ok ? firstDue.value : undefined,
  };
}
