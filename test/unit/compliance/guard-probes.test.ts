/**
 * The guard on agent speech, measured on a probe set written before the default packs' phrase
 * lists were changed (guard-probes.ts): every violation is flagged with its category, every
 * compliant line an agent legitimately says stays silent, with the default packs as shipped.
 */

import { findForbiddenPhrases, overflowingPieces } from '@/lib/compliance/phrases';
import { pack as en } from '../pack/default-en-pack';
import { pack as zh } from '../pack/default-zh-pack';
import {
  CATEGORY_OF,
  EN_COMPLIANT,
  EN_FRESH_COMPLIANT,
  EN_FRESH_VIOLATIONS,
  EN_HELDOUT_COMPLIANT,
  EN_HELDOUT_VIOLATIONS,
  EN_THIRD_COMPLIANT,
  EN_THIRD_VIOLATIONS,
  EN_VIOLATIONS,
  ZH_COMPLIANT,
  ZH_FRESH_COMPLIANT,
  ZH_FRESH_VIOLATIONS,
  ZH_HELDOUT_COMPLIANT,
  ZH_HELDOUT_VIOLATIONS,
  ZH_THIRD_COMPLIANT,
  ZH_THIRD_VIOLATIONS,
  ZH_VIOLATIONS,
} from './guard-probes';
import {
  EN_NEW_COMPLIANT,
  EN_NEW_VIOLATIONS,
  NEW_WORDING_CATEGORY,
  ZH_NEW_COMPLIANT,
  ZH_NEW_VIOLATIONS,
} from './guard-probes-new-wording';

// The first set, then the three held-out rounds (each written before the change it measured).
describe.each([
  ['first set, zh', zh, ZH_VIOLATIONS, ZH_COMPLIANT],
  ['first set, en', en, EN_VIOLATIONS, EN_COMPLIANT],
  ['held-out 1, zh', zh, ZH_HELDOUT_VIOLATIONS, ZH_HELDOUT_COMPLIANT],
  ['held-out 1, en', en, EN_HELDOUT_VIOLATIONS, EN_HELDOUT_COMPLIANT],
  ['held-out 2, zh', zh, ZH_FRESH_VIOLATIONS, ZH_FRESH_COMPLIANT],
  ['held-out 2, en', en, EN_FRESH_VIOLATIONS, EN_FRESH_COMPLIANT],
  ['held-out 3, zh', zh, ZH_THIRD_VIOLATIONS, ZH_THIRD_COMPLIANT],
  ['held-out 3, en', en, EN_THIRD_VIOLATIONS, EN_THIRD_COMPLIANT],
] as const)('guard probes (%s)', (_set, pack, violations, compliant) => {
  it.each(violations)('flags %s: %s', (code, line) => {
    const categories = findForbiddenPhrases(line, pack.rules).map((m) => m.category);
    expect(
      categories.some((c) => CATEGORY_OF[code].includes(c)),
      `${line} → [${categories.join(', ')}]`,
    ).toBe(true);
  });
  it.each(compliant)('stays silent: %s', (line) => {
    expect(findForbiddenPhrases(line, pack.rules).map((m) => line.slice(m.start, m.end))).toEqual([]);
  });
});

describe('the default packs spell every phrase in full', () => {
  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('%s: no piece expands past the cap (it would be cut silently)', (_lang, pack) => {
    const overflowing = pack.rules.flatMap((rule) =>
      rule.type === 'forbiddenPhrases'
        ? rule.categories.flatMap((c) => c.phrases.filter((p) => overflowingPieces(p).length > 0))
        : [],
    );
    expect(overflowing).toEqual([]);
  });
  it('detects a piece that would be cut', () => {
    expect(overflowingPieces('(a|b|c|d|e|f|g|h)(a|b|c|d|e|f|g|h)(x|y)…z')).toEqual([
      '(a|b|c|d|e|f|g|h)(a|b|c|d|e|f|g|h)(x|y)',
    ]);
    expect(overflowingPieces('(a|b|c|d|e|f|g|h)…(a|b|c|d|e|f|g|h)(x|y)')).toEqual([]);
  });
});

// Written before the word families (guard-probes-new-wording.ts). On main it flagged zh 25/50 and
// en 19/38, with 9/34 and 6/32 false alarms; the default packs now flag all of it and keep every
// compliant line silent (the last false alarm, `No court has ordered your wages garnished`, is a
// denying subject since round 9).

describe.each([
  ['new wording, zh', zh, ZH_NEW_VIOLATIONS, ZH_NEW_COMPLIANT],
  ['new wording, en', en, EN_NEW_VIOLATIONS, EN_NEW_COMPLIANT],
] as const)('guard probes (%s)', (_set, pack, violations, compliant) => {
  it.each(violations)('flags %s: %s', (code, line) => {
    const categories = findForbiddenPhrases(line, pack.rules).map((m) => m.category);
    expect(
      categories.some((c) => NEW_WORDING_CATEGORY[code].includes(c)),
      `${line} → [${categories.join(', ')}]`,
    ).toBe(true);
  });
  it.each(compliant)('stays silent: %s', (line) => {
    expect(findForbiddenPhrases(line, pack.rules).map((m) => line.slice(m.start, m.end))).toEqual([]);
  });
});
