import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { objectionSchema } from '../../../lib/pack/schema';
import { foldText } from '../../../lib/text/fold';
import { DEV } from '../../fixtures/objections/dev';
import { FRESH } from '../../fixtures/objections/fresh';
import { FRESH2 } from '../../fixtures/objections/fresh2';
import { FRESH3 } from '../../fixtures/objections/fresh3';
import { FRESH4 } from '../../fixtures/objections/fresh4';
import { FRESH5 } from '../../fixtures/objections/fresh5';
import { FRESH6 } from '../../fixtures/objections/fresh6';
import { FRESH7 } from '../../fixtures/objections/fresh7';
import { FRESH8 } from '../../fixtures/objections/fresh8';
import { FRESH9 } from '../../fixtures/objections/fresh9';
import { FRESH10 } from '../../fixtures/objections/fresh10';
import { FRESH11 } from '../../fixtures/objections/fresh11';
import { HELD_OUT } from '../../fixtures/objections/held-out';
import { CUSTODY_CARD } from '../pack/custody-legal-sentences';
import { LIFE_EVENT_CARDS } from '../pack/life-event-sentences';
import { OTHER_DEBTS_CARD } from '../pack/other-debt-sentences';

const root = resolve(import.meta.dirname, '../../..');
const packObjections = (locale: string) =>
  objectionSchema.array().parse(
    (
      JSON.parse(readFileSync(resolve(root, `lib/pack/defaults/${locale}.json`), 'utf8')) as {
        objections: unknown;
      }
    ).objections,
  );

/** Folded, without spaces and punctuation: "I'm broke!" and "im broke" are the same phrase. */
const key = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]/gu, '');

const packTexts = new Set<string>();
const ids = new Set<string>();
const idsByLang = { zh: new Set<string>(), en: new Set<string>() };
/**
 * Cards added after every set here was written (content review 11: the vulnerable customer; content
 * round 14: the life events; round 15: other debts first; round 16: the cardholder in custody;
 * session 14: the English pack's family-consult, which the Chinese pack had from the start, so its
 * Chinese queries are still asked for): the next fresh set asks for them. An id alone counts in both
 * languages; `lang:id` in that language only.
 */
const ADDED_AFTER_THE_SETS = new Set([
  'vulnerable-customer',
  'vulnerable-consumer',
  ...LIFE_EVENT_CARDS,
  OTHER_DEBTS_CARD,
  CUSTODY_CARD,
  'en:family-consult',
]);
for (const [locale, lang] of [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
] as const) {
  for (const o of packObjections(locale)) {
    ids.add(o.id);
    idsByLang[lang].add(o.id);
    for (const text of [o.title, ...o.title.split('/'), ...o.triggers]) packTexts.add(key(text));
  }
}

// The tuning and dev sets (the ranking was tuned on them) and the fresh sets (never tuned on), issue 11.
describe.each([
  ['tuning', HELD_OUT, 200],
  ['dev', DEV, 120],
  ['fresh', FRESH, 200],
  ['fresh 2', FRESH2, 200],
  ['fresh 3', FRESH3, 240],
  ['fresh 4', FRESH4, 240],
  ['fresh 5', FRESH5, 400],
  ['fresh 6', FRESH6, 400],
  ['fresh 7', FRESH7, 420],
  ['fresh 8', FRESH8, 400],
  ['fresh 9', FRESH9, 400],
  ['fresh 10', FRESH10, 400],
  ['fresh 11', FRESH11, 400],
] as const)('held-out objection queries, %s set (issue 11)', (_name, HELD_OUT, least) => {
  it(`hold at least ${least} queries, both languages`, () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(least);
    expect(HELD_OUT.filter((q) => q.lang === 'zh').length).toBeGreaterThanOrEqual(least / 2);
    expect(HELD_OUT.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(least / 2);
  });

  it('copy no title or trigger of either default pack (after folding)', () => {
    const copies = HELD_OUT.filter((q) => packTexts.has(key(q.query))).map((q) => q.query);
    expect(copies).toEqual([]);
  });

  it('are unique and each expects an objection the default packs have', () => {
    expect(new Set(HELD_OUT.map((q) => key(q.query))).size).toBe(HELD_OUT.length);
    expect(HELD_OUT.filter((q) => !ids.has(q.expect)).map((q) => q.expect)).toEqual([]);
  });
});

it('the fresh set shares no query with the tuning set', () => {
  const tuning = new Set(HELD_OUT.map((q) => key(q.query)));
  expect(FRESH.filter((q) => tuning.has(key(q.query))).map((q) => q.query)).toEqual([]);
});

