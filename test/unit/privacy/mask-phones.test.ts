/**
 * Phone numbers that are not Chinese mobiles (review debts, item 2): US/Canadian numbers without a
 * cue, UK numbers, Chinese landlines and international (E.164) numbers are masked to their last
 * four as `phone`; the probe's amounts, dates, times and reference numbers are stored as typed.
 */
import { maskPersonalNumbers } from '../../../lib/privacy/mask';
import { PHONE_NEAR_MISSES, PHONE_POSITIVES } from '../../fixtures/privacy/phone-probe';

/** The ASCII digits a reader still sees in a stored line. */
const digitsOf = (text: string) => text.replace(/\D/g, '');

describe('phones beyond Chinese mobiles', () => {
  it('has the 40 lines that must stay unmasked', () => {
    expect(PHONE_NEAR_MISSES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(PHONE_POSITIVES.map(([typed, number]) => [typed, number] as const))(
    'masks %j to its last four',
    (typed, number) => {
      const { text, masked } = maskPersonalNumbers(typed);
      expect(masked).toEqual([{ kind: 'phone', count: 1 }]);
      expect(digitsOf(text)).not.toContain(number.slice(0, 7));
      expect(digitsOf(text)).toContain(number.slice(-4));
      // Masking a stored line again changes nothing.
      expect(maskPersonalNumbers(text).text).toBe(text);
    },
  );

  it.each(PHONE_NEAR_MISSES.map((line) => [line] as const))('keeps %j', (line) => {
    expect(maskPersonalNumbers(line)).toEqual({ text: line, masked: [] });
  });

  it('writes the masked number over what was typed, marks and brackets kept', () => {
    expect(maskPersonalNumbers('+44 7700 900123').text).toBe('+** **** **0123');
    expect(maskPersonalNumbers('office 01632 960123').text).toBe('office ***** **0123');
    expect(maskPersonalNumbers('客户电话 415 555 0142').text).toBe('客户电话 *** *** 0142');
  });

  it('leaves a number too long for E.164 to the card and account rules', () => {
    expect(maskPersonalNumbers('+4111 1111 1111 1111').masked).toEqual([{ kind: 'card', count: 1 }]);
  });
});
