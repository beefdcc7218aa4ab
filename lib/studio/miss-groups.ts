/**
 * Search misses grouped for the quality lead (issue 17 item 7): the same question typed in several
 * ways is one group. Queries are compared by their folded form (the one folding, lib/text/fold.ts)
 * without spaces, punctuation or a final particle (吗/呢/吧/啊…), and a group also takes queries one
 * edit away (a typo) once they are four characters or longer. Each group says how often, in which
 * phases, which card agents opened in the end, and whether the draft's triggers already cover it.
 */
import type { Phase } from '../pack/schema';
import { foldText } from '../text/fold';
import { asList, asText, child, type Edited, setAt } from './edit';
import type { Miss } from './misses';

const NOISE = /[\p{P}\p{S}\p{Z}\s]+/gu;
const FINAL_PARTICLES = /[吗嘛呢吧啊呀哦么啦]+$/u;
/** Shorter keys differ by meaning with one character (还了 / 还款), so only longer ones merge. */
const NEAR_MIN_LENGTH = 4;

/** The comparison form of a query or a trigger. */
export function missKey(query: string): string {
  const bare = foldText(query).replace(NOISE, '');
  const trimmed = bare.replace(FINAL_PARTICLES, '');
  return trimmed === '' ? bare : trimmed;
}

/** Whether two keys are at most one insertion, deletion or substitution apart (linear). */
export function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return x.length - i - j <= 1 && y.length - i - j <= 1;
}

export interface MissGroup {
  key: string;
  /** The wording agents typed most often. */
  query: string;
  /** Every distinct wording, most frequent first. */
  variants: string[];
  count: number;
  none: number;
  weak: number;
  phases: [Phase, number][];
  /** Card ids agents opened in the end, most often first. */
  opened: [string, number][];
  first: string;
  last: string;
}

const ranked = <T extends string>(counts: Map<T, number>): [T, number][] =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const bump = <T>(counts: Map<T, number>, key: T, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);

interface Bucket {
  key: string;
  misses: Miss[];
}

/** Groups, largest first. */
export function groupMisses(misses: readonly Miss[]): MissGroup[] {
  const exact = new Map<string, Miss[]>();
  for (const miss of misses) {
    const key = missKey(miss.query);
    if (key === '') continue;
    const list = exact.get(key);
    if (list) list.push(miss);
    else exact.set(key, [miss]);
  }
  // The most frequent wording becomes a group's head; a rarer one a typo away joins it.
  const buckets: Bucket[] = [];
  for (const [key, list] of [...exact].sort((a, b) => b[1].length - a[1].length)) {
    const home =
      [...key].length >= NEAR_MIN_LENGTH
        ? buckets.find((b) => [...b.key].length >= NEAR_MIN_LENGTH && oneEditApart(b.key, key))
        : undefined;
    if (home) home.misses.push(...list);
    else buckets.push({ key, misses: [...list] });
  }
  return buckets.map(summarize).sort((a, b) => b.count - a.count || (a.query < b.query ? -1 : 1));
}

function summarize({ key, misses }: Bucket): MissGroup {
  const wordings = new Map<string, number>();
  const phases = new Map<Phase, number>();
  const opened = new Map<string, number>();
  let none = 0;
  const dates = misses.map((m) => m.date).sort();
  for (const miss of misses) {
    bump(wordings, miss.query.trim());
    if (miss.reason === 'none') none++;
    if (miss.phase) bump(phases, miss.phase);
    if (miss.opened) bump(opened, miss.opened);
  }
  const variants = ranked(wordings).map(([q]) => q);
  return {
    key,
    query: variants[0] ?? '',
    variants,
    count: misses.length,
    none,
    weak: misses.length - none,
    phases: ranked(phases),
    opened: ranked(opened),
    first: dates[0] ?? '',
    last: dates.at(-1) ?? '',
  };
}

export interface DraftCard {
  index: number;
  id: string;
  title: string;
  triggerKeys: Set<string>;
}

/** The draft's objections as the tab needs them, read tolerantly from a half-valid draft. */
export function draftCards(value: unknown): DraftCard[] {
  return asList(child(value, 'objections')).map((o, index) => ({
    index,
    id: asText(child(o, 'id')),
    title: asText(child(o, 'title')) || `#${index + 1}`,
    triggerKeys: new Set(
      asList(child(o, 'triggers')).flatMap((t) => (typeof t === 'string' ? [missKey(t)] : [])),
    ),
  }));
}

/** The card whose triggers already hold one of the group's wordings. */
export function coveringCard(group: MissGroup, cards: readonly DraftCard[]): DraftCard | undefined {
  const keys = new Set(group.variants.map(missKey));
  return cards.find((card) => [...keys].some((k) => card.triggerKeys.has(k)));
}

/** The default card for "add as trigger": the one agents opened most that the draft still has. */
export function suggestedCard(group: MissGroup, cards: readonly DraftCard[]): DraftCard | undefined {
  for (const [id] of group.opened) {
    const card = cards.find((c) => c.id === id);
    if (card) return card;
  }
  return undefined;
}

/** The draft with `query` added to the card's triggers (unchanged when a trigger already says it). */
export function addTrigger(text: string, value: unknown, index: number, query: string): Edited {
  const objection = asList(child(value, 'objections'))[index];
  const triggers = asList(child(objection, 'triggers')).filter((t): t is string => typeof t === 'string');
  if (triggers.some((t) => missKey(t) === missKey(query))) return text;
  return setAt(text, ['objections', index, 'triggers'], [...triggers, query.trim()]);
}
