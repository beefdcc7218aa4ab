import fc from 'fast-check';
import { isLuhnValid, isResidentId, redactText } from '../../../lib/db/redact';

/** Appends the Luhn check digit to a body of digits. */
function withLuhnDigit(body: string): string {
  for (let check = 0; check <= 9; check += 1) {
    if (isLuhnValid(`${body}${check}`)) return `${body}${check}`;
  }
  throw new Error('unreachable');
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (ID_WEIGHTS[i] ?? 0), 0);
  return '10X98765432'[sum % 11] ?? '?';
}

describe('redactText: examples', () => {
  it('keeps the first six and last four of a card number', () => {
    expect(redactText('卡号 6225881234521234 已核实')).toEqual({
      text: '卡号 622588******1234 已核实',
      masked: [{ kind: 'card', count: 1 }],
    });
  });

  it('finds cards written with spaces or dashes and keeps the layout', () => {
    expect(redactText('card 4111 1111 1111 1111.').text).toBe('card 4111 11** **** 1111.');
    expect(redactText('4111-1111-1111-1111').text).toBe('4111-11**-****-1111');
    // Amex, 15 digits in 4-6-5.
    expect(redactText('Amex 3782 822463 10005').text).toBe('Amex 3782 82**** *0005');
  });

  it('leaves a Luhn-invalid 16-digit number alone', () => {
    expect(redactText('订单号 4111111111111112').text).toBe('订单号 4111111111111112');
  });

  it('masks a resident ID number except the first three and last two characters', () => {
    const id = '11010519491231002X';
    expect(isResidentId(id)).toBe(true);
    expect(redactText(`身份证${id}，已核实`)).toEqual({
      text: '身份证110*************2X，已核实',
      masked: [{ kind: 'idCard', count: 1 }],
    });
    expect(redactText('id 110105194912310021').text).toBe('id 110105194912310021');
  });

  it('does not take an 18-digit number with an impossible birth date for an ID', () => {
    const first17 = '11010519491331002'; // month 13
    const candidate = `${first17}${idCheckChar(first17)}`;
    expect(isResidentId(candidate)).toBe(false);
  });

  it('masks Chinese mobiles except the last four, in every usual form', () => {
    expect(redactText('手机13800138000').text).toBe('手机*******8000');
    expect(redactText('手机 138 0013 8000').text).toBe('手机 *** **** 8000');
    expect(redactText('+86 138-0013-8000').text).toBe('+** ***-****-8000');
    expect(redactText('+8613800138000').masked).toEqual([{ kind: 'phone', count: 1 }]);
  });

  it('masks US numbers except the last four', () => {
    expect(redactText('call +1 (415) 555-0134 back').text).toBe('call +* (***) ***-0134 back');
    expect(redactText('(415) 555-0134').text).toBe('(***) ***-0134');
    expect(redactText('cell 415-555-0134').text).toBe('cell ***-***-0134');
    expect(redactText('+1-415-555-0134').masked).toEqual([{ kind: 'phone', count: 1 }]);
  });

  it('leaves amounts, dates and ordinary numbers alone', () => {
    const text =
      '承诺 2026-09-15 还 ¥12,345.67，余额 38000.00，逾期 75 天，卡尾号 1234，已还 1380 元，$1,234.50 on 09/15/2026';
    expect(redactText(text)).toEqual({ text, masked: [] });
  });

  it('counts each kind it masked', () => {
    const result = redactText(
      '卡 6225881234521234 与 4111111111111111，手机 13800138000，身份证 11010519491231002X',
    );
    expect(result.masked).toEqual([
      { kind: 'card', count: 2 },
      { kind: 'idCard', count: 1 },
      { kind: 'phone', count: 1 },
    ]);
  });

  it('is idempotent: masked text is not masked again', () => {
    const once = redactText('6225881234521234 13800138000 11010519491231002X');
    expect(redactText(once.text)).toEqual({ text: once.text, masked: [] });
  });
});

