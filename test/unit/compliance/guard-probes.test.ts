/**
 * The guard on agent speech, measured on a probe set written before the default packs' phrase
 * lists were changed (guard-probes.ts): every violation is flagged with its category, every
 * compliant line an agent legitimately says stays silent, with the default packs as shipped.
 */

import { findForbiddenPhrases, overflowingPieces } from '@/lib/compliance/phrases';
import enPack from '@/lib/pack/defaults/en-US.json';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import {
  CATEGORY_OF,
  EN_COMPLIANT,
  EN_FRESH_COMPLIANT,
  EN_FRESH_VIOLATIONS,
  EN_HELDOUT_COMPLIANT,
  EN_HELDOUT_VIOLATIONS,
  EN_VIOLATIONS,
  ZH_COMPLIANT,
  ZH_FRESH_COMPLIANT,
  ZH_FRESH_VIOLATIONS,
  ZH_HELDOUT_COMPLIANT,
  ZH_HELDOUT_VIOLATIONS,
  ZH_VIOLATIONS,
} from './guard-probes';

function load(raw: unknown): Pack {
  const parsed = parsePack(raw);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}

describe.each([
  ['zh', load(zhPack), ZH_VIOLATIONS, ZH_COMPLIANT],
  ['en', load(enPack), EN_VIOLATIONS, EN_COMPLIANT],
] as const)('guard probes (%s)', (_lang, pack, violations, compliant) => {
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

describe.each([
  ['zh', load(zhPack), ZH_HELDOUT_VIOLATIONS, ZH_HELDOUT_COMPLIANT],
  ['en', load(enPack), EN_HELDOUT_VIOLATIONS, EN_HELDOUT_COMPLIANT],
] as const)('held-out guard probes (%s)', (_lang, pack, violations, compliant) => {
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

describe.each([
  ['zh', load(zhPack), ZH_FRESH_VIOLATIONS, ZH_FRESH_COMPLIANT],
  ['en', load(enPack), EN_FRESH_VIOLATIONS, EN_FRESH_COMPLIANT],
] as const)('second held-out guard probes (%s)', (_lang, pack, violations, compliant) => {
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
    ['zh', load(zhPack)],
    ['en', load(enPack)],
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
