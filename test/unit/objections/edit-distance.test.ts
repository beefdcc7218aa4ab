import fc from 'fast-check';
import { prefixWithinOneEdit, withinOneEdit } from '../../../lib/objections/edit-distance';

/** Reference optimal-string-alignment distance, quadratic and obviously right. */
function damerau(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 });

describe('withinOneEdit', () => {
  it.each([
    ['money', 'money', true],
    ['mony', 'money', true],
    ['moneyy', 'money', true],
    ['monye', 'money', true],
    ['noney', 'money', true],
    ['mnoey', 'money', true],
    ['mnyeo', 'money', false],
    ['mon', 'money', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });

  it('agrees with the Damerau–Levenshtein distance', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(damerau(a, b) <= 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('prefixWithinOneEdit', () => {
  it.each([
    ['moen', 'money', true],
    ['mone', 'money', true],
    ['mpne', 'money', true],
    ['mney', 'money', true],
    ['monney', 'money', true],
    ['xyzw', 'money', false],
  ])('%s starts %s with one typo → %s', (q, w, expected) => {
    expect(prefixWithinOneEdit(q, w)).toBe(expected);
  });

  it('is true exactly when some beginning of the word is within one edit', () => {
    fc.assert(
      fc.property(word, word, (q, w) => {
        let expected = false;
        for (let end = 0; end <= w.length; end++) if (damerau(q, w.slice(0, end)) <= 1) expected = true;
        expect(prefixWithinOneEdit(q, w)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
