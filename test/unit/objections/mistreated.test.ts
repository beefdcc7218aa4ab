/**
 * Issue 11 round 11 (live call): a customer who complains of how they are treated AND of how often
 * they are called makes a complaint (the harassment card: a complaint flag, the day's call count
 * checked), not a request to stop (the stop-calling card, whose do-line asks the agent to tell the
 * two apart). The concept lexicon's `mistreated` group reads the treatment. Made-up sentences.
 */
import { readFileSync } from 'node:fs';
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { LEXICON } from '../../../lib/objections/concepts-zh';
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
const MISTREATED = LEXICON.findIndex((concept) => concept.id === 'mistreated');

const TREATED_AND_OFTEN = [
  '你们把我当犯人一样，一天打十几个',
  '天天打电话羞辱我',
  '你们态度这么差，还天天打',
  '天天打电话吓唬我',
  '你们天天打还说话难听',
  '把我当贼防，电话一个接一个',
];
const ONLY_OFTEN = ['天天打', '别再打了 天天打', '天天打，别打了行不行'];

describe('a complaint of treatment and of frequency (issue 11 round 11)', () => {
  it('reads the treatment, and not in a plain frequency', () => {
    const reads = (q: string) => conceptsOf(queryText(normalizeText(q))).includes(MISTREATED);
    expect(MISTREATED).toBeGreaterThanOrEqual(0);
    expect(TREATED_AND_OFTEN.filter((q) => !reads(q))).toEqual([]);
    expect(ONLY_OFTEN.filter(reads)).toEqual([]);
  });
  it('puts the harassment card first when the treatment is complained of', () => {
    expect(TREATED_AND_OFTEN.filter((q) => first(q) !== 'harassment')).toEqual([]);
  });
  it('keeps the stop-calling card first for frequency alone', () => {
    expect(ONLY_OFTEN.filter((q) => first(q) !== 'stop-calling')).toEqual([]);
  });
});
