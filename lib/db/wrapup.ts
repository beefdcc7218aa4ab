/**
 * Wrap-up (issue 7 §3): the disposition from the pack's list, the fields it requires, and the
 * call's outcome, plan, promise and note written in ONE transaction, so a failure leaves the call
 * open and the draft in place, never half a wrap-up.
 */

import { checklistOverridden } from '../compliance/checklist';
import type { CollectionStop } from '../compliance/collection-stop';
import { dispositionContact, moreContact } from '../compliance/contact';
import type { LocalizedText } from '../i18n/text';
import type { Disposition } from '../pack/schema';
import { maskCallFields } from '../privacy/call-fields';
import { callNotFound } from './calls';
import { localDate } from './dates';
import { attemptWrite, RefusedWrite, type WriteResult } from './errors';
import { newNote } from './notes';
import { readCalls } from './read';
import { type CallRecord, callRecordSchema, isCalendarDate, type Masked, type NoteRecord } from './records';
import { redactText } from './redact';
import type { CallAssistDB } from './schema';

export interface WrapUpInput {
  callId: string;
  disposition: {
    id: string;
    /** When to call back: ISO date-time, with or without offset (a datetime-local value). */
    callbackAt?: string;
    reason?: string;
  };
  promise?: { amount: number; date: string };
  plan?: CallRecord['plan'];
  noteText?: string;
}

export interface WrapUpOptions {
  /** Epoch ms; defaults to now. */
  now?: number;
  /** The agent's IANA time zone for "today" (a promise date may not be in the past). */
  timeZone?: string;
  /**
   * The collection stop on this call (`collectionStop(pack, context, call flags)`): while one holds,
   * no promise, plan or amount is saved, whatever outcome is chosen (stop12).
   */
  stop?: CollectionStop | null;
}

export type WrapUpField = 'disposition' | 'amount' | 'date' | 'callbackAt' | 'reason';
export interface WrapUpProblem {
  field: WrapUpField;
  message: LocalizedText;
}

const problemText: Record<WrapUpField, LocalizedText> = {
  disposition: { zh: '请从列表中选择通话结果。', en: 'Choose a disposition from the list.' },
  // A payment taken on the call (PAID, PART) needs one too: not named a promise (live-call walk 11).
  amount: { zh: '请填写金额（大于 0）。', en: 'Enter an amount above zero.' },
  date: { zh: '承诺还款需要日期（今天或以后）。', en: 'A promise needs a date, today or later.' },
  callbackAt: { zh: '预约回电需要一个将来的时间。', en: 'A callback needs a time in the future.' },
  reason: { zh: '此结果需要填写原因。', en: 'This disposition needs a reason.' },
};

/**
 * Whether saving this outcome would take a promise or a plan: the outcome keeps an amount or a date
 * (PTP, PART, PLAN, PAID by the default codes; whatever the pack calls them), or one is given.
 */
export function takesPromise(
  input: Pick<WrapUpInput, 'promise' | 'plan'>,
  disposition: Disposition,
): boolean {
  const requires = disposition.requires ?? [];
  return (
    requires.includes('amount') ||
    requires.includes('date') ||
    input.promise !== undefined ||
    input.plan !== undefined
  );
}

/** Why a stopped call saves no promise: the flag in the pack's words (its label), never its code. */
export function stoppedText(stop: CollectionStop): LocalizedText {
  const named = stop.label ?? stop.text;
  const zh = '本通电话不能保存承诺还款、还款方案或金额；其他结果和笔记可以照常保存。';
  const en =
    'this call cannot save a promise to pay, a plan or an amount; the other outcomes and the note can be saved.';
  return named === null
    ? { zh: `已停止催收：${zh}`, en: `Collection has stopped: ${en}` }
    : { zh: `已停止催收（${named}）：${zh}`, en: `Collection has stopped (${named}): ${en}` };
}

