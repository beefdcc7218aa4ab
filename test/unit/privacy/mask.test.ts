import fc from 'fast-check';
import { computePlan, type PlanRequest } from '../../../lib/plan/request';
import {
  findUnmaskedRuns,
  isLuhnValid,
  maskPersonalNumbers,
  maskWithLongRuns,
  residentIdCheck,
} from '../../../lib/privacy/mask';
import { MASK_CASES } from '../../fixtures/privacy/mask-cases';
import { cnPolicy, usPolicy } from '../plan/fixtures';

const asCounts = (masked: { kind: string; count: number }[]) =>
  Object.fromEntries(masked.map(({ kind, count }) => [kind, count]));

describe('the masking table (issue 16)', () => {
  it('has at least 80 cases', () => {
    expect(MASK_CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(MASK_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = maskPersonalNumbers(c.typed);
    expect(result.text).toBe(c.stored);
    expect(asCounts(result.masked)).toEqual(c.masked);
  });

  it('is idempotent on every stored form', () => {
    for (const c of MASK_CASES) expect(maskPersonalNumbers(c.stored).text).toBe(c.stored);
  });
});

describe('unmasked long digit runs (the note box warning)', () => {
  it('finds a long run that is none of the classes, and not dates or amounts', () => {
    expect(findUnmaskedRuns('客户给的号码 123456789012，请回电')).toEqual(['123456789012']);
    expect(findUnmaskedRuns('编号 123 456 789 0123')).toEqual(['123 456 789 0123']);
    expect(findUnmaskedRuns('2026-09-15 还 3000 元，20260915，¥1,234,567.89，1234567.89')).toEqual([]);
    expect(findUnmaskedRuns('卡号 6225881234521234')).toEqual([]);
  });

  it('"mask it" keeps the last four of each run and counts them', () => {
    expect(maskWithLongRuns('号码 １２３４５６７８９０１２ 和 13800138000')).toEqual({
      text: '号码 ********9012 和 *******8000',
      masked: [
        { kind: 'phone', count: 1 },
        { kind: 'number', count: 1 },
      ],
    });
  });
});

// ---- properties -----------------------------------------------------------------------------

const digit = fc.constantFrom(...'0123456789'.split(''));
const digits = (length: number) => fc.string({ unit: digit, minLength: length, maxLength: length });
/** Half of the digits typed full width, as a Chinese IME produces them. */
const widen = (text: string, mask: boolean[]) =>
  [...text]
    .map((c, i) =>
      mask[i % mask.length] && /\d/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c,
    )
    .join('');
const widths = fc.array(fc.boolean(), { minLength: 1, maxLength: 8 });
const separator = fc.constantFrom(' ', '  ', '\u3000', '\t', '.', '-', '\u2013', '－');
const filler = fc.string({
  unit: fc.constantFrom(...'还款客户说卡号abcXYZ ，。:/()$¥0123456789\n'.split('')),
  maxLength: 20,
});
const edge = fc.constantFrom(' ', '，', '：', '\n', '(', '号', '、', '+', 'a');

function withLuhnDigit(body: string): string {
  for (let check = 0; check <= 9; check += 1) if (isLuhnValid(`${body}${check}`)) return `${body}${check}`;
  throw new Error('unreachable');
}

function grouped(number: string, size: number, sep: string): string {
  return (number.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(sep);
}

const compactStored = (stored: string) =>
  stored
    .normalize('NFKC')
    .replace(/[\s.\-\u2013]/g, '')
    .toUpperCase();

describe('masking properties', () => {
  it('no Luhn-valid 13–19 digit card survives, however grouped, separated, widened or embedded', () => {
    // No network issues a card starting 2000–2220; one starting with a date (20261202…) is an
    // order or serial number and stays readable (mask13, in mask-overmasking.test.ts).
    const card = fc
      .integer({ min: 13, max: 19 })
      .chain((n) => digits(n - 1))
      .map(withLuhnDigit)
      .filter((n) => !/^20\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/.test(n));
    fc.assert(
      fc.property(
        filler,
        edge,
        card,
        fc.option(fc.tuple(fc.integer({ min: 3, max: 6 }), separator), { nil: undefined }),
        widths,
        edge.filter((e) => e !== '+'),
        filler,
        (before, left, number, grouping, wide, right, after) => {
          const written = grouping ? grouped(number, grouping[0], grouping[1]) : number;
          const stored = maskPersonalNumbers(`${before}${left}${widen(written, wide)}${right}${after}`).text;
          expect(compactStored(stored)).not.toContain(number);
        },
      ),
      { numRuns: 3000 },
    );
  });

  const birth = fc.date({ min: new Date('1900-01-01Z'), max: new Date('2025-12-31Z'), noInvalidDate: true });
  const region = fc.tuple(fc.integer({ min: 1, max: 8 }), digits(5)).map(([a, b]) => `${a}${b}`);

  it('no valid resident ID (18 with check digit, or 15-digit old form) survives', () => {
    fc.assert(
      fc.property(
        region,
        birth,
        digits(3),
        fc.boolean(),
        fc.option(separator, { nil: undefined }),
        widths,
        fc.constantFrom('身份证', '客户', 'ID ', ''),
        edge,
        (area, date, seq, old, sep, wide, word, right) => {
          const ymd = date.toISOString().slice(0, 10).replaceAll('-', '');
          const id = old
            ? `${area}${ymd.slice(2)}${seq}`
            : `${area}${ymd}${seq}${residentIdCheck(`${area}${ymd}${seq}`)}`;
          fc.pre(old ? ymd.startsWith('19') : true);
          const written =
            sep === undefined
              ? id
              : [id.slice(0, 6), id.slice(6, old ? 12 : 14), id.slice(old ? 12 : 14)].join(sep);
          const stored = maskPersonalNumbers(`${word}${widen(written, wide)}${right}`).text;
          expect(compactStored(stored)).not.toContain(id.toUpperCase());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('no Chinese mobile survives', () => {
    const mobile = fc
      .tuple(fc.constantFrom(...'3456789'.split('')), digits(9))
      .map(([s, rest]) => `1${s}${rest}`);
    fc.assert(
      fc.property(filler, edge, mobile, widths, edge, filler, (before, left, phone, wide, right, after) => {
        const stored = maskPersonalNumbers(`${before}${left}${widen(phone, wide)}${right}${after}`).text;
        expect(compactStored(stored)).not.toContain(phone);
      }),
      { numRuns: 1000 },
    );
  });

  // Promise lists and payment notes as agents write them: dates and amounts, repeated.
  const year = fc.integer({ min: 2024, max: 2030 });
  const month = fc.integer({ min: 1, max: 12 });
  const day = fc.integer({ min: 1, max: 28 });
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = fc
    .tuple(year, month, day, fc.integer({ min: 0, max: 5 }))
    .map(
      ([y, m, d, form]) =>
        [
          `${y}-${pad(m)}-${pad(d)}`,
          `${y}/${pad(m)}/${pad(d)}`,
          `${y}.${pad(m)}.${pad(d)}`,
          `${y}年${m}月${d}日`,
          `${m}月${d}日`,
          `${pad(m)}/${pad(d)}/${y}`,
        ][form] ?? '',
    );
  const amount = fc
    .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 5 }))
    .map(([minor, form]) => {
      const major = Math.trunc(minor / 100);
      const cents = `${major}.${pad(minor % 100)}`;
      const grouped = `${major.toLocaleString('en-US')}.${pad(minor % 100)}`;
      return [`¥${grouped}`, `${cents}元`, `${major}元`, `$${grouped}`, cents, `￥${major}`][form] ?? '';
    });
  const join = fc.constantFrom(' ', '、', '，', '; ', '\n', ' 还 ', '：');
  const item = fc.tuple(date, join, amount).map(([d, j, a]) => `${d}${j}${a}`);

  it('leaves generated date-and-amount lists unchanged', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), join, widths, (items, between, wide) => {
        for (const text of [items.join(between), widen(items.join(between), wide)]) {
          expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
          expect(findUnmaskedRuns(text)).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves generated plan read-backs (text and summary) unchanged', () => {
    const request = fc
      .record({
        balance: fc.integer({ min: 100_000, max: 50_000_000 }),
        periods: fc.constantFrom(3, 6, 12, 24),
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 12 }),
        zh: fc.boolean(),
      })
      .map(
        ({ balance, periods, day, month, zh }): PlanRequest =>
          zh
            ? {
                type: 'instalmentFlat',
                balance,
                periods,
                today: `2026-${pad(month)}-${pad(day)}`,
                policy: cnPolicy,
                locale: 'zh-CN',
              }
            : {
                type: 'instalmentAmortising',
                balance,
                periods: periods === 3 ? 6 : periods,
                today: `2026-${pad(month)}-${pad(day)}`,
                policy: usPolicy,
                currency: 'USD',
                locale: 'en-US',
              },
      );
    fc.assert(
      fc.property(request, (plan) => {
        const { readBack } = computePlan(plan);
        for (const text of [readBack.text, readBack.summary]) {
          expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
        }
      }),
      { numRuns: 300 },
    );
  });
});
