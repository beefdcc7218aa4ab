/**
 * A phrase read across a word boundary (round 15): the zh pack's 上门 (a home visit) was flagged in
 * 线上门店 (an online shop), 网上门户, 早上门卫, whose 上 ends one word and 门 begins the next, with or
 * without marks between. The phrase grammar's trailing `(!a|b)` says what may not follow a match
 * (phrase-matcher.ts); the pack's 上门 names the words 门 begins. Sentences made up for this test.
 */
import { misplacedUnless, unlessFollowedBy, withoutUnless } from '@/lib/compliance/phrase-matcher';
import { checkNote } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { pack as zhPack } from '../pack/default-zh-pack';
import { phraseRules } from './phrase-rules';

const threats = (text: string, rules: readonly Rule[] = zhPack.rules) =>
  checkNote(text, rules)
    .filter((m) => m.category === 'threat')
    .map((m) => text.slice(m.start, m.end));

const familiesWith = (families: Record<string, string[]>, ...phrases: string[]): Rule[] =>
  phraseRules([{ category: 'threat', phrases, instead: '说明合规的处理方式' }], families);
const ruleWith = (...phrases: string[]): Rule[] => familiesWith({}, ...phrases);

describe('a phrase with what may not follow it', () => {
  it('reads the trailing group apart from the phrase', () => {
    expect(unlessFollowedBy('上门(!店|户)')).toEqual({ body: '上门', notFollowedBy: ['店', '户'] });
    expect(unlessFollowedBy('(去|到)你家')).toEqual({ body: '(去|到)你家', notFollowedBy: [] });
  });

  it('drops a match the listed words follow, marks between or not, and keeps the others', () => {
    const rules = ruleWith('上门(!店|户)');
    for (const text of ['可以去线上门店看看', '线上·门店', '线上 门店', '官方网上门户'])
      expect(threats(text, rules)).toEqual([]);
    expect(threats('明天派人上门', rules)).toEqual(['上门']);
    expect(threats('上门催收', rules)).toEqual(['上门']);
  });

  it('without the group the same phrase still flags the shop (the check can fail)', () => {
    expect(threats('可以去线上门店看看', ruleWith('上门'))).toEqual(['上门']);
  });
});

describe('the same form in every piece of the one grammar', () => {
  const FAMILY = { 我方: ['我们', '我行'], 上门: ['上门(!店|户)', '登门'] };

  it('holds inside a family word, in every phrase naming the family', () => {
    const rules = familiesWith(FAMILY, '{我方}…{上门}', '{上门}催收');
    for (const text of ['我们可以去线上门店看看', '我行线上·门店办理', '线上门户催收说明'])
      expect(threats(text, rules)).toEqual([]);
    expect(threats('我们明天上门', rules)).toEqual(['我们明天上门']);
    expect(threats('我行会派人登门', rules)).toEqual(['我行会派人登门']);
    expect(threats('上门催收', rules)).toEqual(['上门催收']);
  });

  it('a family word spelled with and without it: the plain spelling wins', () => {
    const rules = familiesWith({ 我方: ['我们'], 上门: ['上门(!店)', '上门'] }, '{我方}…{上门}');
    expect(threats('我们线上门店', rules)).toEqual(['我们线上门']);
  });

  it('holds at the end of a piece between gaps, not only at the end of the phrase', () => {
    const rules = ruleWith('上门(!店|户)…催收');
    expect(threats('线上门店的催收说明', rules)).toEqual([]);
    expect(threats('明天上门来催收', rules)).toEqual(['上门来催收']);
  });

  it('reads the words that must match without the groups', () => {
    expect(withoutUnless('上门(!店|户)…(去|到)你家')).toBe('上门…(去|到)你家');
    expect(withoutUnless('{我方}……上门(!店)')).toBe('{我方}……上门');
  });

  it('names the pieces whose (! is not at their end, after nothing, empty or unclosed', () => {
    expect(misplacedUnless('上门(!店|户)')).toEqual([]);
    expect(misplacedUnless('上门(!店)…你家(!具)')).toEqual([]);
    expect(misplacedUnless('上(!店)门')).toEqual(['上(!店)门']);
    expect(misplacedUnless('(!店)…上门')).toEqual(['(!店)']);
    expect(misplacedUnless('上门(!)')).toEqual(['上门(!)']);
    expect(misplacedUnless('上门(!店')).toEqual(['上门(!店']);
    expect(misplacedUnless('上门(!{店类})')).toEqual(['上门(!{店类})']);
    expect(misplacedUnless('(a|b)你家…(去|到)')).toEqual([]);
  });
});

describe('the zh pack: 上门', () => {
  it.each([
    '您可以去我们的线上门店办理',
    '线上·门店和网点都能还款',
    '线上 门店也可以',
    '请通过网上门户查询账单',
    '早上门卫说他出去了',
    // Through the families ({上门} in `{你的地方}…{我方}…{上门}`): the family word carries the form.
    '你单位附近我们有线上门店可以办理',
    '您家小区我们有线上门店',
  ])('keeps %s silent', (text) => {
    expect(threats(text)).toEqual([]);
  });

  it.each(['再不还我们就上门催收', '我们会上门', '我们明天派人上门', '上门找您谈谈', '我们明天上门到你单位'])(
    'flags %s',
    (text) => {
      expect(threats(text).some((span) => span.includes('上门') || span.includes('上·门'))).toBe(true);
    },
  );
});

describe('the zh pack: 上门 inside longer phrases (a time or the police before it, 派人 … 找你)', () => {
  const flagged = (text: string) => checkNote(text, zhPack.rules).map((m) => m.category);

  it.each(['警察在网上门户发了通告', '本周网上门店上新', '有人会在线上门户找你', '月底前线上门店都能办理'])(
    'keeps %s silent',
    (text) => {
      expect(flagged(text)).toEqual([]);
    },
  );

  it.each(['这周就上门', '月底我们上门', '派人上门找你', '警察会上门抓你', '法院明天会上门'])(
    'flags %s',
    (text) => {
      expect(flagged(text)).not.toEqual([]);
    },
  );
});
