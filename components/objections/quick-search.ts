/**
 * The search used for the moment between opening the section and the full index arriving (the
 * index needs pinyin-pro, loaded as its own chunk so the panel's first paint stays small): plain
 * substring matching on titles and triggers, which already answers Chinese and English typed as
 * written. Empty query: the same suggestion order as the library (current phase, then use). A
 * speaker who names themself as a third party gets the third-party card first, as in the full search.
 */
import { crisisSignal } from '@/lib/objections/crisis-signals';
import { liftOf } from '@/lib/objections/lift';
import { normalizeText } from '@/lib/objections/normalize';
import { queryText } from '@/lib/objections/query-text';
import type { ObjectionResult, SearchOptions } from '@/lib/objections/search';
import { forThirdParty, introducesThirdParty, leadWith } from '@/lib/objections/third-party-speaker';
import type { Objection } from '@/lib/pack/schema';
import { foldText } from '@/lib/text/fold';

/** Above every substring match (tier × 1e6), as in the full search's ranking. */
const CRISIS_FIRST = 1e8;

// The one folding (width, case, 您→你, invisible characters), then spaces dropped: a query typed
// with or without spaces finds the same substring.
const fold = (text: string) => foldText(text).replace(/\s+/g, '');

export function quickSearch(
  objections: readonly Objection[],
  query: string,
  options: SearchOptions = {},
): ObjectionResult[] {
  const limit = options.limit ?? 9;
  const q = fold(query);
  // Crisis first, even before the index arrives (issue 11 §2): the lexicon, not the pack's triggers.
  const signal = q === '' ? null : crisisSignal(query);
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
    if (signal !== null && objection.severity === 'crisis') {
      const lift = signal === 'strong' ? CRISIS_FIRST : 0;
      best = best ?? {
        objection,
        score: tieBreak,
        match: { field: 'title', kind: 'overlap', text: objection.title },
      };
      best = { ...best, score: best.score + lift };
    }
    if (best !== null) ranked.push(best);
  });
  const top = ranked.sort((a, b) => b.score - a.score).slice(0, limit);
  // A weak signal keeps the crisis cards in the list, last if need be.
  for (const result of ranked) {
    if (signal === null || result.objection.severity !== 'crisis' || top.includes(result)) continue;
    const drop = top.findLastIndex((r) => r.objection.severity !== 'crisis');
    if (drop >= 0) top.splice(drop, 1, result);
  }
  if (q !== '' && introducesThirdParty(queryText(normalizeText(query))))
    speakToTheThirdParty(objections, top, limit);
  return top;
}

const isCrisis = (result: ObjectionResult) => result.objection.severity === 'crisis';

/**
 * The full search's rule (ranking.ts speakToTheThirdParty, DOMAIN.md §3: the agent tells a third
 * party nothing of the debt): the best third-party-stage card in the list leads, behind a crisis
 * card. A substring rarely matches a sentence (我是他妈，他住院了), which the full search's overlap
 * matches through the introduction: here the introduction stands for that match, and the pack's
 * first third-party card that leads to no flag (a report such as a death needs the concepts the
 * quick search lacks) is offered, as a crisis signal offers the crisis cards.
 */
function speakToTheThirdParty(objections: readonly Objection[], top: ObjectionResult[], limit: number): void {
  let card = top.find((r) => forThirdParty(r.objection));
  if (card === undefined) {
    const objection = objections.find((o) => forThirdParty(o) && o.leadsTo?.flag === undefined);
    if (objection === undefined) return;
    card = { objection, score: 0, match: { field: 'title', kind: 'overlap', text: objection.title } };
    if (top.length >= limit) {
      const drop = top.findLastIndex((r) => !isCrisis(r));
      if (drop < 0) return;
      top.splice(drop, 1);
    }
    top.push(card);
  }
  leadWith(top, card, isCrisis);
}
