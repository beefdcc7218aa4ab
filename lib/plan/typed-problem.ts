/**
 * What a money or count field says about a typed value it refuses, by why it was refused
 * (live-call walk 11). Shared by the plan calculator and the wrap-up's promise amount, so it lives
 * here and neither section imports the other's components.
 */
import type { MessageKey, MessageParams } from '../i18n';
import { MAX_MINOR, minorDigits } from './money';
import { MAX_COUNT, moneyText, type TypedProblem } from './money-input';

export interface ProblemText {
  key: MessageKey;
  params?: MessageParams;
}

/** An amount field's message: what to change, with the limit when there is one. */
export function moneyProblem(problem: TypedProblem, currency: string, written?: string): ProblemText {
  switch (problem) {
    case 'currency':
      return { key: 'plan.typed.moneyCurrency', params: { written: written ?? '?', currency } };
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
    case 'currency':
      return { key: 'plan.typed.countFormat' };
  }
}