describe('redactText: properties', () => {
  // Text around the number: CJK, letters, punctuation, digits and separators.
  const filler = fc.string({
    unit: fc.constantFrom(...'还款客户说abcXYZ ，。:-/()$¥0123456789\n'.split('')),
    maxLength: 20,
  });
  const boundary = fc.constantFrom(' ', '，', '：', '\n', '(', 'x', '号');

  const card = fc
    .integer({ min: 13, max: 19 })
    .chain((length) =>
      fc.string({
        unit: fc.constantFrom(...'0123456789'.split('')),
        minLength: length - 1,
        maxLength: length - 1,
      }),
    )
    .map(withLuhnDigit);
  const separator = fc.constantFrom('', ' ', '-');
  // Not "x": seventeen digits and an X are a resident ID's shape, never a card (redact.ts).
  const afterCard = fc.constantFrom(' ', '，', '：', '\n', ')', '号', 'a');

  it('never stores a Luhn-valid 13–19 digit number whole, however it is written or embedded', () => {
    fc.assert(
      fc.property(
        filler,
        boundary,
        card,
        separator,
        fc.integer({ min: 3, max: 6 }),
        afterCard,
        filler,
        (before, left, number, sep, group, right, after) => {
          const written =
            sep === '' ? number : (number.match(new RegExp(`.{1,${group}}`, 'g')) ?? []).join(sep);
          const stored = redactText(`${before}${left}${written}${right}${after}`).text;
          expect(stored).not.toContain(written);
          expect(stored.replace(/[ -]/g, '')).not.toContain(number);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves a random 18-digit string with a wrong ID check digit (and no Luhn check) alone', () => {
    const digits17 = fc.string({
      unit: fc.constantFrom(...'0123456789'.split('')),
      minLength: 17,
      maxLength: 17,
    });
    fc.assert(
      fc.property(
        filler,
        boundary,
        digits17,
        fc.constantFrom(...'0123456789X'.split('')),
        boundary,
        filler,
        (before, left, first17, last, right, after) => {
          fc.pre(last !== idCheckChar(first17));
          const candidate = `${first17}${last}`;
          // A Luhn-valid 18-digit string may be a card and is masked as one (see redact.ts).
          fc.pre(!isLuhnValid(candidate));
          const text = `${before}${left}${candidate}${right}${after}`;
          expect(redactText(text).text).toContain(candidate);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('masks every valid resident ID number', () => {
    const birth = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    const region = fc.string({
      unit: fc.constantFrom(...'0123456789'.split('')),
      minLength: 6,
      maxLength: 6,
    });
    const sequence = fc.string({
      unit: fc.constantFrom(...'0123456789'.split('')),
      minLength: 3,
      maxLength: 3,
    });
    fc.assert(
      fc.property(region, birth, sequence, boundary, (area, date, seq, edge) => {
        const first17 = `${area}${date.toISOString().slice(0, 10).replaceAll('-', '')}${seq}`;
        const id = `${first17}${idCheckChar(first17)}`;
        const stored = redactText(`身份证${edge}${id}${edge}`).text;
        expect(stored).not.toContain(id);
        expect(stored).toContain(`${id.slice(0, 3)}${'*'.repeat(13)}${id.slice(16)}`);
      }),
      { numRuns: 500 },
    );
  });

  it('never keeps a Chinese mobile number whole', () => {
    const mobile = fc
      .tuple(
        fc.constantFrom(...'3456789'.split('')),
        fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 9, maxLength: 9 }),
      )
      .map(([second, rest]) => `1${second}${rest}`);
    fc.assert(
      fc.property(filler, boundary, mobile, boundary, filler, (before, left, phone, right, after) => {
        const stored = redactText(`${before}${left}${phone}${right}${after}`).text;
        expect(stored).not.toContain(phone);
      }),
      { numRuns: 1000 },
    );
  });
});
