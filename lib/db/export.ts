/**
 * Export and import of the agent's calls and notes (issue 7 §6). JSON (`call-assist/export@1`) is
 * the lossless format and the only one imported; CSV is for people (Excel: UTF-8 with BOM).
 */
import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { maskCallFields } from '../privacy/call-fields';
import { isMaskedPhone, maskedPhone } from '../privacy/phone-display';
import { upgradeNoteV4 } from '../privacy/upgrade-v4';
import { attemptWrite, RefusedWrite, type WriteResult } from './errors';
import { readCalls, readNotes } from './read';
import { type CallRecord, callRecordSchema, type NoteRecord, noteRecordSchema } from './records';
import type { CallAssistDB } from './schema';

export const EXPORT_FORMAT = 'call-assist/export@1';
/** Larger files are refused before parsing (a panel must not freeze on a wrong file). */
export const IMPORT_MAX_CHARS = 100 * 1024 * 1024;

/** [from, to) in epoch ms: calls by start, notes by creation. */
export interface DateRange {
  from: number;
  to: number;
}

const at = z.number().int().min(0).max(8.64e15);
export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: at,
  range: z.strictObject({ from: at, to: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  // A file from before issue 16 holds the phone whole: it is masked before the row is checked.
  calls: z.array(z.preprocess(maskRawPhone, callRecordSchema)).max(1_000_000),
  notes: z.array(noteRecordSchema).max(1_000_000),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

function maskRawPhone(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !('phone' in row) || typeof row.phone !== 'string')
    return row;
  return isMaskedPhone(row.phone) ? row : { ...row, phone: maskedPhone(row.phone) };
}

async function rowsInRange(
  db: CallAssistDB,
  range: DateRange,
): Promise<{ calls: CallRecord[]; notes: NoteRecord[] }> {
  const [callRows, noteRows] = await db.transaction('r', db.calls, db.notes, () =>
    Promise.all([
      db.calls.where('startedAt').between(range.from, range.to, true, false).toArray(),
      db.notes.where('createdAt').between(range.from, range.to, true, false).toArray(),
    ]),
  );
  // Index order, then id: the same data always exports to the same bytes.
  const calls = readCalls(db, callRows).sort((a, b) => a.startedAt - b.startedAt || compare(a.id, b.id));
  const notes = readNotes(db, noteRows).sort((a, b) => a.createdAt - b.createdAt || compare(a.id, b.id));
  return { calls, notes };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function exportData(
  db: CallAssistDB,
  range: DateRange,
  now: number = Date.now(),
): Promise<ExportFile> {
  const { calls, notes } = await rowsInRange(db, range);
  return { format: EXPORT_FORMAT, exportedAt: now, range: { from: range.from, to: range.to }, calls, notes };
}

export async function exportJson(
  db: CallAssistDB,
  range: DateRange,
  now: number = Date.now(),
): Promise<string> {
  return `${JSON.stringify(await exportData(db, range, now), null, 2)}\n`;
}

// ---- CSV ------------------------------------------------------------------------------------

const BOM = '\uFEFF';

/**
 * One RFC 4180 cell. A cell a spreadsheet would read as a formula (= + - @, or a leading tab/CR
 * that some apps strip first) gets a leading apostrophe (OWASP "CSV injection").
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export interface CsvOptions {
  /** IANA zone for the date-time columns (the runtime's zone when omitted). */
  timeZone?: string;
}

function dateTime(at: number | undefined, timeZone: string | undefined): string | undefined {
  if (at === undefined) return undefined;
  // sv-SE formats as "2026-09-15 14:03:00", which Excel reads as a date-time.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** Minor units as a decimal with two places (CNY, USD). */
function money(minor: number | undefined): string | undefined {
  if (minor === undefined) return undefined;
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

export const CALL_COLUMNS = [
  'id',
  'accountKey',
  'startedAt',
  'endedAt',
  'packId',
  'packVersion',
  'segmentId',
  'disposition',
  'dispositionAt',
  'callbackAt',
  'reason',
  'promiseAmount',
  'promiseDate',
  'planType',
  'planSummary',
  'answered',
  'conversation',
  'objections',
  'flags',
] as const;

export const NOTE_COLUMNS = [
  'id',
  'accountKey',
  'callId',
  'createdAt',
  'updatedAt',
  'text',
  'masked',
] as const;

/** Two CSV files (calls, notes), each UTF-8 with BOM so Excel reads the Chinese text. */
export async function exportCsv(
  db: CallAssistDB,
  range: DateRange,
  options: CsvOptions = {},
): Promise<{ calls: string; notes: string }> {
  const { timeZone } = options;
  const { calls, notes } = await rowsInRange(db, range);
  const callRows = calls.map((call) => [
    call.id,
    call.accountKey,
    dateTime(call.startedAt, timeZone),
    dateTime(call.endedAt, timeZone),
    call.packId,
    call.packVersion,
    call.segmentId,
    call.disposition?.id,
    dateTime(call.disposition?.at, timeZone),
    call.disposition?.callbackAt,
    call.disposition?.reason,
    money(call.promise?.amount),
    call.promise?.date,
    call.plan?.type,
    call.plan?.summary,
    call.answered,
    call.conversation,
    call.objections.map((objection) => objection.objectionId).join(' '),
    call.flags.map((flag) => flag.flag).join(' '),
  ]);
  const noteRows = notes.map((note) => [
    note.id,
    note.accountKey,
    note.callId,
    dateTime(note.createdAt, timeZone),
    dateTime(note.updatedAt, timeZone),
    note.text,
    note.masked.map((mask) => `${mask.kind}:${mask.count}`).join(' '),
  ]);
  return { calls: csvTable(CALL_COLUMNS, callRows), notes: csvTable(NOTE_COLUMNS, noteRows) };
}

// ---- Import ---------------------------------------------------------------------------------

export interface ImportCounts {
  calls: number;
  notes: number;
}

const refused = (zh: string, en: string): LocalizedText => ({
  zh: `未导入，数据没有任何改动：${zh}`,
  en: `Nothing was imported or changed: ${en}`,
});

/** Parses and checks an export file; the reason it is refused otherwise. */
export function parseExportFile(
  text: string,
): { ok: true; file: ExportFile } | { ok: false; message: LocalizedText } {
  if (text.length > IMPORT_MAX_CHARS) {
    return { ok: false, message: refused('文件过大。', 'the file is too large.') };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
  } catch {
    return { ok: false, message: refused('文件不是有效的 JSON。', 'the file is not valid JSON.') };
  }
  const format =
    typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format !== EXPORT_FORMAT) {
    const seen = typeof format === 'string' ? format.slice(0, 80) : '—';
    return {
      ok: false,
      message: refused(
        `这不是本扩展导出的文件（格式 ${seen}，应为 ${EXPORT_FORMAT}）。`,
        `this is not a Call Assist export (format ${seen}, expected ${EXPORT_FORMAT}).`,
      ),
    };
  }
  const parsed = exportFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
    return { ok: false, message: refused(`文件内容无效（${where}）。`, `the file is not valid (${where}).`) };
  }
  for (const [table, rows] of [
    ['calls', parsed.data.calls],
    ['notes', parsed.data.notes],
  ] as const) {
    const ids = new Set<string>();
    for (const row of rows) {
      if (ids.has(row.id)) {
        return {
          ok: false,
          message: refused(`${table} 中的 ${row.id} 出现了两次。`, `${table} holds ${row.id} twice.`),
        };
      }
      ids.add(row.id);
    }
  }
  return { ok: true, file: parsed.data };
}

/**
 * Merges a JSON export into the database in one transaction. Rows whose id is already stored are
 * skipped (the local copy wins); a broken or foreign file changes nothing and says why. Imported
 * text is masked like typed text (a hand-made file may hold anything).
 */
export function importJson(
  db: CallAssistDB,
  text: string,
): Promise<WriteResult<{ added: ImportCounts; skipped: ImportCounts }>> {
  return attemptWrite(async () => {
    const parsed = parseExportFile(text);
    if (!parsed.ok) throw new RefusedWrite(parsed.message);
    const { calls, notes } = parsed.file;
    return db.transaction('rw', db.calls, db.notes, async () => {
      const existingCalls = await db.calls.bulkGet(calls.map((call) => call.id));
      const existingNotes = await db.notes.bulkGet(notes.map((note) => note.id));
      const newCalls = calls.filter((_, index) => existingCalls[index] === undefined).map(maskCallFields);
      const newNotes = notes.filter((_, index) => existingNotes[index] === undefined).map(upgradeNoteV4);
      await db.calls.bulkAdd(newCalls);
      await db.notes.bulkAdd(newNotes);
      return {
        added: { calls: newCalls.length, notes: newNotes.length },
        skipped: { calls: calls.length - newCalls.length, notes: notes.length - newNotes.length },
      };
    });
  });
}
