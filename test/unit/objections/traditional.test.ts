/**
 * Red team 10: a customer (or an agent's IME) in traditional characters finds the same card as
 * the simplified words, through the one folding (lib/text/traditional.ts); nothing in the search
 * itself changes.
 */
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';

const parsed = parsePack(zhPack);
if (!parsed.ok) throw new Error('the default zh pack does not parse');
const index = buildObjectionIndex(parsed.pack.objections);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);

describe('objection search in traditional characters', () => {
  it.each([
    ['最近手头紧，实在没钱还', '最近手頭緊，實在沒錢還'],
    ['你们是不是骗子', '你們是不是騙子'],
    ['我已经还过了', '我已經還過了'],
    ['利息太高了，我要投诉', '利息太高了，我要投訴'],
    ['我失业了', '我失業了'],
    ['没钱', '沒錢'],
    ['骗子', '騙子'],
    ['还过了', '還過了'],
    ['太贵', '太貴'],
    ['我在医院', '我在醫院'],
    ['等发工资', '等發工資'],
    ['家里出事', '家裡出事'],
  ])('%s / %s: the same cards in the same order', (simplified, traditional) => {
    const expected = ids(simplified);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(traditional)).toEqual(expected);
  });
});
