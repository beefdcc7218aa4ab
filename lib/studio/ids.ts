/**
 * Ids for what a lead adds in the Studio (issue 17: the lead sees titles, never ids). An id is
 * made from the title — Chinese through its toneless pinyin — so the source view stays readable,
 * and made unique against the ids already taken.
 */
import { pinyin } from 'pinyin-pro';
import { LIMITS } from '@/lib/pack/schema';
import { foldText } from '@/lib/text/fold';

const HAN = /\p{Script=Han}/u;
/** Room for a "-99" suffix within the schema's id limit. */
const STEM_MAX = LIMITS.id - 8;

function stemOf(title: string): string {
  const folded = foldText(title);
  const spelled = HAN.test(folded)
    ? pinyin(folded, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('-')
    : folded;
  const slug = spelled
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, STEM_MAX)
    .replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

/** A schema-valid id from `title`, not in `taken` (`-2`, `-3`… appended when needed). */
export function newId(title: string, taken: ReadonlySet<string>): string {
  const stem = stemOf(title);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
