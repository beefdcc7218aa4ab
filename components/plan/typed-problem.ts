/** The plan's fields read as typed over the CRM's values (live-call walk 11). */
import { isIsoDate } from '@/lib/plan/dates';
import type { Minor } from '@/lib/plan/money';
import { moneyText, parseCountText, parseMoneyText } from '@/lib/plan/money-input';
import { moneyProblem } from '@/lib/plan/typed-problem';
import type { PlanState } from './kept-plan';

/** The calculator's inputs as typed over the CRM's values, each read with what is wrong with it. */
export function readPlanInputs(
  edits: PlanState['edits'],
  fromCrm: { balance: Minor | undefined; minimumDue: Minor | undefined; dpd: number | undefined },
  currency: string,
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
  const dpdParsed = parseCountText(dpdText, { allowZero: true });
  const firstDueText = edits.firstDue ?? '';
  const firstDueValid = firstDueText.trim() === '' || isIsoDate(firstDueText.trim());
  return {
    balance: moneyInput('balance'),
    minimum: moneyInput('minimumDue'),
    dpdText,
    dpdParsed,
    dpd: dpdParsed.ok ? dpdParsed.value : undefined,
    firstDueText,
    firstDueValid,
    firstDueDate: firstDueValid && firstDueText.trim() !== '' ? firstDueText.trim() : undefined,
  };
}