/** What keeps this wrap-up from being saved (empty when it can be saved). The panel shows these per field. */
export function wrapUpProblems(
  input: WrapUpInput,
  dispositions: readonly Disposition[],
  options: WrapUpOptions = {},
): WrapUpProblem[] {
  const now = options.now ?? Date.now();
  const disposition = dispositions.find((candidate) => candidate.id === input.disposition.id);
  if (!disposition) return [{ field: 'disposition', message: problemText.disposition }];
  // A call stopped by a collection stop takes no promise (lib/compliance/collection-stop.ts).
  if (options.stop && takesPromise(input, disposition))
    return [{ field: 'disposition', message: stoppedText(options.stop) }];
  const requires = new Set(disposition.requires ?? []);
  const problems: WrapUpField[] = [];
  const { promise } = input;
  const amountOk = promise !== undefined && Number.isSafeInteger(promise.amount) && promise.amount > 0;
  const dateOk =
    promise !== undefined && isCalendarDate(promise.date) && promise.date >= localDate(now, options.timeZone);
  // A promise given is checked even when the disposition does not require one.
  if ((requires.has('amount') || promise !== undefined) && !amountOk) problems.push('amount');
  if ((requires.has('date') || promise !== undefined) && !dateOk) problems.push('date');
  const callbackAt = input.disposition.callbackAt?.trim();
  if (requires.has('callbackAt') || (callbackAt !== undefined && callbackAt !== '')) {
    const at = callbackAt ? Date.parse(callbackAt) : Number.NaN;
    if (!Number.isFinite(at) || at <= now) problems.push('callbackAt');
  }
  if (requires.has('reason') && !input.disposition.reason?.trim()) problems.push('reason');
  return problems.map((field) => ({ field, message: problemText[field] }));
}

function owedText(count: number): LocalizedText {
  return {
    zh: `此通话结果还有 ${count} 项必做事项未勾选：请完成或填写原因后再保存。`,
    en: `This outcome owes ${count} checklist item(s) not ticked: tick them or give a reason first.`,
  };
}

const alreadyWrapped: LocalizedText = {
  zh: '这通电话已经保存过结果，不能重复保存。',
  en: 'This call already has a saved outcome; it cannot be saved twice.',
};

function invalidRow(detail: string): LocalizedText {
  return {
    zh: `通话结果数据无效，未保存：${detail}`,
    en: `The outcome is not valid and was not saved: ${detail}`,
  };
}

/**
 * Saves the wrap-up: disposition (with callback time and masked reason), promise, plan, the note
 * (masked, linked to the call), the call's end, and clears the account's draft, all or nothing.
 */
export function saveWrapUp(
  db: CallAssistDB,
  input: WrapUpInput,
  dispositions: readonly Disposition[],
  options: WrapUpOptions = {},
): Promise<WriteResult<{ call: CallRecord; note?: NoteRecord; masked: Masked }>> {
  const now = options.now ?? Date.now();
  return attemptWrite(() =>
    db.transaction('rw', db.calls, db.notes, db.drafts, async () => {
      const [problem] = wrapUpProblems(input, dispositions, { ...options, now });
      if (problem) throw new RefusedWrite(problem.message);
      const disposition = dispositions.find((candidate) => candidate.id === input.disposition.id);
      if (!disposition) throw new RefusedWrite(problemText.disposition);

      const stored = await db.calls.get(input.callId);
      const [call] = readCalls(db, stored === undefined ? [] : [stored]);
      if (!call) throw new RefusedWrite(callNotFound(input.callId));
      if (call.disposition) throw new RefusedWrite(alreadyWrapped);
      // The outcome's owed items (issue 12 §9) are refused here too, so no caller can skip them.
      const owed = (disposition.owes ?? []).filter((item) => call.checklist[item] === undefined);
      if (owed.length > 0 && !checklistOverridden(call)) throw new RefusedWrite(owedText(owed.length));

      const callbackAt = input.disposition.callbackAt?.trim();
      const reason = input.disposition.reason?.trim();
      // Whom the call reached comes from the pack's disposition (issue 12 §1), and never lowers what
      // the call already showed (a connected call stays connected whatever outcome is picked).
      const shown = call.conversation ? 'debtor' : call.answered ? 'thirdParty' : 'none';
      const contact = moreContact(shown, dispositionContact(disposition));
      const next: CallRecord = {
        ...call,
        endedAt: call.endedAt ?? now,
        disposition: {
          id: disposition.id,
          at: now,
          ...(callbackAt ? { callbackAt } : {}),
          ...(callbackAt && disposition.consent ? { consent: true } : {}),
          ...(reason ? { reason: redactText(reason).text } : {}),
        },
        ...(input.promise ? { promise: { amount: input.promise.amount, date: input.promise.date } } : {}),
        ...(input.plan ? { plan: input.plan } : {}),
        answered: contact !== 'none',
        conversation: contact === 'debtor',
      };
      const checked = callRecordSchema.safeParse(maskCallFields(next));
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new RefusedWrite(invalidRow(issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'));
      }
      await db.calls.put(checked.data);

      let note: NoteRecord | undefined;
      if (input.noteText?.trim()) {
        note = newNote({ accountKey: call.accountKey, callId: call.id, text: input.noteText }, now);
        await db.notes.add(note);
      }
      await db.drafts.delete(call.accountKey);
      return { call: checked.data, ...(note ? { note } : {}), masked: note?.masked ?? [] };
    }),
  );
}
