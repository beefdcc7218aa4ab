import fc from 'fast-check';
import { Scan } from '../../../lib/privacy/mask/scan';

/**
 * The scan's work text (what each detector reads) is the folded text with every claimed unit
 * replaced by U+0000, however many claims, in whatever order, overlapping or not: checked against
 * the definition written here unit by unit (the scan rebuilds it from the claims' ranges).
 */
describe('Scan.work', () => {
  it('is the folded text with exactly the claimed units blanked, after any claims', () => {
    const text = fc.string({
      unit: fc.constantFrom('1', '3', '8', ' ', '-', '卡', '号', '\u3000', '４', 'a'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 8 }),
        (typed, first, second) => {
          const scan = new Scan(typed);
          const folded = scan.folded.text;
          const blanked = new Set<number>();
          const expected = () => Array.from(folded, (unit, i) => (blanked.has(i) ? '\u0000' : unit)).join('');
          for (const claims of [first, second]) {
            for (const [at, length] of claims) {
              const start = folded.length === 0 ? 0 : at % folded.length;
              const end = Math.min(folded.length, start + length);
              scan.claimRange('number', start, end, 1);
              for (let i = start; i < end; i += 1) blanked.add(i);
            }
            // Read between rounds, as a detector does after the previous one's claims.
            expect(scan.work).toBe(expected());
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
