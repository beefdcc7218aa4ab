/**
 * How much the agent's stage and own use lift an objection, on top of how well it matched: one
 * rule for the full search and for the quick search that answers before the index arrives, so a
 * list does not reorder when the index takes over. Kept apart from the ranking so the quick
 * search's light chunk does not pull in the index code.
 */
import type { Objection } from '../pack/schema';
import type { SearchOptions } from './ranking';

/** A card listed for the current stage outranks any amount of use. */
export const PHASE_LIFT = 50;
export const MAX_USAGE_LIFT = 49;

export function liftOf(objection: Objection, options: SearchOptions): number {
  let lift = 0;
  if (options.phase !== undefined && objection.stages?.includes(options.phase)) lift += PHASE_LIFT;
  const usage = options.usage;
  const used = usage !== undefined && Object.hasOwn(usage, objection.id) ? usage[objection.id] : 0;
  if (typeof used === 'number' && Number.isFinite(used) && used > 0) {
    // Logarithmic: the tenth use of a card counts, the hundredth barely more than the ninetieth.
    lift += Math.min(MAX_USAGE_LIFT, Math.round(10 * Math.log2(1 + used)));
  }
  return lift;
}
