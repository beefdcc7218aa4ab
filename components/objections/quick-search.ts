/**
 * The search used for the moment between opening the section and the full index arriving (the
 * index needs pinyin-pro, loaded as its own chunk so the panel's first paint stays small): plain
 * substring matching on titles and triggers, which already answers Chinese and English typed as
 * written. Empty query: the same suggestion order as the library (current phase, then use).
 */
import type { ObjectionResult, SearchOptions } from '@/lib/objections/search';
import type { Objection } from '@/lib/pack/schema';

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

function liftOf(objection: Objection, options: SearchOptions): number {
  const phase = options.phase !== undefined && objection.stages?.includes(options.phase) ? 1000 : 0;
  const used = options.usage && Object.hasOwn(options.usage, objection.id) ? options.usage[objection.id] : 0;
  return phase + Math.min(999, typeof used === 'number' && used > 0 ? used : 0);
}

export function quickSearch(
  objections: readonly Objection[],
  query: string,
  options: SearchOptions = {},
): ObjectionResult[] {
  const limit = options.limit ?? 9;
  const q = fold(query);
  const ranked: ObjectionResult[] = [];
  objections.forEach((objection, order) => {
    const tieBreak = -order / 1e6;
    if (q === '') {
      ranked.push({ objection, score: liftOf(objection, options) + tieBreak, match: null });
      return;
    }
    const texts = [objection.title, ...objection.triggers];
    let best: ObjectionResult | null = null;
    texts.forEach((text, i) => {
      const folded = fold(text);
      const at = folded.indexOf(q);
      if (at < 0) return;
      const kind = folded === q ? 'exact' : at === 0 ? 'prefix' : 'substring';
      const tier = kind === 'exact' ? 3 : kind === 'prefix' ? 2 : 1;
      const score = tier * 1e6 + (i === 0 ? 1e5 : 0) + liftOf(objection, options) + tieBreak;
      if (best === null || score > best.score) {
        best = { objection, score, match: { field: i === 0 ? 'title' : 'trigger', kind, text } };
      }
    });
    if (best !== null) ranked.push(best);
  });
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}
