/**
 * Notes and drafts. The draft is the agent's unfinished note for an account, autosaved as they
 * type (the panel debounces, about a second) so a closed panel, a crash or a service-worker
 * restart loses at most that second; it is restored when the account opens again.
 */
import type { LocalizedText } from '../i18n/text';
import { currentCall } from './calls';
import { attemptWrite, RefusedWrite, type WriteResult } from './errors';
import { readDrafts, readNotes } from './read';
import { type DraftRecord, type Masked, type NoteRecord, RECORD_LIMITS } from './records';
import { redactText } from './redact';
import type { CallAssistDB } from './schema';

export const emptyNote: LocalizedText = {
  zh: '笔记为空，未保存。',
  en: 'The note is empty; nothing was saved.',
};
export const noteTooLong: LocalizedText = {
  zh: `笔记超过 ${RECORD_LIMITS.text} 字，未保存。请缩短后重试。`,
  en: `The note is over ${RECORD_LIMITS.text} characters and was not saved. Shorten it and try again.`,
};

/**
 * Stores the draft, masked like a note (a draft is stored data too). Empty text deletes it.
 * Returns what was masked so the panel can say so.
 */
export function saveDraft(
  db: CallAssistDB,
  accountKey: string,
  text: string,
  now: number = Date.now(),
): Promise<WriteResult<{ masked: Masked }>> {
  return attemptWrite(async () => {
    if (text.length > RECORD_LIMITS.text) throw new RefusedWrite(noteTooLong);
    if (text.trim() === '') {
      await db.drafts.delete(accountKey);
      return { masked: [] };
    }
    const redacted = redactText(text);
    await db.drafts.put({ accountKey, text: redacted.text, updatedAt: now });
    return { masked: redacted.masked };
  });
}

export async function loadDraft(db: CallAssistDB, accountKey: string): Promise<DraftRecord | undefined> {
  const row = await db.drafts.get(accountKey);
  return row === undefined ? undefined : readDrafts(db, [row])[0];
}

export function clearDraft(db: CallAssistDB, accountKey: string): Promise<WriteResult> {
  return attemptWrite(async () => {
    await db.drafts.delete(accountKey);
    return {};
  });
}

export interface NoteInput {
  accountKey: string;
  /** The call the note belongs to; omitted, it links to the account's call in progress, if any. */
  callId?: string;
  text: string;
}

/** Builds a redacted note row (shared by saveNote and the wrap-up). Refuses empty or oversize text. */
export function newNote(
  input: { accountKey: string; callId?: string; text: string },
  now: number,
): NoteRecord {
  const trimmed = input.text.trim();
  if (trimmed === '') throw new RefusedWrite(emptyNote);
  if (trimmed.length > RECORD_LIMITS.text) throw new RefusedWrite(noteTooLong);
  const redacted = redactText(trimmed);
  return {
    id: crypto.randomUUID(),
    accountKey: input.accountKey,
    ...(input.callId === undefined ? {} : { callId: input.callId }),
    text: redacted.text,
    masked: redacted.masked,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Saves a note and clears the account's draft in one transaction: either the note is stored and
 * the draft gone, or nothing changed and the draft still holds the text.
 */
export function saveNote(
  db: CallAssistDB,
  input: NoteInput,
  now: number = Date.now(),
): Promise<WriteResult<{ note: NoteRecord; masked: Masked }>> {
  return attemptWrite(() =>
    db.transaction('rw', db.calls, db.notes, db.drafts, async () => {
      const callId = input.callId ?? (await currentCall(db, input.accountKey))?.id;
      const note = newNote({ ...input, ...(callId === undefined ? {} : { callId }) }, now);
      await db.notes.add(note);
      await db.drafts.delete(input.accountKey);
      return { note, masked: note.masked };
    }),
  );
}

/** The account's notes, newest first. */
export async function notesForAccount(db: CallAssistDB, accountKey: string): Promise<NoteRecord[]> {
  const rows = await db.notes
    .where('[accountKey+createdAt]')
    .between([accountKey, 0], [accountKey, Number.MAX_SAFE_INTEGER], true, true)
    .reverse()
    .toArray();
  return readNotes(db, rows);
}
