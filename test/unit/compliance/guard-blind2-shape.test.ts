/**
 * The second blind probe set (test/fixtures/guard-blind2) has the shape its measurement needs: enough
 * lines per language, valid categories, no line twice, and no line of the first blind set (so the two
 * sets measure different wording). Only counts are asserted, so a failure never prints a probe line:
 * nobody should tune the guard on these sets by reading a test log.
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
  acceptedCategories2,
  BLIND2_COMPLIANT_EN,
  BLIND2_COMPLIANT_ZH,
  BLIND2_VIOLATIONS_EN,
  BLIND2_VIOLATIONS_ZH,
} from '../../fixtures/guard-blind2';

const languages = [
  { name: 'zh', violations: BLIND2_VIOLATIONS_ZH, compliant: BLIND2_COMPLIANT_ZH, min: [60, 50] },
  { name: 'en', violations: BLIND2_VIOLATIONS_EN, compliant: BLIND2_COMPLIANT_EN, min: [50, 45] },
] as const;

const blind2Lines = (): string[] =>
  languages.flatMap((l) => [...l.violations.map(([, text]) => text), ...l.compliant]);

/** How many lines of `lines` occur more than once when compared folded (width, case, 您→你, invisibles). */
const repeats = (lines: readonly string[]): number => {
  const seen = new Set<string>();
  let count = 0;
  for (const line of lines) {
    const key = foldText(line).trim();
    if (seen.has(key)) count += 1;
    seen.add(key);
  }
  return count;
};

describe('the second blind guard probe set', () => {
  for (const { name, violations, compliant, min } of languages) {
    it(`has at least ${min[0]} violations and ${min[1]} compliant lines in ${name}`, () => {
      expect(violations.length).toBeGreaterThanOrEqual(min[0]);
      expect(compliant.length).toBeGreaterThanOrEqual(min[1]);
    });

    it(`labels every ${name} violation with guard categories that exist`, () => {
      const known = new Set<string>(FORBIDDEN_CATEGORIES);
      const invalid = violations.filter(
        ([category]) =>
          acceptedCategories2(category).length === 0 ||
          !acceptedCategories2(category).every((c) => known.has(c)),
      );
      expect(invalid.length).toBe(0);
    });
  }

  it('has no empty or padded line', () => {
    const bad = blind2Lines().filter((line) => line.trim() === '' || line !== line.trim());
    expect(bad.length).toBe(0);
  });

  it('repeats no line, within or across languages and labels', () => {
    expect(repeats(blind2Lines())).toBe(0);
  });

  it('shares no line with the first blind set', () => {
    const first = new Set(
      [
        ...BLIND_VIOLATIONS_ZH.map(([, text]) => text),
        ...BLIND_VIOLATIONS_EN.map(([, text]) => text),
        ...BLIND_COMPLIANT_ZH,
        ...BLIND_COMPLIANT_EN,
      ].map((line) => foldText(line).trim()),
    );
    expect(first.size).toBeGreaterThan(0);
    const shared = blind2Lines().filter((line) => first.has(foldText(line).trim()));
    expect(shared.length).toBe(0);
  });

  it('accepts either a threat or a privacy match for the third-party threats, one category otherwise', () => {
    expect([...acceptedCategories2('threat|privacy')].sort()).toEqual(['privacy', 'threat']);
    expect(acceptedCategories2('insult')).toEqual(['insult']);
  });
});
