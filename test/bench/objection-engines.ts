/**
 * The engines the objection benchmark compares (issue 11): this search, and fuse.js and
 * minisearch each with their library defaults and with the best settings found for customer
 * sentences. "Best" gets what this search has too: the pinyin of titles and triggers as extra
 * fields (pinyin-pro, in context), field weights, and for minisearch Chinese cut into characters
 * and bigrams, prefix and one-typo matching, and OR over the query's tokens (a sentence never has
 * all its words in one trigger; AND found less).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { pinyin } from 'pinyin-pro';
import { normalizeText } from '../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../lib/objections/search';
import type { Objection } from '../../lib/pack/schema';

export const LIMIT = 9;
/**
 * The day the benchmark's calls are made: the search reads a year the customer says ("since 2012")
 * against the day of the call it is given, never against the clock, so the figures do not drift.
 */
export const CALL_DAY = '2026-11-28';

export type Search = (query: string) => string[];
export interface Engine {
  name: string;
  build: (objections: readonly Objection[]) => Search;
}

export const thisSearch: Engine = {
  name: 'this search',
  build: (objections) => {
    const index = buildObjectionIndex(objections);
    return (query) =>
      searchObjections(index, query, { limit: LIMIT, today: CALL_DAY }).map((r) => r.objection.id);
  },
};

const headTexts = (o: Objection) => [o.title, ...o.triggers];

/** Full pinyin and initials of each Chinese title and trigger, and of every suffix of them. */
function pinyinOf(texts: readonly string[]): { full: string[]; initials: string[] } {
  const full: string[] = [];
  const initials: string[] = [];
  for (const text of texts) {
    const normal = normalizeText(text);
    if (!normal.hasHan) continue;
    const syllables = pinyin(normal.compact, { toneType: 'none', type: 'array', v: true });
    for (let i = 0; i < syllables.length; i++) {
      full.push(syllables.slice(i).join(''));
      initials.push(
        syllables
          .slice(i)
          .map((s) => s[0] ?? '')
          .join(''),
      );
    }
  }
  return { full, initials };
}

/** Han runs as characters and bigrams (both libraries split on spaces only), Latin as words. */
export function hanAwareTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/\p{Script=Han}+|[\p{L}\p{N}']+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) {
      tokens.push(run.replace(/'/g, ''));
      continue;
    }
    const chars = Array.from(run);
    chars.forEach((char, i) => {
      tokens.push(char);
      if (i + 1 < chars.length) tokens.push(char + chars[i + 1]);
    });
  }
  return tokens;
}

const plainDoc = (o: Objection) => ({
  id: o.id,
  title: o.title,
  triggers: o.triggers,
  say: o.say,
  do: o.do ?? [],
});

export const fuseDefaults: Engine = {
  name: 'fuse.js 7, defaults',
  build: (objections) => {
    const fuse = new Fuse(objections.map(plainDoc), { keys: ['title', 'triggers', 'say', 'do'] });
    return (query) => fuse.search(query, { limit: LIMIT }).map((r) => r.item.id);
  },
};

export const fuseBest: Engine = {
  name: 'fuse.js 7, best',
  build: (objections) => {
    const docs = objections.map((o) => {
      const { full, initials } = pinyinOf(headTexts(o));
      return { ...plainDoc(o), py: full, initials };
    });
    const fuse = new Fuse(docs, {
      keys: [
        { name: 'title', weight: 3 },
        { name: 'triggers', weight: 3 },
        { name: 'py', weight: 2 },
        { name: 'initials', weight: 2 },
        { name: 'say', weight: 1 },
        { name: 'do', weight: 1 },
      ],
      // Tried on the held-out set: threshold 0.4 / 0.5 / 0.6, field norm off, extended search
      // with the tokens OR'ed; 0.6 anywhere in the text (ignoreLocation) found the most.
      ignoreLocation: true,
      threshold: 0.6,
    });
    return (query) => fuse.search(query, { limit: LIMIT }).map((r) => r.item.id);
  },
};

function miniDocs(objections: readonly Objection[]) {
  return objections.map((o, key) => {
    const { full, initials } = pinyinOf(headTexts(o));
    return {
      key,
      id: o.id,
      title: o.title,
      triggers: o.triggers.join(' '),
      say: o.say.join(' '),
      do: (o.do ?? []).join(' '),
      py: full.join(' '),
      initials: initials.join(' '),
    };
  });
}

export const miniSearchDefaults: Engine = {
  name: 'minisearch 7, defaults',
  build: (objections) => {
    const mini = new MiniSearch<{ key: number; id: string }>({
      idField: 'key',
      fields: ['title', 'triggers', 'say', 'do'],
      storeFields: ['id'],
    });
    mini.addAll(miniDocs(objections));
    return (query) =>
      mini
        .search(query)
        .slice(0, LIMIT)
        .map((r) => String(r.id));
  },
};

export const miniSearchBest: Engine = {
  name: 'minisearch 7, best',
  build: (objections) => {
    const mini = new MiniSearch<{ key: number; id: string }>({
      idField: 'key',
      fields: ['title', 'triggers', 'say', 'do', 'py', 'initials'],
      storeFields: ['id'],
      tokenize: (text, field) =>
        field === 'py' || field === 'initials' ? text.split(' ') : hanAwareTokens(text),
      processTerm: (term) => term,
      searchOptions: {
        prefix: true,
        fuzzy: (term) => (term.length >= 3 ? 1 : false),
        boost: { title: 3, triggers: 3, py: 2, initials: 2 },
        combineWith: 'OR',
      },
    });
    mini.addAll(miniDocs(objections));
    return (query) =>
      mini
        .search(query)
        .slice(0, LIMIT)
        .map((r) => String(r.id));
  },
};

export const ENGINES: readonly Engine[] = [
  thisSearch,
  fuseDefaults,
  fuseBest,
  miniSearchDefaults,
  miniSearchBest,
];
