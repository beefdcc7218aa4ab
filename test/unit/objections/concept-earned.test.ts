/**
 * Issue 11, round 8 (Chinese): an amount earned or left is how little there is, not a part
 * payment offered (concept-spans.ts earnedOrLeft, addMoneyLeft, addEarnedLittle), on made-up
 * sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('amounts earned or left (round 8)', () => {
  it('reads no part payment in an amount right after what earns or is left', () => {
    expect(conceptIds('这个月奖金只发了一半')).not.toContain('partial');
    expect(conceptIds('送外卖一天赚不到几十块')).not.toContain('partial');
    // An offer stays one, with 还 or 先 between.
    expect(conceptIds('发了工资先还一半')).toContain('partial');
    expect(conceptIds('这个月能还一半')).toContain('partial');
  });
  it('reads only a sum left as no money, not what is still owed', () => {
    expect(conceptIds('卡里只剩下三十块')).toContain('no-money');
    expect(conceptIds('钱包就剩五块钱了')).toContain('no-money');
    expect(conceptIds('还剩三百没还')).not.toContain('no-money');
  });
  it('reads earning only a sum as income that fell', () => {
    expect(conceptIds('开网约车一个月才挣两千')).toContain('job-loss');
    expect(conceptIds('现在月薪就三千多')).toContain('job-loss');
    expect(conceptIds('挣了钱就还你们')).not.toContain('job-loss');
  });
});