it('the dev set shares no query with the tuning set', () => {
  const tuning = new Set(HELD_OUT.map((q) => key(q.query)));
  expect(DEV.filter((q) => tuning.has(key(q.query))).map((q) => q.query)).toEqual([]);
});

// The blind fresh sets written by other engineers (issue 11): each checked against every set before it.
describe.each([
  ['second', FRESH2, [HELD_OUT, DEV, FRESH], 'tuning, dev or first fresh set', 3, 10],
  ['third', FRESH3, [HELD_OUT, DEV, FRESH, FRESH2], 'tuning, dev, first or second fresh set', 3, 10],
  [
    'fourth',
    FRESH4,
    [HELD_OUT, DEV, FRESH, FRESH2, FRESH3],
    'tuning, dev, first, second or third fresh set',
    3,
    10,
  ],
  [
    'fifth',
    FRESH5,
    [HELD_OUT, DEV, FRESH, FRESH2, FRESH3, FRESH4],
    'tuning, dev, first, second, third or fourth fresh set',
    4,
    12,
  ],
  [
    'sixth',
    FRESH6,
    [HELD_OUT, DEV, FRESH, FRESH2, FRESH3, FRESH4, FRESH5],
    'tuning, dev, first, second, third, fourth or fifth fresh set',
    4,
    12,
  ],
  [
    'seventh',
    FRESH7,
    [HELD_OUT, DEV, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6],
    'tuning, dev, first, second, third, fourth, fifth or sixth fresh set',
    4,
    14,
  ],
  [
    'eighth',
    FRESH8,
    [HELD_OUT, DEV, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7],
    'tuning, dev, first, second, third, fourth, fifth, sixth or seventh fresh set',
    4,
    12,
  ],
  [
    'ninth',
    FRESH9,
    [HELD_OUT, DEV, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8],
    'tuning, dev, first, second, third, fourth, fifth, sixth, seventh or eighth fresh set',
    4,
    12,
  ],
  [
    'tenth',
    FRESH10,
    [HELD_OUT, DEV, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9],
    'tuning, dev, first, second, third, fourth, fifth, sixth, seventh, eighth or ninth fresh set',
    4,
    12,
  ],
  [
    'eleventh',
    FRESH11,
    [HELD_OUT, DEV, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10],
    'tuning, dev, first, second, third, fourth, fifth, sixth, seventh, eighth, ninth or tenth fresh set',
    4,
    12,
  ],
] as const)('the %s fresh set (issue 11)', (_name, set, earlier, earlierNames, perObjection, crisis) => {
  it(`shares no query with the ${earlierNames}`, () => {
    const others = new Set(earlier.flat().map((q) => key(q.query)));
    expect(set.filter((q) => others.has(key(q.query))).map((q) => q.query)).toEqual([]);
  });

  it("expects, for each query, an objection of its own language's pack", () => {
    const foreign = set.filter((q) => !idsByLang[q.lang].has(q.expect));
    expect(foreign.map((q) => `${q.lang}: ${q.expect}`)).toEqual([]);
  });

  it(`asks for every objection of each pack at least ${perObjection} times, in that language`, () => {
    for (const lang of ['zh', 'en'] as const) {
      const thin = [...idsByLang[lang]]
        .filter((id) => !ADDED_AFTER_THE_SETS.has(id) && !ADDED_AFTER_THE_SETS.has(`${lang}:${id}`))
        .filter((id) => set.filter((q) => q.lang === lang && q.expect === id).length < perObjection);
      expect(thin, lang).toEqual([]);
    }
  });

  it(`holds at least ${crisis} self-harm queries per language (crisis recall is measured, not assumed)`, () => {
    for (const lang of ['zh', 'en'] as const)
      expect(set.filter((q) => q.lang === lang && q.expect === 'self-harm').length).toBeGreaterThanOrEqual(
        crisis,
      );
  });
});

it('the fourth fresh set holds at least 130 Chinese and 110 English queries (issue 11)', () => {
  expect(FRESH4.filter((q) => q.lang === 'zh').length).toBeGreaterThanOrEqual(130);
  expect(FRESH4.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(110);
});

it.each([
  ['fifth', FRESH5, 210, 190],
  ['sixth', FRESH6, 210, 190],
  ['seventh', FRESH7, 220, 200],
  ['eighth', FRESH8, 210, 190],
  ['ninth', FRESH9, 210, 190],
  ['tenth', FRESH10, 210, 190],
  ['eleventh', FRESH11, 210, 190],
] as const)(
  'the %s fresh set holds at least %i Chinese and %i English queries (issue 11)',
  (_name, set, zh, en) => {
    expect(set.filter((q) => q.lang === 'zh').length).toBeGreaterThanOrEqual(zh);
    expect(set.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(en);
  },
);
