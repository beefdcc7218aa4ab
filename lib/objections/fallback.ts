/**
 * Never an empty list while the agent types (issue 11 §1): when the query matches nothing, the
 * list shows the last results that did match (the agent is still typing the sentence), then the
 * objections closest to the query, then the ones likely at this stage, each labelled for what it
 * is, without repeats.
 */
import type { ObjectionResult } from './search';

/** The search's default limit (search.ts), here so the panel need not load the search for it. */
export const FALLBACK_LIMIT = 9;

export const RESULT_SOURCES = ['match', 'kept', 'closest', 'likely'] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];

export interface ListedResult extends ObjectionResult {
  source: ResultSource;
}

export interface Fallbacks {
  /** The last non-empty results of this typing, if any. */
  kept: readonly ObjectionResult[];
  closest: readonly ObjectionResult[];
  likely: readonly ObjectionResult[];
}

export function neverEmpty(
  matches: readonly ObjectionResult[],
  fallbacks: Fallbacks,
  limit: number,
): ListedResult[] {
  if (matches.length > 0) return matches.map((r) => ({ ...r, source: 'match' }));
  const out: ListedResult[] = [];
  const seen = new Set<string>();
  const groups: [ResultSource, readonly ObjectionResult[]][] = [
    ['kept', fallbacks.kept],
    ['closest', fallbacks.closest],
    ['likely', fallbacks.likely],
  ];
  for (const [source, list] of groups) {
    for (const result of list) {
      if (out.length >= limit) return out;
      if (seen.has(result.objection.id)) continue;
      seen.add(result.objection.id);
      out.push({ ...result, source });
    }
  }
  return out;
}
