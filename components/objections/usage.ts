/**
 * This agent's past use of each objection, for lifting the ones they reach for most. The database
 * is the agent's own (nothing leaves the machine), so every call in it is theirs; only the most
 * recent calls are read, which keeps the lift current and the read small.
 */
import type { CallAssistDB } from '@/lib/db';

export const USAGE_CALLS = 500;

export async function objectionUsage(
  db: CallAssistDB,
  limit: number = USAGE_CALLS,
): Promise<Record<string, number>> {
  const rows: unknown[] = await db.calls.orderBy('startedAt').reverse().limit(limit).toArray();
  // No prototype: an id such as "constructor" must count like any other.
  const usage: Record<string, number> = Object.create(null);
  for (const row of rows) {
    // Rows are read raw here (counting only): anything that is not the expected shape is skipped.
    const used = (row as { objections?: unknown }).objections;
    if (!Array.isArray(used)) continue;
    for (const entry of used) {
      const id = (entry as { objectionId?: unknown } | null)?.objectionId;
      if (typeof id === 'string') usage[id] = (Object.hasOwn(usage, id) ? (usage[id] ?? 0) : 0) + 1;
    }
  }
  return usage;
}
