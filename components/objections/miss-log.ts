/**
 * Records searches that found nothing or only weak matches (issue 11 §3). Only the query the agent
 * ended on counts: each keystroke replaces the pending entry, a good match drops it, and it is
 * written when the agent opens a card from it (with that card), clears the search, or leaves.
 * Once per query the agent typed: the query written is kept with the search (`kept`), so the same
 * search restored after reopening or reloading the panel, or after a section switch, is not
 * written again (live-call walk 11).
 */
import { useEffect, useRef } from 'react';
import type { ListedResult } from '@/lib/objections/fallback';
import { type MissInput, missReason } from '@/lib/objections/misses';

export function useMissLog(
  /** Where a miss goes (`useWrites().recordMiss`): the database, or nowhere in the Studio's preview. */
  recordMiss: (input: MissInput) => Promise<void>,
  query: string,
  results: readonly ListedResult[],
  phase?: string,
  /** Where the written query is kept beyond this mount (the panel's kept search). */
  kept?: { logged: string | undefined; onLogged: (query: string) => void },
) {
  const pending = useRef<MissInput | null>(null);
  // The query already written (opened from): not pending again until it changes.
  const written = useRef<string | null>(null);
  const keptLogged = kept?.logged;
  const onLogged = useRef(kept?.onLogged);
  onLogged.current = kept?.onLogged;
  const flush = (openedId?: string) => {
    const entry = pending.current;
    pending.current = null;
    if (entry) {
      written.current = entry.query;
      onLogged.current?.(entry.query);
    }
    // A failed write must not disturb the call: the log is a help for pack authors.
    if (entry)
      void recordMiss(openedId === undefined ? entry : { ...entry, openedId }).catch(() => undefined);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: flush reads refs only
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      flush();
      written.current = null;
      return;
    }
    if (trimmed === written.current || trimmed === keptLogged) return;
    const reason = missReason(results.filter((r) => r.source === 'match'));
    pending.current =
      reason === null ? null : { query: trimmed, reason, ...(phase === undefined ? {} : { phase }) };
  }, [query, results, phase, keptLogged]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: written once, when the section goes
  useEffect(() => () => flush(), []);
  return { opened: (objectionId: string) => flush(objectionId) };
}
