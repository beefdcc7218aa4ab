/**
 * The one set of Chinese refusal shapes (refusal-zh.ts) that the denied refusal and the refusal as a
 * condition read by name: each rule's shapes are the groups it names, longest first.
 */
import { ZH_REFUSAL, zhRefusalSource } from '../../../lib/objections/refusal-zh';

describe('Chinese refusal shapes', () => {
  it('joins the named groups, longest first, each shape once', () => {
    expect(zhRefusalSource('plain', 'unwilling', 'dodging').split('|')).toEqual([
      '不愿意还',
      '不打算还',
      '不想还',
      '不愿还',
      '不还',
      '赖账',
    ]);
    expect(zhRefusalSource('plain', 'plain')).toBe('不还');
  });

  it('keeps an inability apart from an unwillingness', () => {
    const unwilling = new RegExp(zhRefusalSource('plain', 'unwilling', 'dodging'));
    for (const word of ZH_REFUSAL.unable) expect(unwilling.test(word)).toBe(false);
    expect(new RegExp(zhRefusalSource('unable')).test('实在还不起了')).toBe(true);
  });
});
