import fc from 'fast-check';
import { parseMoneyText } from '../../../lib/plan/money-input';
import { readAmount } from '../../../lib/text/amount';

/**
 * money14: amounts in 元/角/分 (毛 spoken for 角) as agents type what the customer says or a cheque
 * writes, in CNY only; what cannot be read exactly is refused with why.
 */
describe('amounts in 角 and 分 (money14)', () => {
  it.each([
    ['12元3角4分', 1234],
    ['3角', 30],
    ['5分', 5],
    ['一百二十元五角', 12_050],
    ['壹佰元零伍分', 10_005],
    ['十二块五毛', 1250],
    ['12元3分', 1203],
    ['12元零5分', 1205],
    ['五毛', 50],
    ['两毛', 20],
    ['0元5角', 50],
    ['¥12元3角', 1230],
    ['人民币壹佰元零伍分', 10_005],
    ['12元5角整', 1250],
    ['五毛钱', 50],
    ['3角5分钱', 35],
    ['壹仟陆佰捌拾元零叁角贰分', 168_032],
    ['2万元5角', 2_000_050],
    ['1.5万元5角', 1_500_050],
    ['12 元 3 角', 1230],
    ['１２元３角４分', 1234],
    ['十二塊五毛', 1250],
    ['兩塊五毛五', 255],
  ])('%j is %d fen', (text, fen) => {
    expect(parseMoneyText(text, 'CNY')).toEqual({ ok: true, value: fen });
  });

  // Spoken Chinese drops the last unit, and one digit after a unit is always its next lower place
  // (the rule that makes 两万五 25,000): 十二块五 is 12.50, 三毛五 0.35, and after 元 a 零 skips the
  // 角 (一块零五 is 1.05). So 12块5 is 12.50, never 12.05 nor 17.
  it.each([
    ['12块5', 1250],
    ['十二块五', 1250],
    ['一块二', 120],
    ['3角5', 35],
    ['三毛五', 35],
    ['12元3角4', 1234],
    ['12元5角5', 1255],
    ['一块零五', 105],
    ['12元零5', 1205],
    ['一千两百块五', 120_050],
  ])('reads the unit dropped at the end as the next place: %j is %d fen', (text, fen) => {
    expect(parseMoneyText(text, 'CNY')).toEqual({ ok: true, value: fen });
  });

  it('reads the sign around 角/分 as around any amount', () => {
    expect(parseMoneyText('-12元3角', 'CNY')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoneyText('(十二块五)', 'CNY')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoneyText('0元0角', 'CNY', { allowZero: true })).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['12元34', 'minorAmbiguous'],
    ['12块50', 'minorAmbiguous'],
    ['12元05', 'minorAmbiguous'],
    ['十二块五十', 'minorAmbiguous'],
    ['3角45', 'minorAmbiguous'],
    ['3角12分', 'minorDigit'],
    ['12元34分', 'minorDigit'],
    ['12角', 'minorDigit'],
    ['12元角', 'minorDigit'],
    ['角', 'minorDigit'],
    ['5角12元', 'minorOrder'],
    ['5分3角', 'minorOrder'],
    ['12元5角5角', 'minorOrder'],
    ['12元3角4分5', 'minorOrder'],
    ['12.5元3角', 'minorDecimal'],
    ['12元x', 'format'],
  ])('refuses %j as %s, never half read', (text, problem) => {
    expect(parseMoneyText(text, 'CNY')).toEqual({ ok: false, problem });
  });

  it.each(['HKD', 'TWD', 'MOP'])(
    'in a %s plan (元 is its unit) 角/分 are refused: only the renminbi has them',
    (currency) => {
      for (const text of ['12元3角', '3角', '5分', '十二块五毛', '12块5', '12元34', '3角12分'])
        expect(parseMoneyText(text, currency), text).toEqual({ ok: false, problem: 'minorCurrency' });
      expect(parseMoneyText('12元', currency)).toEqual({ ok: true, value: 1200 });
    },
  );

  it('in a USD or JPY plan, 元 names the other currency first, and a bare 角 is refused', () => {
    for (const currency of ['USD', 'JPY']) {
      expect(parseMoneyText('12元3角', currency)).toEqual({ ok: false, problem: 'currency', written: 'CNY' });
      expect(parseMoneyText('3角', currency)).toEqual({ ok: false, problem: 'minorCurrency' });
    }
  });

  it('leaves 角/分 out of the CRM reader: a bank system never prints them', () => {
    for (const text of ['12元3角4分', '3角', '12块5']) expect(readAmount(text), text).toBeNull();
  });
});

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const FORMAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/** Each way an agent may write yuan, jiao and fen; undefined where that way cannot say it. */
function spellings(yuan: number, jiao: number, fen: number): string[] {
  const out = [`${yuan}元${jiao}角${fen}分`, `${yuan}块${jiao}毛${fen}`, `¥${yuan}元${jiao}角${fen}分`];
  if (fen === 0) out.push(`${yuan}块${jiao}`, `${yuan}元${jiao}角整`);
  if (jiao === 0) out.push(`${yuan}元零${fen}分`, `${yuan}块零${fen}`);
  if (yuan < 10) {
    out.push(`${NUMERALS[yuan]}块${NUMERALS[jiao]}毛${NUMERALS[fen]}`);
    out.push(`${FORMAL[yuan]}元${FORMAL[jiao]}角${FORMAL[fen]}分`);
  }
  return out;
}

/** Fixed seeds (reproducible in CI) and one random run (a failing seed it prints is a real defect). */
const SEEDS: (number | undefined)[] = [1, 14, 20_261_202, undefined];

describe('元/角/分 written every way read exactly (property, money14)', () => {
  it.each(SEEDS.map((seed) => [seed ?? 'random', seed]))('seed %s', (_name, seed) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        (yuan, jiao, fen) => {
          const want = yuan * 100 + jiao * 10 + fen;
          for (const text of spellings(yuan, jiao, fen))
            expect(parseMoneyText(text, 'CNY', { allowZero: true }), text).toEqual({ ok: true, value: want });
        },
      ),
      { numRuns: 300, ...(seed === undefined ? {} : { seed }) },
    );
  });

  it.each(SEEDS.map((seed) => [seed ?? 'random', seed]))(
    'never reads two digits in one place (seed %s)',
    (_name, seed) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 999 }),
          fc.integer({ min: 10, max: 99 }),
          fc.constantFrom('角', '毛', '分', ''),
          (yuan, two, unit) => {
            const parsed = parseMoneyText(`${yuan}元${two}${unit}`, 'CNY');
            expect(parsed.ok).toBe(false);
          },
        ),
        { numRuns: 200, ...(seed === undefined ? {} : { seed }) },
      );
    },
  );
});
