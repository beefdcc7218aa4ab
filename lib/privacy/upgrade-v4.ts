/**
 * Database version 4 (issue 16 §5): rows written before the masking of issue 16 are masked again
 * in place. Calls lose the whole phone (only its masked form stays; there is no secret-keyed
 * hash for them, so their attempts count by account) and have their reasons masked; notes and
 * drafts are masked with the current pass, which finds what the old one missed.
 */
import type { Transaction } from 'dexie';
import type { CallRecord, DraftRecord, Masked, NoteRecord } from '../db/records';
import { maskCallFields } from './call-fields';
import { maskPersonalNumbers } from './mask';

function mergeMasked(a: Masked, b: Masked): Masked {
  const counts = new Map<Masked[number]['kind'], number>();
  for (const { kind, count } of [...a, ...b]) counts.set(kind, (counts.get(kind) ?? 0) + count);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

export function upgradeNoteV4(note: NoteRecord): NoteRecord {
  const result = maskPersonalNumbers(note.text);
  if (result.masked.length === 0) return note;
  return { ...note, text: result.text, masked: mergeMasked(note.masked, result.masked) };
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('calls')
    .toCollection()
    .modify((call: CallRecord, ref: { value: CallRecord }) => {
      ref.value = maskCallFields(call);
    });
  await tx
    .table('notes')
    .toCollection()
    .modify((note: NoteRecord, ref: { value: NoteRecord }) => {
      ref.value = upgradeNoteV4(note);
    });
  await tx
    .table('drafts')
    .toCollection()
    .modify((draft: DraftRecord) => {
      draft.text = maskPersonalNumbers(draft.text).text;
    });
}
