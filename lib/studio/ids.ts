/**
 * Ids a lead never types (issue 17 Studio conventions): a new segment, script, stage, line or
 * answer gets one made from its title. Latin letters and digits of the folded title make it
 * readable in the JSON; a title with none (中文) falls back to `item`; a number keeps it unique.
 */
import { foldText } from '../text/fold';

/** idSchema's limit (lib/pack/schema.ts LIMITS.id), less room for the `-N` suffix. */
const MAX_STEM = 56;

/** An id for `title` that no id in `taken` has and that lib/pack/schema.ts's idSchema accepts. */
export function newId(title: string, taken: ReadonlySet<string>): string {
  const stem =
    foldText(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_STEM)
      .replace(/-+$/, '') || 'item';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}
