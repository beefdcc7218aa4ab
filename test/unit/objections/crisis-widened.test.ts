/**
 * Issue 11 §2, widened: each sentence of crisis-sentences.ts gets the signal it should, and the
 * crisis card its place through the real search.
 */
import { readFileSync } from 'node:fs';
import { crisisSignal } from '../../../lib/objections/crisis-signals';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { packSchema } from '../../../lib/pack/schema';
import { foldText } from '../../../lib/text/fold';
import {
  FIRST_NEAR_MISSES,
  FIRST_STRONG,
  FIRST_WEAK,
  LEAD_TRY_NEAR_MISSES,
  LEAD_TRY_STRONG,
  NEAR_MISS_PROBES,
  SLANG_NEAR_MISSES,
  SLANG_STRONG,
  STRONG_PROBES,
  WEAK_PROBES,
} from './crisis-sentences';

const load = (locale: string) =>
  packSchema.parse(
    JSON.parse(readFileSync(new URL(`../../../lib/pack/defaults/${locale}.json`, import.meta.url), 'utf8')),
  ).objections;
const zhPack = load('zh-CN');
const enPack = load('en-US');
const zh = buildObjectionIndex(zhPack);
const en = buildObjectionIndex(enPack);
const indexFor = (query: string) => (/\p{Script=Han}/u.test(foldText(query)) ? zh : en);
const ids = (query: string) => searchObjections(indexFor(query), query).map((r) => r.objection.id);

const STRONG = [...FIRST_STRONG, ...STRONG_PROBES, ...SLANG_STRONG, ...LEAD_TRY_STRONG];
const WEAK = [...FIRST_WEAK, ...WEAK_PROBES];
const NEAR_MISSES = [
  ...FIRST_NEAR_MISSES,
  ...NEAR_MISS_PROBES,
  ...SLANG_NEAR_MISSES,
  ...LEAD_TRY_NEAR_MISSES,
];

describe('the widened crisis lexicon (issue 11 §2)', () => {
  it('has at least 60 new crisis sentences and 60 new near-misses, Chinese and English', () => {
    const all = [...FIRST_STRONG, ...FIRST_WEAK];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(FIRST_NEAR_MISSES.length).toBeGreaterThanOrEqual(60);
    for (const list of [all, NEAR_MISSES]) {
      expect(list.filter((s) => /\p{Script=Han}/u.test(s)).length).toBeGreaterThanOrEqual(20);
      expect(list.filter((s) => !/\p{Script=Han}/u.test(s)).length).toBeGreaterThanOrEqual(20);
    }
  });
  it('finds a strong signal in each crisis sentence', () => {
    expect(STRONG.filter((s) => crisisSignal(s) !== 'strong')).toEqual([]);
  });
  it('finds a weak signal in each ambiguous one', () => {
    expect(WEAK.filter((s) => crisisSignal(s) !== 'weak')).toEqual([]);
  });
  it('keeps the strong signal whatever is said after it', () => {
    const goesOn = (s: string) =>
      /\p{Script=Han}/u.test(s) ? `${s}，下个月再说吧` : `${s}, anyway what about the payment`;
    expect(STRONG.filter((s) => crisisSignal(goesOn(s)) !== 'strong')).toEqual([]);
  });
  it('finds no signal in a near-miss', () => {
    expect(NEAR_MISSES.filter((s) => crisisSignal(s) !== null)).toEqual([]);
  });
});

describe('the crisis card through the real search', () => {
  it('is first for every strong sentence', () => {
    expect(STRONG.filter((q) => ids(q)[0] !== 'self-harm')).toEqual([]);
  });
  it('is in the list for every weak sentence', () => {
    expect(WEAK.filter((q) => !ids(q).includes('self-harm'))).toEqual([]);
  });
  // The default crisis cards share words with near-misses (我去死好了 / 气死我了, "I want to die" /
  // "I'd die for my kids"), in triggers and in say/do lines the whole-card channel reads, so the
  // ranking may lift them on overlap; here every word of the card is neutral and only the signal could.
  it('is not lifted by a near-miss when only the signal could lift it', () => {
    const neutral = (pack: typeof zhPack, title: string) =>
      buildObjectionIndex(
        pack.map((o) =>
          o.severity === 'crisis' ? { ...o, title, triggers: [], say: [title], do: [], never: [] } : o,
        ),
      );
    const bare = { zh: neutral(zhPack, '甲乙丙丁'), en: neutral(enPack, 'Xyzzy') };
    const lifted = NEAR_MISSES.filter((q) => {
      const found = searchObjections(indexFor(q) === zh ? bare.zh : bare.en, q).map((r) => r.objection.id);
      return found.includes('self-harm');
    });
    expect(lifted).toEqual([]);
    // The same cards are lifted by the signal alone.
    expect(searchObjections(bare.zh, '我死了你们就满意了')[0]?.objection.id).toBe('self-harm');
    expect(searchObjections(bare.en, "you'll be happy when I'm dead")[0]?.objection.id).toBe('self-harm');
  });
  it('leaves a relative’s death to the deceased card', () => {
    const found = ids('人死了债还要还吗？我爸上个月去世了');
    expect(found).toContain('deceased');
    expect(found).not.toContain('self-harm');
  });
});
