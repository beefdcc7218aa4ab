/**
 * Red team 10: threats typed in traditional characters (a 繁體 IME, agents in Hong Kong or
 * Taiwan) are flagged by the default zh pack as their simplified form, through the one folding
 * (lib/text/traditional.ts); the phrase lists are untouched.
 */
import { checkNote, findForbiddenPhrases } from '@/lib/compliance/phrases';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';

const parsed = parsePack(zhPack);
if (!parsed.ok) throw new Error('the default zh pack does not parse');
const rules = parsed.pack.rules;

describe('the guard reads traditional characters (red team 10)', () => {
  it.each([
    ['明天我们就上门', '明天我們就上門'],
    ['我们会联系你单位', '我們會聯繫你單位'],
    ['再不还就让你坐牢', '再不還就讓你坐牢'],
    ['我们会通知你家里人', '我們會通知你家裡人'],
    ['信不信我把你欠钱的事发到朋友圈', '信不信我把你欠錢的事發到朋友圈'],
    ['你可以先找亲戚朋友借钱还上', '你可以先找親戚朋友借錢還上'],
  ])('%s / %s: the same categories, at the traditional words', (simplified, traditional) => {
    const expected = findForbiddenPhrases(simplified, rules);
    expect(expected.length).toBeGreaterThan(0);
    const found = findForbiddenPhrases(traditional, rules);
    expect(found.map((m) => m.category)).toEqual(expected.map((m) => m.category));
    // One character for one, so the marked span sits on the same characters of the note.
    expect(found.map((m) => [m.start, m.end])).toEqual(expected.map((m) => [m.start, m.end]));
  });

  it('flags a note typed in traditional characters as what the agent said', () => {
    const matches = checkNote('客戶說沒錢。我說：明天我們就上門找你。', rules);
    expect(matches.map((m) => m.speaker)).toContain('agent');
    expect(
      matches.some((m) => '客戶說沒錢。我說：明天我們就上門找你。'.slice(m.start, m.end).includes('上門')),
    ).toBe(true);
  });
});
