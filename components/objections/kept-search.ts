/** The search as the agent left it (query, open card), kept for a reloaded panel (live-call walk 10). */
import { z } from 'zod';

export interface SearchState {
  query: string;
  openId: string | null;
  /**
   * The query already written to the search-miss log: a search restored after reopening the panel
   * is the same agent action, never a second miss (live-call walk 11).
   */
  logged?: string;
}

export const NO_SEARCH: SearchState = { query: '', openId: null };

export const searchStateSchema: z.ZodType<SearchState> = z.object({
  query: z.string().max(2_000),
  openId: z.string().max(128).nullable(),
  logged: z.string().max(2_000).optional(),
});
