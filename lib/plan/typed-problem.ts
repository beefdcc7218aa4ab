/**
 * What a money or count field says about a typed value it refuses, by why it was refused
 * (live-call walk 11). Shared by the plan calculator and the wrap-up's promise amount, so it lives
 * here and neither section imports the other's components.
 */
import type { MessageKey, MessageParams } from '../i18n';
import { MAX_MINOR, minorDigits } from './money';
import { MAX_COUNT, type MoneyProblem, moneyText, type TypedProblem } from './money-input';

export interface ProblemText {
  key: MessageKey;
  params?: MessageParams;
}

/** What each way of not being an amount says: what was wrong, with how to type it (an example). */
const REFUSAL_KEYS = {
  format: 'plan.invalidMoney',
  negative: 'plan.typed.negative',
  zero: 'plan.typed.zero',
  noNumber: 'plan.typed.noNumber',
  approximate: 'plan.typed.approximate',
  markBetween: 'plan.typed.markBetween',
  points: 'plan.typed.points',
  grouping: 'plan.typed.grouping',
  unitPlace: 'plan.typed.unitPlace',
  digitsReadOut: 'plan.typed.digitsReadOut',
  minorAmbiguous: 'plan.typed.minorAmbiguous',
  minorDigit: 'plan.typed.minorDigit',
  minorOrder: 'plan.typed.minorOrder',
  minorDecimal: 'plan.typed.minorDecimal',
} as const satisfies Record<
  Exclude<MoneyProblem, 'currency' | 'tooLarge' | 'decimals' | 'minorCurrency'>,
  MessageKey
>;

/** An amount field's message: what to change, with the limit when there is one. */
export function moneyProblem(problem: MoneyProblem, currency: string, written?: string): ProblemText {
  switch (problem) {
    case 'currency':
      return { key: 'plan.typed.moneyCurrency', params: { written: written ?? '?', currency } };
    case 'minorCurrency':
      return { key: 'plan.typed.minorCurrency', params: { currency } };
    case 'tooLarge':
      return { key: 'plan.typed.moneyTooLarge', params: { max: moneyText(MAX_MINOR, currency) } };
    case 'decimals':
      return { key: 'plan.typed.moneyDecimals', params: { currency, places: minorDigits(currency) } };
    default:
      return { key: REFUSAL_KEYS[problem] };
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
    case 'currency':
      return { key: 'plan.typed.countFormat' };
  }
}
