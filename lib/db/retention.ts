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

/** Deletes calls started before `calls` and notes (and drafts) written before `notes` (epoch ms), in one transaction. */
export function deleteBefore(
  db: CallAssistDB,
  before: { calls: number; notes: number },
): Promise<WriteResult<{ deleted: PurgeCounts }>> {
  return attemptWrite(() =>
    db.transaction('rw', db.calls, db.notes, db.drafts, async () => {
      const calls = await db.calls.where('startedAt').below(before.calls).delete();
      const notes = await db.notes.where('createdAt').below(before.notes).delete();
      const drafts = await db.drafts.where('updatedAt').below(before.notes).delete();
      return { deleted: { calls, notes, drafts } };
    }),
  );
}

/** Deletes what is older than the retention days. */
export function purgeExpired(
  db: CallAssistDB,
  days: RetentionDays,
  now: number = Date.now(),
): Promise<WriteResult<{ deleted: PurgeCounts }>> {
  return deleteBefore(db, { calls: now - days.callsDays * DAY_MS, notes: now - days.notesDays * DAY_MS });
}

/**
 * Clears records older than a date after the agent exported them (issue 16 §7): the way out of a
 * full browser storage that the quota message points to.
 */
export function clearBefore(
  db: CallAssistDB,
  before: number,
): Promise<WriteResult<{ deleted: PurgeCounts }>> {
  return deleteBefore(db, { calls: before, notes: before });
}
