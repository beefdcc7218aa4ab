/**
 * Issue 11 §4: a trigger is what a customer says, and it must point to exactly one objection card.
 * Finds, in one pack, the triggers that could point to two: the same words in two cards (as the
 * search compares them: folded, normalised, and with particles, filler and relatives reduced),
 * a trigger that is another card's title, a trigger said whole inside another card's trigger or
 * title, and a trigger that, typed as a query, does not put its own card first or ties with another.
 */
import { isHan, normalizeText, splitParts, wordsOf } from '../../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { KIN, reduceHan, reduceWord } from '../../../lib/objections/spoken';
import type { Objection } from '../../../lib/pack/schema';

interface Phrase {
  card: string;
  text: string;
  field: 'title' | 'trigger';
  /** The words as the search compares them (normalizeText, then spoken.ts reductions). */
  words: string[];
  reduced: string[];
}

function phraseOf(card: string, text: string, field: Phrase['field']): Phrase {
  const words = wordsOf(normalizeText(text));
  const reduced = words.map((w) => (isHan(w) ? reduceHan(w) : reduceWord(w))).filter((w) => w !== '');
  return { card, text, field, words, reduced };
}

/** Han words are compared by characters, Latin words whole: "i'm at work" holds "at work", not "a". */
function holds(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0) return false;
  const pad = (ws: readonly string[]) =>
    ` ${ws.map((w) => (isHan(w) ? Array.from(w).join(' ') : w)).join(' ')} `;
  return pad(outer).includes(pad(inner));
}

const shown = (p: Phrase) => `${p.card}: ${p.text}`;

/** Every problem as one readable line; an empty list is a pack whose triggers each point to one card. */
export function triggerAmbiguities(objections: readonly Objection[]): string[] {
  // A trigger cut by punctuation is several alternatives to the search (normalize.ts): each counts.
  const phrases: Phrase[] = objections.flatMap((o) => [
    ...splitParts(o.title).map((part) => phraseOf(o.id, part, 'title')),
    ...o.triggers.flatMap((t) => splitParts(t).map((part) => phraseOf(o.id, part, 'trigger'))),
  ]);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of phrases.filter((x) => x.field === 'trigger')) {
    const key = `${p.card} ${p.words.join(' ')}`;
    if (seen.has(key)) problems.push(`repeated in its card: ${shown(p)}`);
    seen.add(key);
  }
  for (const [i, a] of phrases.entries()) {
    if (a.field !== 'trigger') continue;
    for (const [j, b] of phrases.entries()) {
      if (a.card === b.card) continue;
      // A pair of triggers is reported once (i < j); a trigger and a title always.
      const once = b.field === 'title' || i < j;
      if (a.words.join(' ') === b.words.join(' ')) {
        if (b.field === 'title') problems.push(`another card's title: ${shown(a)} | ${shown(b)}`);
        else if (once) problems.push(`in two cards: ${shown(a)} | ${shown(b)}`);
      } else if (a.reduced.join(' ') === b.reduced.join(' ') && a.reduced.length > 0) {
        // 我是他爸 and 我是他老婆 differ only in the relative, which the search treats alike on
        // purpose (spoken.ts); typed whole, each still finds its own card first (checked below).
        const relativesOnly = a.reduced.some((w) => w.includes(KIN));
        if (!relativesOnly && once) problems.push(`same once reduced: ${shown(a)} | ${shown(b)}`);
      } else if (holds(b.words, a.words) || holds(b.reduced, a.reduced)) {
        problems.push(`said inside another card's ${b.field}: ${shown(a)} ⊂ ${shown(b)}`);
      }
    }
  }
  const index = buildObjectionIndex(objections);
  for (const p of phrases) {
    if (p.field !== 'trigger') continue;
    const [first, second] = searchObjections(index, p.text.trim());
    if (first?.objection.id !== p.card) {
      problems.push(`typed, finds ${first?.objection.id ?? 'nothing'} first: ${shown(p)}`);
    } else if (
      second &&
      second.match?.kind === first.match?.kind &&
      second.match?.field === first.match?.field
    ) {
      problems.push(`typed, ties with ${second.objection.id} (${second.match?.kind}): ${shown(p)}`);
    }
  }
  return problems;
}
