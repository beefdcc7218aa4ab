/**
 * The shape of the third blind probe set (test/fixtures/guard-blind3): enough lines per language, valid
 * categories, no line repeated, and no line shared with the earlier blind sets after folding (a shared line
 * would count something the guard may have been tuned on). It checks the shape only: never what the guard
 * makes of the lines, and it never prints a line (failures name counts and positions).
 */
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_CATEGORIES } from '../../../lib/pack/schema';
import { foldText } from '../../../lib/text/fold';
import {
  BLIND_COMPLIANT_EN,
  BLIND_COMPLIANT_ZH,
  BLIND_VIOLATIONS_EN,
  BLIND_VIOLATIONS_ZH,
} from '../../fixtures/guard-blind';
import {
  BLIND2_COMPLIANT_EN,
  BLIND2_COMPLIANT_ZH,
  BLIND2_VIOLATIONS_EN,
  BLIND2_VIOLATIONS_ZH,
} from '../../fixtures/guard-blind2';
import {
  acceptedCategories3,
  BLIND3_COMPLIANT_EN,
  BLIND3_COMPLIANT_ZH,
  BLIND3_VIOLATIONS_EN,
  BLIND3_VIOLATIONS_ZH,
} from '../../fixtures/guard-blind3';

const texts = (violations: readonly (readonly [string, string])[]) => violations.map(([, text]) => text);

const blind3 = [
  ...texts(BLIND3_VIOLATIONS_ZH),
  ...BLIND3_COMPLIANT_ZH,
  ...texts(BLIND3_VIOLATIONS_EN),
  ...BLIND3_COMPLIANT_EN,
];

const earlier = [
  ...texts(BLIND_VIOLATIONS_ZH),
  ...BLIND_COMPLIANT_ZH,
  ...texts(BLIND_VIOLATIONS_EN),
  ...BLIND_COMPLIANT_EN,
  ...texts(BLIND2_VIOLATIONS_ZH),
  ...BLIND2_COMPLIANT_ZH,
  ...texts(BLIND2_VIOLATIONS_EN),
  ...BLIND2_COMPLIANT_EN,
];

/** Positions (in `lines`) whose folded text is in `seen` or repeats an earlier position. */
function clashes(lines: readonly string[], seen: ReadonlySet<string>): number[] {
  const own = new Set<string>();
  const at: number[] = [];
  lines.forEach((line, index) => {
    const folded = foldText(line).trim();
    if (seen.has(folded) || own.has(folded)) at.push(index);
    own.add(folded);
  });
  return at;
}

describe('the third blind probe set', () => {
  it('has at least the required number of lines per language', () => {
    expect(BLIND3_VIOLATIONS_ZH.length).toBeGreaterThanOrEqual(100);
    expect(BLIND3_VIOLATIONS_EN.length).toBeGreaterThanOrEqual(90);
    expect(BLIND3_COMPLIANT_ZH.length).toBeGreaterThanOrEqual(60);
    expect(BLIND3_COMPLIANT_EN.length).toBeGreaterThanOrEqual(55);
  });

  it("labels every violation with the guard's categories and every line is non-empty", () => {
    const known = new Set<string>(FORBIDDEN_CATEGORIES);
    const violations = [...BLIND3_VIOLATIONS_ZH, ...BLIND3_VIOLATIONS_EN];
    const badCategory = violations
      .map(([category], index) => (acceptedCategories3(category).every((c) => known.has(c)) ? -1 : index))
      .filter((index) => index >= 0);
    expect(badCategory).toEqual([]);
    const empty = blind3
      .map((line, index) => (foldText(line).trim() === '' ? index : -1))
      .filter((i) => i >= 0);
    expect(empty).toEqual([]);
  });

  it('covers every category in each language', () => {
    for (const violations of [BLIND3_VIOLATIONS_ZH, BLIND3_VIOLATIONS_EN]) {
      const labels = new Set<string>(violations.map(([category]) => category));
      for (const category of FORBIDDEN_CATEGORIES) expect(labels.has(category)).toBe(true);
    }
  });

  it('repeats no line, after folding', () => {
    expect(clashes(blind3, new Set())).toEqual([]);
  });

  it('shares no line with the first or the second blind set, after folding', () => {
    const seen = new Set(earlier.map((line) => foldText(line).trim()));
    expect(seen.size).toBeGreaterThan(0);
    expect(clashes(blind3, seen)).toEqual([]);
  });
});
