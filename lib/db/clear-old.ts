/**
 * Clearing records older than a date, after the agent exported them (issue 16 §7): the way out of
 * a full browser storage that the quota message points to.
 */
import { attemptWrite, type WriteResult } from './errors';
import type { PurgeCounts } from './retention';
import type { CallAssistDB } from './schema';

/** Deletes calls started, notes written and drafts last touched before `before` (epoch ms), in one transaction. */
export function clearBefore(
  db: CallAssistDB,
  before: number,
): Promise<WriteResult<{ deleted: PurgeCounts }>> {
  return attemptWrite(() =>
    db.transaction('rw', db.calls, db.notes, db.drafts, async () => {
      const calls = await db.calls.where('startedAt').below(before).delete();
      const notes = await db.notes.where('createdAt').below(before).delete();
      const drafts = await db.drafts.where('updatedAt').below(before).delete();
      return { deleted: { calls, notes, drafts } };
    }),
  );
}
