/** Parse-on-read (DESIGN.md principle 4): a row that does not parse is reported and skipped. */
import type { z } from 'zod';
import {
  type BadRow,
  type CallRecord,
  callRecordSchema,
  type DraftRecord,
  draftRecordSchema,
  type NoteRecord,
  noteRecordSchema,
} from './records';
import type { CallAssistDB } from './schema';

function parseRows<T>(
  db: CallAssistDB,
  table: BadRow['table'],
  schema: z.ZodType<T>,
  rows: readonly unknown[],
  keyOf: (row: unknown) => unknown,
): T[] {
  const parsed: T[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (result.success) {
      parsed.push(result.data);
    } else {
      const issue = result.error.issues[0];
      db.reportBadRow({
        table,
        key: String(keyOf(row)),
        issue: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid',
      });
    }
  }
  return parsed;
}

function field(name: string): (row: unknown) => unknown {
  return (row) => (typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : row);
}

export const readCalls = (db: CallAssistDB, rows: readonly unknown[]): CallRecord[] =>
  parseRows(db, 'calls', callRecordSchema, rows, field('id'));

export const readNotes = (db: CallAssistDB, rows: readonly unknown[]): NoteRecord[] =>
  parseRows(db, 'notes', noteRecordSchema, rows, field('id'));

export const readDrafts = (db: CallAssistDB, rows: readonly unknown[]): DraftRecord[] =>
  parseRows(db, 'drafts', draftRecordSchema, rows, field('accountKey'));
