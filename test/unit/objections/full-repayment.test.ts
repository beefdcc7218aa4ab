/**
 * Issue 11 round 11 (live call): the whole debt promised for a later day is the later card, not a
 * settlement asked nor a payment done (full-repayment.ts). Made-up sentences.
 */
import { readFileSync } from 'node:fs';
import { promisedInFull } from '../../../lib/objections/full-repayment';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { packSchema } from '../../../lib/pack/schema';

const zh = buildObjectionIndex(
  packSchema.parse(
    JSON.parse(readFileSync(new URL('../../../lib/pack/defaults/zh-CN.json', import.meta.url), 'utf8')),
  ).objections,
);
const first = (query: string) => searchObjections(zh, query)[0]?.objection.id;
const read = (query: string) => promisedInFull(queryText(normalizeText(query)));

const PROMISED = [
  '等年底奖金发下来我一次性结清',
  '下个月工资到账我就一次性还完',
  '等我房子卖了就全部还清',
  '过完年我一次性把欠款结清',
  '等我回款了，一次性全还给你们',
];
const ASKED = [
  '一次性给你们两万 剩下的免了',
  '一次性结清能不能减免',
  '我一次性还清能少多少',
  '你们能给个 discount 吗，一次性还清的话',
];
const DONE = ['我已经一次性结清了', '上个月一次性还清了'];

describe('the whole debt promised for later (issue 11 round 11)', () => {
  it('reads a payment in full with a time ahead or a condition, and nothing else', () => {
    expect(PROMISED.filter((q) => !read(q))).toEqual([]);
    expect([...ASKED, ...DONE, '我想一次性结清'].filter(read)).toEqual([]);
  });
  it('puts the later card first for a promise in full', () => {
    expect(PROMISED.filter((q) => first(q) !== 'later')).toEqual([]);
  });
  it('keeps a settlement asked on the reduction card and a payment done on the paid card', () => {
    expect(ASKED.slice(0, 3).filter((q) => first(q) !== 'wants-reduction')).toEqual([]);
    expect(DONE.filter((q) => first(q) !== 'already-paid')).toEqual([]);
  });
});

describe('a payment in full the speaker denies', () => {
  it.each(['你们等着吧我不会还清的 下个月也不会', '明年我也没法一次性还'])('%s promises nothing', (query) => {
    expect(read(query)).toBe(false);
  });
});

describe('the reading kept with its query (review debt, round 13)', () => {
  it('is read on the first ask and kept by that query only, never by another of the same text', () => {
    const query = queryText(normalizeText('等年底奖金发下来我一次性结清'));
    const again = queryText(normalizeText('等年底奖金发下来我一次性结清'));
    expect(query.once.promisedInFull).toBeUndefined();
    expect(promisedInFull(query)).toBe(true);
    expect(query.once.promisedInFull).toBe(true);
    expect(again.once.promisedInFull).toBeUndefined();
    // What a query keeps is answered without reading the query again (a planted answer shows it).
    const denied = queryText(normalizeText('明年我也没法一次性还'));
    denied.once.promisedInFull = true;
    expect(promisedInFull(denied)).toBe(true);
  });
});
