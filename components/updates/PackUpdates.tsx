import type { Pack } from '@/lib/pack/schema';

/** What changed in a newly activated pack, and the last sync's result (issue 8 fills it). */
export function PackUpdates(_props: { pack: Pack }) {
  return null;
}
