/**
 * Issue 11 §1, round 4: a phrasing of one concept inside a longer phrasing of another says the
 * longer one only (concept-index.ts `conceptsOf`), on made-up sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('the longer phrasing decides', () => {
  it('没上班 is no job to go to, not being at work', () => {
    expect(conceptIds('半年多没上班了')).toContain('job-loss');
    expect(conceptIds('半年多没上班了')).not.toContain('bad-time');
  });
  it('被起诉 is a court case, not a dare to sue', () => {
    expect(conceptIds('我老公已经被起诉过一次')).not.toContain('defiant');
    expect(conceptIds('我老公已经被起诉过一次')).toContain('court-case');
  });
  it('broke my leg is an illness, not being broke', () => {
    expect(conceptIds('I broke my leg at the warehouse')).toEqual(['illness']);
  });
  it('the shorter phrasing said on its own elsewhere in the sentence still counts', () => {
    expect(conceptIds('没上班了，现在上班时间也打不通')).toEqual(
      expect.arrayContaining(['job-loss', 'bad-time']),
    );
    expect(conceptIds('我在上班呢')).toContain('bad-time');
  });
  it('a phrasing that runs half into a time is the time (round 5)', () => {
    expect(conceptIds('那就等下礼拜二发了钱再说')).not.toContain('bad-time');
    expect(conceptIds('那就等下礼拜二发了钱再说')).toContain('later');
    expect(conceptIds('等下个月吧')).toEqual(['later']);
    expect(conceptIds('等下我再打给你')).toContain('bad-time');
  });
  it('a time word that straddles a longer one is no time (made up after session 11)', () => {
    // 上个月中风了: the 月 is 上个月's, so 月中 (mid-month) is not said and 中风 is the illness.
    expect(conceptIds('上个月中风了')).toEqual(['illness']);
    expect(conceptIds('我爸上个月中风了')).toContain('illness');
    expect(conceptIds('下个月中旬我再还')).toContain('later');
    // A time word on its own still wins over a phrasing that runs half into it.
    expect(conceptIds('等下个月再还')).toEqual(['later']);
  });
});
