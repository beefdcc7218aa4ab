/** What the plan's fields say about a typed value they refuse, by why it was refused (live-call walk 11). */
import type { MessageKey, MessageParams } from '@/lib/i18n';
import { isIsoDate } from '@/lib/plan/dates';
import { MAX_MINOR, type Minor, minorDigits } from '@/lib/plan/money';
import {
  MAX_COUNT,
  moneyText,
  parseCountText,
  parseMoneyText,
  type TypedProblem,
} from '@/lib/plan/money-input';
import type { PlanState } from './kept-plan';

export interface ProblemText {
  key: MessageKey;
  params?: MessageParams;
}

/** An amount field's message: what to change, with the limit when there is one. */
export function moneyProblem(problem: TypedProblem, currency: string): ProblemText {
  switch (problem) {
    case 'format':
      return { key: 'plan.invalidMoney' };
    case 'negative':
      return { key: 'plan.typed.negative' };
    case 'zero':
      return { key: 'plan.typed.zero' };
    case 'tooLarge':
      return { key: 'plan.typed.moneyTooLarge', params: { max: moneyText(MAX_MINOR, currency) } };
    case 'decimals':
      return { key: 'plan.typed.moneyDecimals', params: { currency, places: minorDigits(currency) } };
  }
}

/** A count field's message (periods, months, days past due). */
export function countProblem(problem: TypedProblem): ProblemText {
  switch (problem) {
    case 'format':
      return { key: 'plan.typed.countFormat' };
    case 'negative':
      return { key: 'plan.typed.negative' };
    case 'zero':
      return { key: 'plan.typed.zero' };
    case 'tooLarge':
      return { key: 'plan.typed.countTooLarge', params: { max: MAX_COUNT } };
    case 'decimals':
      return { key: 'plan.typed.countDecimals' };
  }
}

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
      error: parsed.ok ? null : moneyProblem(parsed.problem, currency),
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
