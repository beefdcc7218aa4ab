import fc from 'fast-check';
import { translate } from '../../../lib/i18n';
import { zh } from '../../../lib/i18n/catalogue';
import { en } from '../../../lib/i18n/catalogue-en';
import { parseMoneyText } from '../../../lib/plan/money-input';
import { moneyProblem } from '../../../lib/plan/typed-problem';

/**
 * money14: every way typed money is refused says what was wrong and how to type it, in zh-CN and
 * en. Input → problem → message key, one row per class of mistake (and more than one example each).
 */
const TABLE: [text: string, currency: string, problem: string, key: string][] = [
  ['8oo', 'CNY', 'format', 'plan.invalidMoney'],
  ['1e5', 'CNY', 'format', 'plan.invalidMoney'],
  ['--5', 'CNY', 'format', 'plan.invalidMoney'],
  ['¥', 'CNY', 'noNumber', 'plan.typed.noNumber'],
  ['元整', 'CNY', 'noNumber', 'plan.typed.noNumber'],
  ['abc', 'CNY', 'noNumber', 'plan.typed.noNumber'],
  ['约1000元', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['大约两千', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['1000左右', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['差不多三千', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['一千多', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['两三千', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['三千出头', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['一千来块', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['几千', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['1000-2000', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['1000到2000', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['about $500', 'USD', 'approximate', 'plan.typed.approximate'],
  ['~500', 'USD', 'approximate', 'plan.typed.approximate'],
  ['～500', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['500ish', 'USD', 'approximate', 'plan.typed.approximate'],
  ['500-odd', 'USD', 'approximate', 'plan.typed.approximate'],
  ['around 500', 'USD', 'approximate', 'plan.typed.approximate'],
  ['1000+', 'USD', 'approximate', 'plan.typed.approximate'],
  ['約1000元', 'CNY', 'approximate', 'plan.typed.approximate'],
  ['$12 $34', 'USD', 'markBetween', 'plan.typed.markBetween'],
  ['1.2.3', 'CNY', 'points', 'plan.typed.points'],
  ['12..5', 'CNY', 'points', 'plan.typed.points'],
  ['1,2,3', 'CNY', 'grouping', 'plan.typed.grouping'],
  ['12,50', 'CNY', 'grouping', 'plan.typed.grouping'],
  ['2万50', 'CNY', 'unitPlace', 'plan.typed.unitPlace'],
  ['3k50', 'CNY', 'unitPlace', 'plan.typed.unitPlace'],
  ['2.5万5', 'CNY', 'unitPlace', 'plan.typed.unitPlace'],
  ['两万五十', 'CNY', 'unitPlace', 'plan.typed.unitPlace'],
  ['两万五十元五角', 'CNY', 'unitPlace', 'plan.typed.unitPlace'],
  ['一二三', 'CNY', 'digitsReadOut', 'plan.typed.digitsReadOut'],
  ['12元34', 'CNY', 'minorAmbiguous', 'plan.typed.minorAmbiguous'],
  ['3角12分', 'CNY', 'minorDigit', 'plan.typed.minorDigit'],
  ['12元34分', 'CNY', 'minorDigit', 'plan.typed.minorDigit'],
  ['5角12元', 'CNY', 'minorOrder', 'plan.typed.minorOrder'],
  ['12.5元3角', 'CNY', 'minorDecimal', 'plan.typed.minorDecimal'],
  ['12元3角', 'HKD', 'minorCurrency', 'plan.typed.minorCurrency'],
  ['HK$500', 'CNY', 'currency', 'plan.typed.moneyCurrency'],
  ['-500', 'CNY', 'negative', 'plan.typed.negative'],
  ['(12.30)', 'CNY', 'negative', 'plan.typed.negative'],
  ['0', 'CNY', 'zero', 'plan.typed.zero'],
  ['99999999999', 'CNY', 'tooLarge', 'plan.typed.moneyTooLarge'],
  ['两百亿', 'CNY', 'tooLarge', 'plan.typed.moneyTooLarge'],
  ['99999999999亿', 'CNY', 'tooLarge', 'plan.typed.moneyTooLarge'],
  ['12.345', 'CNY', 'decimals', 'plan.typed.moneyDecimals'],
];

describe('what a refused amount says (money14)', () => {
  it.each(TABLE)('%j in %s is refused as %s with %s', (text, currency, problem, key) => {
    const parsed = parseMoneyText(text, currency);
    expect(parsed).toMatchObject({ ok: false, problem });
    if (parsed.ok) return;
    expect(moneyProblem(parsed.problem, currency, parsed.written).key).toBe(key);
  });

  it('has each message in both languages, each its own (no reason falls back to another)', () => {
    const keys = [...new Set(TABLE.map(([, , , key]) => key))];
    for (const catalogue of [zh, en]) {
      const texts = keys.map((key) => (catalogue as Record<string, string>)[key]);
      expect(texts.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
      expect(new Set(texts).size).toBe(keys.length);
    }
  });

  it('says why an approximate amount is refused and what to type instead', () => {
    const { key } = moneyProblem('approximate', 'CNY');
    expect(translate('en', key)).toMatch(/approximate.*type the exact amount the customer agreed/i);
    expect(translate('zh-CN', key)).toMatch(/大概.*确切金额/);
  });

  it('names the plan currency when 角/分 are refused in it', () => {
    const { key, params } = moneyProblem('minorCurrency', 'HKD');
    expect(translate('en', key, params)).toContain('HKD');
    expect(translate('zh-CN', key, params)).toContain('HKD');
  });
});

/** Fixed seeds (reproducible in CI) and one random run (a failing seed it prints is a real defect). */
const SEEDS: (number | undefined)[] = [1, 14, 20_261_202, undefined];
const EXACT = [
  '1000',
  '1,000',
  '1000元',
  '¥1000',
  '一千',
  '两千',
  '3万5千',
  '2万5',
  '12块5',
  '3k',
  '$500',
  '500',
];
const BEFORE = [
  '约',
  '大约',
  '大概',
  '差不多',
  '将近',
  '近',
  '至少',
  '最多',
  'about ',
  'around ',
  'roughly ',
  '~',
  '≈',
  '～',
];
const AFTER = ['左右', '上下', '多', '出头', '以上', '以内', 'ish', '-ish', ' or so', '+', '余'];

describe('an approximate amount is never read as an exact one (property, money14)', () => {
  it.each(SEEDS.map((seed) => [seed ?? 'random', seed]))('seed %s', (_name, seed) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXACT),
        fc.option(fc.constantFrom(...BEFORE), { nil: '' }),
        fc.option(fc.constantFrom(...AFTER), { nil: '' }),
        (amount, before, after) => {
          fc.pre(before !== '' || after !== '');
          const currency = amount.includes('$') ? 'USD' : 'CNY';
          expect(parseMoneyText(`${before}${amount}${after}`, currency)).toMatchObject({
            ok: false,
            problem: 'approximate',
          });
        },
      ),
      { numRuns: 300, ...(seed === undefined ? {} : { seed }) },
    );
  });
});
