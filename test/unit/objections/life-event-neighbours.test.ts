/**
 * The life-event cards (round 14) next to the cards they share words with: 离职 (leaving a job) is
 * not 离婚 (divorce), 已经离职 said of oneself is a job lost (of a colleague, someone else), and a typed
 * "mony" is money, not the inside of "alimony". Sentences made up on 2026-12-02 after the merge.
 */
import { readFileSync } from 'node:fs';
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { packSchema } from '../../../lib/pack/schema';

const index = (locale: string) =>
  buildObjectionIndex(
    packSchema.parse(
      JSON.parse(readFileSync(new URL(`../../../lib/pack/defaults/${locale}.json`, import.meta.url), 'utf8')),
    ).objections,
  );
const zh = index('zh-CN');
const en = index('en-US');
const concepts = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('life events and their neighbours', () => {
  it('reads 离职 as a job lost, and 已经离职 as someone else only with 他 or 她', () => {
    expect(concepts('我已经离职了')).toContain('job-loss');
    expect(concepts('我已经离职了')).not.toContain('someone-else');
    expect(concepts('他已经离职了')).toContain('someone-else');
  });

  it.each([
    ['我已经离职了', 'job-loss'],
    ['我离职了', 'job-loss'],
    ['上个月离婚了', 'divorce'],
  ])('puts the right card first for %s', (query, id) => {
    expect(searchObjections(zh, query)[0]?.objection.id).toBe(id);
  });

  it('reads a typed "mony" as money, not as the inside of a divorce trigger', () => {
    expect(searchObjections(en, 'mony')[0]?.objection.id).toBe('no-money');
  });
});
