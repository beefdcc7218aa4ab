/**
 * Shape of the fifth blind probe set (test/fixtures/guard-blind5): enough lines per language, valid
 * categories, no line repeated, and no line already in the four earlier blind sets (compared after the one
 * folding, so a width or 您/你 variant of an earlier line counts as the same line). Only the shape is checked:
 * the guard is never run on the set here, and no line is printed (the set must stay unseen; issue 12 §10).
 */
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_CATEGORIES } from '../../../lib/pack/rule-schema';
import { foldText } from '../../../lib/text/fold';
import * as blind1 from '../../fixtures/guard-blind';
import * as blind2 from '../../fixtures/guard-blind2';
import * as blind3 from '../../fixtures/guard-blind3';
import * as blind4 from '../../fixtures/guard-blind4';
import {
  acceptedCategories5,
  BLIND5_COMPLIANT_EN,
  BLIND5_COMPLIANT_ZH,
  BLIND5_VIOLATIONS_EN,
  BLIND5_VIOLATIONS_ZH,
} from '../../fixtures/guard-blind5';

const texts = (violations: readonly (readonly [string, string])[]) => violations.map(([, text]) => text);

const blind5 = [
  ...texts(BLIND5_VIOLATIONS_ZH),
  ...BLIND5_COMPLIANT_ZH,
  ...texts(BLIND5_VIOLATIONS_EN),
  ...BLIND5_COMPLIANT_EN,
];

/** Every line of an earlier set, whatever its export names: each exported array holds lines or [category, line]. */
const linesOf = (set: Record<string, unknown>): string[] =>
  Object.values(set)
    .filter((value): value is readonly unknown[] => Array.isArray(value))
    .flat()
    .map((entry) => (Array.isArray(entry) ? entry[1] : entry))
    .filter((text): text is string => typeof text === 'string');

const earlier = new Set(
  [blind1, blind2, blind3, blind4].flatMap(linesOf).map((text) => foldText(text).trim()),
);

describe('the fifth blind probe set', () => {
  it('has at least 140 zh and 120 en violations, 60 zh and 60 en compliant lines', () => {
    expect(BLIND5_VIOLATIONS_ZH.length).toBeGreaterThanOrEqual(140);
    expect(BLIND5_VIOLATIONS_EN.length).toBeGreaterThanOrEqual(120);
    expect(BLIND5_COMPLIANT_ZH.length).toBeGreaterThanOrEqual(60);
    expect(BLIND5_COMPLIANT_EN.length).toBeGreaterThanOrEqual(60);
  });

  it('labels every violation with a guard category (or threat|privacy) and every line has text', () => {
    const known = new Set<string>(FORBIDDEN_CATEGORIES);
    const badLabels = [...BLIND5_VIOLATIONS_ZH, ...BLIND5_VIOLATIONS_EN].filter(
      ([category]) => !acceptedCategories5(category).every((c) => known.has(c)),
    ).length;
    expect(badLabels).toBe(0);
    expect(blind5.filter((text) => foldText(text).trim() === '').length).toBe(0);
  });

  it('repeats no line, even in another width or form of address', () => {
    const folded = blind5.map((text) => foldText(text).trim());
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('shares no line with the four earlier blind sets (counted, never printed)', () => {
    // The four earlier sets hold several hundred lines each: a set whose lines linesOf no longer finds shrinks this.
    expect(earlier.size).toBeGreaterThanOrEqual(1000);
    const shared = blind5.filter((text) => earlier.has(foldText(text).trim())).length;
    expect(shared).toBe(0);
  });
});
