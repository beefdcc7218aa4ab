/**
 * The pack's retention rule (PIPL art. 19: shortest retention necessary): notes and calls older
 * than its days are deleted, on start and daily (the background calls purgeExpired).
 */
import type { Rule } from '../pack/schema';
import { DAY_MS } from './dates';
import { attemptWrite, type WriteResult } from './errors';
import type { CallAssistDB } from './schema';

export interface RetentionDays {
  notesDays: number;
  callsDays: number;
}

/** The pack's retention rule, if it has one (the shortest, if it has several). */
export function retentionOf(rules: readonly Rule[]): RetentionDays | undefined {
  let result: RetentionDays | undefined;
  for (const rule of rules) {
    if (rule.type !== 'retention') continue;
    result = {
      notesDays: Math.min(rule.notesDays, result?.notesDays ?? Number.POSITIVE_INFINITY),
      callsDays: Math.min(rule.callsDays, result?.callsDays ?? Number.POSITIVE_INFINITY),
    };
  }
  return result;
}

export interface PurgeCounts {
  calls: number;
  notes: number;
  /** Drafts untouched for longer than notes are kept: they hold note text too. */
  drafts: number;
}

/** Deletes what is older than the retention days, in one transaction. */
export function purgeExpired(
  db: CallAssistDB,
  days: RetentionDays,
  now: number = Date.now(),
): Promise<WriteResult<{ deleted: PurgeCounts }>> {
  const notesBefore = now - days.notesDays * DAY_MS;
  const callsBefore = now - days.callsDays * DAY_MS;
  return attemptWrite(() =>
    db.transaction('rw', db.calls, db.notes, db.drafts, async () => {
      const calls = await db.calls.where('startedAt').below(callsBefore).delete();
      const notes = await db.notes.where('createdAt').below(notesBefore).delete();
      const drafts = await db.drafts.where('updatedAt').below(notesBefore).delete();
      return { deleted: { calls, notes, drafts } };
    }),
  );
}
