/**
 * A refusal the customer denies is no refusal (denied-refusal.ts): 我又不是不还, "I never said I won't
 * pay" mean to pay, and the card for a customer daring the bank to sue came first for every one of
 * them (sentences made up on 2026-12-02, after the code). A small pack written here.
 */
import { readFileSync } from 'node:fs';
import { withoutDeniedRefusal } from '../../../lib/objections/denied-refusal';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, type ObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objectionSchema } from '../../../lib/pack/schema';
import { objection } from './fixtures';

const pack = [
  objection('dare', {
    title: '随便起诉 / 就是不还',
    triggers: [
      '反正我不还',
      '我就不还',
      '不还了',
      '你去告吧',
      "I'm not paying",
      "won't pay",
      'not gonna pay',
      'sue me',
    ],
  }),
  objection('later', {
    title: '过几天再还',
    triggers: ['晚几天', '缓一缓', '下个月再还', 'pay later', 'next week', "I'll pay later"],
  }),
  objection('broke', {
    title: '没钱',
    triggers: ['现在没钱', '手头紧', "can't afford it", 'no money right now'],
  }),
];
const index = buildObjectionIndex(pack);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);
const defaultIndex = (locale: 'zh-CN' | 'en-US') =>
  buildObjectionIndex(
    objectionSchema
      .array()
      .parse(
        JSON.parse(
          readFileSync(new URL(`../../../lib/pack/defaults/${locale}.json`, import.meta.url), 'utf8'),
        ).objections,
      ),
  );
const rest = (query: string) => withoutDeniedRefusal(queryText(normalizeText(query)))?.compact ?? null;

describe('a refusal denied', () => {
  it.each([
    ['我又不是不还', ''],
    ['我没说不还啊', ''],
    ['谁说我不还了', ''],
    ['我从来没说过不还', ''],
    ['我哪里说不还了', ''],
    ['我不会不还的', ''],
    ['不是不还，是晚几天', '是晚几天'],
    ['也不是不想还，就是手头紧', '也就是手头紧'],
    ['I never said I won’t pay', ''],
    ["it's not that I don't want to pay", ''],
    ["I'm not refusing to pay, I just can't afford it", 'imijustcantaffordit'],
    ['who said I’m not paying', ''],
  ])('reads %s without the denied refusal', (query, left) => {
    expect(rest(query)).toBe(left);
  });

  it.each([
    '我就不还',
    '反正不还了',
    '是不是不还就要坐牢',
    '我没说，不还了',
    "I'm not paying",
    "I never said that, I won't pay",
    "I don't want to pay",
  ])('leaves a refusal that is said: %s', (query) => {
    expect(rest(query)).toBeNull();
  });

  it('answers a denial alone with the likely objections, and lets the rest of a sentence decide', () => {
    // Nothing matched: the suggestions (no match), as for an empty query, not the refusal card.
    for (const query of [
      '我又不是不还',
      '我没说不还啊',
      'I never said I won’t pay',
      'who said I’m not paying',
    ])
      expect(searchObjections(index, query).map((r) => r.match)).toEqual(pack.map(() => null));
    expect(ids('不是不还，是晚几天')[0]).toBe('later');
    expect(ids('也不是不想还，就是手头紧')[0]).toBe('broke');
    expect(ids("I'm not refusing to pay, I just can't afford it")[0]).toBe('broke');
    // A refusal said is still the refusal card.
    expect(ids('反正我不还，你去告吧')[0]).toBe('dare');
    expect(ids("I'm not paying, sue me")[0]).toBe('dare');
  });

  it('ranks the default packs as the customer meant it', () => {
    const zh = defaultIndex('zh-CN');
    const en = defaultIndex('en-US');
    const first = (idx: ObjectionIndex, query: string) => searchObjections(idx, query)[0]?.objection.id;
    // Each of these put the card for daring the bank to sue first before the rule.
    for (const query of ['我又不是不还', '我没有不还啊', '我哪里说不还了'])
      expect(first(zh, query)).not.toBe('sue-me');
    expect(first(zh, '不是不还，是晚几天')).toBe('later');
    expect(first(zh, '我又不是不还，就是现在没有')).toBe('no-money');
    expect(first(zh, '我就不还，你去告吧')).toBe('sue-me');
    for (const query of ['I never said I won’t pay', 'who said I’m not paying'])
      expect(first(en, query)).not.toBe('sue-me');
    // "pay" and "not" of a promise met "not gonna pay" (refusal-condition.ts).
    expect(first(en, 'I will pay, just not today')).toBe('later');
    expect(first(en, "I'm not gonna pay that")).toBe('sue-me');
  });
});
