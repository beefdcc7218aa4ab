import fc from 'fast-check';
import { isLuhnValid, maskPersonalNumbers } from '../../../lib/privacy/mask';

/**
 * Review 2026-11 item 7, by class rather than by example: whatever script the digits are in,
 * whatever marks sit between the groups, the number does not survive.
 */

/** Zeros of decimal scripts (generator and reader share them; the masker does not). */
const ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20,
  0x1040, 0x17e0, 0x1810, 0xff10, 0x1e950,
];
const NUMERALS = ['〇零', '一幺壹', '二贰貳', '三叁參', '四肆', '五伍', '六陆陸', '七柒', '八捌', '九玖'];

function readable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    const numeral = NUMERALS.findIndex((set) => set.includes(char));
    if (/\d/.test(char)) out += char;
    else if (zero !== undefined) out += String(code - zero);
    else if (numeral >= 0) out += String(numeral);
    else if (char === '*') out += '*';
  }
  return out;
}

const digit = fc.constantFrom(...'0123456789'.split(''));
const digits = (length: number) => fc.string({ unit: digit, minLength: length, maxLength: length });

/** Every digit in one decimal script, some left ASCII; or every digit a Chinese numeral. */
const writing = fc.oneof(
  fc.tuple(fc.constantFrom(...ZEROS), fc.array(fc.boolean(), { minLength: 1, maxLength: 6 })).map(
    ([zero, ascii]) =>
      (number: string) =>
        [...number]
          .map((d, i) => (ascii[i % ascii.length] ? d : String.fromCodePoint(zero + Number(d))))
          .join(''),
  ),
  fc.array(fc.nat(2), { minLength: 1, maxLength: 5 }).map(
    (picks) => (number: string) =>
      [...number]
        .map((d, i) => {
          const set = NUMERALS[Number(d)] ?? '';
          return set[(picks[i % picks.length] ?? 0) % set.length];
        })
        .join(''),
  ),
);
const mark = fc.constantFrom(' ', '/', '·', '・', '_', '|', '-', '\n', '／');
const before = fc.constantFrom('', '卡号', '客户说', 'card ', '号码：', '，');
const after = fc.constantFrom('', '，', '。', ' ok', '一直没还', '三五天后再打', '\n明天还');

function withLuhnDigit(body: string): string {
  for (let check = 0; check <= 9; check += 1) if (isLuhnValid(`${body}${check}`)) return `${body}${check}`;
  throw new Error('unreachable');
}

function noRunOf(stored: string, number: string): boolean {
  const read = readable(stored);
  for (let at = 0; at + 7 <= number.length; at += 1)
    if (read.includes(number.slice(at, at + 7))) return false;
  return true;
}

describe('masking by class (review item 7)', () => {
  it('no Luhn-valid card survives, in any script or numerals, grouped by any mark', () => {
    // Issuers' first digits: 3 (Amex, JCB, Diners), 4 (Visa), 5 (Mastercard), 6 (UnionPay, Discover).
    const card = fc
      .tuple(fc.constantFrom('3', '4', '5', '6'), fc.integer({ min: 13, max: 19 }))
      .chain(([first, n]) => digits(n - 2).map((rest) => `${first}${rest}`))
      .map(withLuhnDigit);
    fc.assert(
      fc.property(
        before,
        card,
        writing,
        fc.option(mark, { nil: undefined }),
        after,
        (b, number, write, sep, a) => {
          const grouped = sep === undefined ? number : (number.match(/.{1,4}/g) ?? []).join(sep);
          const written = grouped.replace(/\d/g, (d) => write(d));
          expect(noRunOf(maskPersonalNumbers(`${b}${written}${a}`).text, number)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('no Chinese mobile survives, in any script or numerals, with a numeral word after it', () => {
    const mobile = fc
      .tuple(fc.constantFrom(...'3456789'.split('')), digits(9))
      .map(([second, rest]) => `1${second}${rest}`);
    fc.assert(
      fc.property(before, mobile, writing, after, (b, number, write, a) => {
        const stored = maskPersonalNumbers(`${b}${write(number)}${a}`).text;
        expect(readable(stored)).not.toContain(number.slice(0, 7));
      }),
      { numRuns: 600 },
    );
  });

  it('no issuable SSN survives in its dashed shape, and none after its cue however grouped', () => {
    const ssn = fc
      .tuple(
        fc.integer({ min: 1, max: 899 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 9999 }),
      )
      .filter(([area]) => area !== 666)
      .map(([area, group, serial]) => [
        String(area).padStart(3, '0'),
        String(group).padStart(2, '0'),
        String(serial).padStart(4, '0'),
      ]);
    const cue = fc.constantFrom('ssn ', 'SSN: ', 'social ', 'SS# ', 'soc sec ', 'social security number is ');
    fc.assert(
      fc.property(ssn, cue, fc.constantFrom('', ' ', '-', '.'), (parts, said, sep) => {
        const number = parts.join('');
        expect(readable(maskPersonalNumbers(`called re ${parts.join('-')}`).text)).not.toContain(number);
        expect(readable(maskPersonalNumbers(`${said}${parts.join(sep)}`).text)).not.toContain(number);
      }),
      { numRuns: 500 },
    );
  });
});
