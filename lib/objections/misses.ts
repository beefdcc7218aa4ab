/**
 * The search-miss log (issue 11 §3): searches that found nothing, or only weak matches (a partial
 * overlap or a near spelling), are kept locally so a quality lead can add the triggers the packs
 * lack. The query is masked like a note (lib/db/redact.ts) before it is stored; the export holds
 * no account, call, agent or time of day: the masked query, the phase, the card opened, the date.
 */

import { type SearchMissRecord, searchMissRecordSchema } from '../db/records';
import { redactText } from '../db/redact';
import type { CallAssistDB } from '../db/schema';
import type { ObjectionResult } from './search';

export const MISS_FORMAT = 'call-assist/search-misses@1';
/** Oldest entries go beyond this: the log is a sample for pack authors, not a history. */
export const MAX_MISSES = 2_000;
const MAX_QUERY = 200;

/** 'none' when nothing matched, 'weak' when the best is only a partial overlap or a near spelling. */
export function missReason(results: readonly ObjectionResult[]): SearchMissRecord['reason'] | null {
  const best = results[0]?.match;
  if (best === undefined || best === null) return 'none';
  return best.kind === 'overlap' || best.kind === 'fuzzy' ? 'weak' : null;
}

export interface MissInput {
  query: string;
  reason: SearchMissRecord['reason'];
  phase?: string;
  openedId?: string;
}

export async function recordMiss(db: CallAssistDB, input: MissInput, at: number = Date.now()): Promise<void> {
  const query = redactText(input.query.trim().slice(0, MAX_QUERY)).text;
  if (query === '') return;
  const row: SearchMissRecord = searchMissRecordSchema.parse({
    id: crypto.randomUUID(),
    at,
    query,
    reason: input.reason,
    ...(input.phase === undefined ? {} : { phase: input.phase }),
    ...(input.openedId === undefined ? {} : { openedId: input.openedId }),
  });
  await db.transaction('rw', db.searchMisses, async () => {
    await db.searchMisses.add(row);
    const extra = (await db.searchMisses.count()) - MAX_MISSES;
    if (extra > 0) await db.searchMisses.orderBy('at').limit(extra).delete();
  });
}

export interface MissExport {
  format: typeof MISS_FORMAT;
  count: number;
  misses: {
    date: string;
    query: string;
    reason: SearchMissRecord['reason'];
    phase?: string;
    opened?: string;
  }[];
}

/** The log as a file for pack authors: rows that do not parse are left out, the query masked again. */
export async function exportMisses(db: CallAssistDB): Promise<MissExport> {
  const rows: unknown[] = await db.searchMisses.orderBy('at').toArray();
  const misses: MissExport['misses'] = [];
  for (const raw of rows) {
    const parsed = searchMissRecordSchema.safeParse(raw);
    if (!parsed.success) continue;
    const row = parsed.data;
    misses.push({
      date: new Date(row.at).toISOString().slice(0, 10),
      // Masked on write; masked again in case the masking has learnt more since.
      query: redactText(row.query).text,
      reason: row.reason,
      ...(row.phase === undefined ? {} : { phase: row.phase }),
      ...(row.openedId === undefined ? {} : { opened: row.openedId }),
    });
  }
  return { format: MISS_FORMAT, count: misses.length, misses };
}
