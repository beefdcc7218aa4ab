/**
 * The wrap-up form's fields as typed, and what they say as the lib's wrap-up input (kept apart from
 * the component, which renders and dispatches).
 */
import { z } from 'zod';
import { localDate, type WrapUpInput } from '@/lib/db';
import type { Disposition } from '@/lib/pack/schema';
import { parseMoneyText } from '@/lib/plan/money-input';

export interface Form {
  dispositionId: string;
  amount: string;
  date: string;
  callbackAt: string;
  reason: string;
}

export const EMPTY: Form = { dispositionId: '', amount: '', date: '', callbackAt: '', reason: '' };

/**
 * The wrap-up as the agent left it, kept for a reloaded panel (live-call walk 10): the form, whether
 * they typed over the plan's promise, whether amount and date came from the plan, and a checklist
 * override begun.
 */
export interface WrapUpState {
  form: Form;
  touched: boolean;
  fromPlan: boolean;
  overriding: boolean;
  overrideText: string;
}

export const FRESH: WrapUpState = {
  form: EMPTY,
  touched: false,
  fromPlan: false,
  overriding: false,
  overrideText: '',
};

const text = z.string().max(2_000);
export const wrapUpStateSchema: z.ZodType<WrapUpState> = z.object({
  form: z.object({ dispositionId: text, amount: text, date: text, callbackAt: text, reason: text }),
  touched: z.boolean(),
  fromPlan: z.boolean(),
  overriding: z.boolean(),
  overrideText: text,
});

/**
 * What the form says, as the lib's wrap-up input. A disposition that needs an amount but no date
 * (a payment taken on the call) records it as a promise dated today: the lib keeps amounts only on
 * the promise.
 */
export function inputOf(
  form: Form,
  disposition: Disposition | undefined,
  callId: string,
  now: number,
  currency: string,
): WrapUpInput {
  const requires = new Set(disposition?.requires ?? []);
  const input: WrapUpInput = { callId, disposition: { id: form.dispositionId } };
  if (requires.has('amount') || requires.has('date')) {
    // The one money reader (full-width digits, 3k, 2万), in the pack's currency: a second parser
    // here refused ８００ and read "1,2" as 12 (live-call walk 9).
    const typed = parseMoneyText(form.amount, currency, { allowZero: true });
    input.promise = {
      amount: requires.has('amount') && typed.ok ? (typed.value ?? 0) : 0,
      date: requires.has('date') ? form.date : localDate(now),
    };
  }
  if (requires.has('callbackAt') || form.callbackAt !== '') input.disposition.callbackAt = form.callbackAt;
  if (requires.has('reason') || form.reason.trim() !== '') input.disposition.reason = form.reason;
  return input;
}
