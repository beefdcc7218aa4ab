/**
 * The shape checks every blind probe set passes (issue 12 §10): enough lines per language, valid categories, no
 * line repeated, and no line already in an earlier blind set (compared after the one folding, so a width or 您/你
 * variant of an earlier line counts as the same line). Only the shape is checked: the guard is never run on a set
 * here, and no line is printed (a set must stay unseen until it is measured). One body for every set, so a
 * later set cannot be checked less strictly than the one before it.
 */
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_CATEGORIES } from '../../../lib/pack/rule-schema';
import { foldText } from '../../../lib/text/fold';

type Violations = readonly (readonly [string, string])[];

export interface BlindSet<C extends string> {
  readonly violationsZh: readonly (readonly [C, string])[];
  readonly violationsEn: readonly (readonly [C, string])[];
  readonly compliantZh: readonly string[];
  readonly compliantEn: readonly string[];
  readonly accepted: (category: C) => readonly string[];
}

export interface Minimums {
  readonly violationsZh: number;
  readonly violationsEn: number;
  readonly compliantZh: number;
  readonly compliantEn: number;
}

const texts = (violations: Violations) => violations.map(([, text]) => text);

/** Every line of an earlier set, whatever its export names: each exported array holds lines or [category, line]. */
const linesOf = (set: Record<string, unknown>): string[] =>
  Object.values(set)
    .filter((value): value is readonly unknown[] => Array.isArray(value))
    .flat()
    .map((entry) => (Array.isArray(entry) ? entry[1] : entry))
    .filter((text): text is string => typeof text === 'string');

const folded = (text: string) => foldText(text).trim();

/**
 * Declares the shape tests of one set. `earlier` are the earlier sets' modules; `earliestLines` how many distinct
 * lines they hold at least, so a set whose lines `linesOf` no longer finds fails rather than shrinking the check.
 */
export function describeBlindSetShape<C extends string>(
  name: string,
  set: BlindSet<C>,
  minimums: Minimums,
  earlier: readonly Record<string, unknown>[],
  earlierLines: number,
): void {
  const all = [
    ...texts(set.violationsZh),
    ...set.compliantZh,
    ...texts(set.violationsEn),
    ...set.compliantEn,
  ];
  const earlierSet = new Set(earlier.flatMap(linesOf).map(folded));

  describe(name, () => {
    it(`has at least ${minimums.violationsZh} zh and ${minimums.violationsEn} en violations, ${minimums.compliantZh} zh and ${minimums.compliantEn} en compliant lines`, () => {
      expect(set.violationsZh.length).toBeGreaterThanOrEqual(minimums.violationsZh);
      expect(set.violationsEn.length).toBeGreaterThanOrEqual(minimums.violationsEn);
      expect(set.compliantZh.length).toBeGreaterThanOrEqual(minimums.compliantZh);
      expect(set.compliantEn.length).toBeGreaterThanOrEqual(minimums.compliantEn);
    });

    it('labels every violation with a guard category (or threat|privacy) and every line has text', () => {
      const known = new Set<string>(FORBIDDEN_CATEGORIES);
      const badLabels = [...set.violationsZh, ...set.violationsEn].filter(
        ([category]) => !set.accepted(category).every((c) => known.has(c)),
      ).length;
      expect(badLabels).toBe(0);
      expect(all.filter((text) => folded(text) === '').length).toBe(0);
    });

    it('repeats no line, even in another width or form of address', () => {
      const lines = all.map(folded);
      expect(new Set(lines).size).toBe(lines.length);
    });

    it(`shares no line with the ${earlier.length} earlier blind sets (counted, never printed)`, () => {
      expect(earlierSet.size).toBeGreaterThanOrEqual(earlierLines);
      expect(all.filter((text) => earlierSet.has(folded(text))).length).toBe(0);
    });
  });
}
