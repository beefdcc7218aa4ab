/**
 * Content round 17: owing other lenders or bills (多头负债) is a concept of its own, not no-money's.
 * The words of loans and bills (房贷, 网贷, 学费, 房租, "mortgage") were no-money phrasings, so a card
 * whose triggers name what else is owed (the other-debts cards) said "no money" as strongly as the
 * no-money card and took first place from it on sentences of money sunk or spent (积蓄全花进去了还不够,
 * 炒股亏进去二十万, money-into-account.test.ts). Sentences made up from ordinary speech, not from a
 * query set.
 */
import { readFileSync } from 'node:fs';
import { headPresence } from '../../../lib/objections/concept-index';
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { conceptIndex } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objectionSchema } from '../../../lib/pack/schema';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

const zh = objectionSchema
  .array()
  .parse(JSON.parse(readFileSync('lib/pack/defaults/zh-CN.json', 'utf8')).objections);
const index = buildObjectionIndex(zh);
const first = (query: string) => searchObjections(index, query, { today: '2026-11-28' })[0]?.objection.id;

describe('owed elsewhere, a reason apart from no money', () => {
  it.each(['每个月房贷八千', '网贷也到期了', '下个月要交学费', '这个月房租还没交', '还欠着好几家'])(
    '%s → owed elsewhere, not no money',
    (query) => {
      const ids = conceptIds(query);
      expect(ids).toContain('owed-elsewhere');
      expect(ids).not.toContain('no-money');
    },
  );

  it.each(['积蓄全花进去了', '兜里一分钱没有', '工资根本不够花', '炒股全亏进去了'])(
    '%s → no money, not owed elsewhere',
    (query) => {
      const ids = conceptIds(query);
      expect(ids).toContain('no-money');
      expect(ids).not.toContain('owed-elsewhere');
    },
  );

  it('the zh other-debts card is about owing elsewhere, and its titles and triggers say no "no money"', () => {
    const o = zh.findIndex((x) => x.id === 'other-debts');
    expect(o).toBeGreaterThanOrEqual(0);
    // Slot c * 2: the concept in the pack's Chinese texts (concept-index.ts slotOf).
    expect(headPresence(index.bag.concepts, conceptIndex('owed-elsewhere') * 2, o)).toBe(1);
    expect(headPresence(index.bag.concepts, conceptIndex('no-money') * 2, o)).toBe(0);
  });

  it.each([
    ['兜里一分钱没有', 'no-money'],
    ['工资都不够花', 'no-money'],
    ['全部还不上', 'no-money'],
    ['房贷车贷压得喘不过气', 'other-debts'],
  ])('%s → %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});
