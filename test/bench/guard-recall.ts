/**
 * `npx tsx test/bench/guard-recall.ts` (issue 5 §4, issue 12 §10): how the guard does on the blind
 * probes of test/fixtures/guard-blind, written 2026-12-01 by a helper engineer blind to the phrase
 * lists, the matcher and the earlier probe sets. For each default pack (zh-CN with the zh lines, en-US
 * with the en lines) it prints the violations flagged with an accepted category out of all, and the
 * compliant lines kept silent out of all, through the entry point the guard uses on what the agent
 * writes (`checkNote`; only matches on the agent's own words count, as the panel shows them).
 * Counts only: which lines missed is printed only with GUARD_SHOW_MISSES=1, so nobody tunes the
 * matcher on this set by accident. Never tune on it in the session it was written.
 * A second block ("blind 2") does the same for test/fixtures/guard-blind2, written later the same day by
 * another helper blind to the phrase lists, the matcher and the first blind set: it tells whether tuning
 * on the first set generalizes to wording nobody tuned for.
 * A third block ("blind 3") does the same for test/fixtures/guard-blind3, written later the same day by a
 * third helper blind to the phrase lists, the matcher and both earlier blind sets, while the matching was
 * being tuned on those: it tells whether that tuning generalizes.
 * A fourth block ("blind 4") does the same for test/fixtures/guard-blind4, written late on 2026-12-01 by a
 * fourth helper blind to the phrase lists, the matcher and all three earlier blind sets, while the matching was
 * being tuned on those three: it tells whether that round of tuning generalizes.
 * A fifth block ("blind 5") does the same for test/fixtures/guard-blind5, written 2026-12-02 by a fifth helper
 * blind to the phrase lists, the matcher and the four earlier blind sets: it tells whether the tuning done on
 * those four generalizes.
 * A sixth block ("blind 6") does the same for test/fixtures/guard-blind6, written 2026-12-02 by a sixth helper
 * blind to the phrase lists, the matcher and the five earlier sets, while the matching was being tuned: it tells
 * whether that tuning generalizes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkNote } from '../../lib/compliance/phrases';
import { parsePack } from '../../lib/pack/parse';
import type { Rule } from '../../lib/pack/schema';
import {
  acceptedCategories,
  BLIND_COMPLIANT_EN,
  BLIND_COMPLIANT_ZH,
  BLIND_VIOLATIONS_EN,
  BLIND_VIOLATIONS_ZH,
} from '../fixtures/guard-blind';
import {
  acceptedCategories2,
  BLIND2_COMPLIANT_EN,
  BLIND2_COMPLIANT_ZH,
  BLIND2_VIOLATIONS_EN,
  BLIND2_VIOLATIONS_ZH,
} from '../fixtures/guard-blind2';
import {
  acceptedCategories3,
  BLIND3_COMPLIANT_EN,
  BLIND3_COMPLIANT_ZH,
  BLIND3_VIOLATIONS_EN,
  BLIND3_VIOLATIONS_ZH,
} from '../fixtures/guard-blind3';
import {
  acceptedCategories4,
  BLIND4_COMPLIANT_EN,
  BLIND4_COMPLIANT_ZH,
  BLIND4_VIOLATIONS_EN,
  BLIND4_VIOLATIONS_ZH,
} from '../fixtures/guard-blind4';
import {
  acceptedCategories5,
  BLIND5_COMPLIANT_EN,
  BLIND5_COMPLIANT_ZH,
  BLIND5_VIOLATIONS_EN,
  BLIND5_VIOLATIONS_ZH,
} from '../fixtures/guard-blind5';
import {
  acceptedCategories6,
  BLIND6_COMPLIANT_EN,
  BLIND6_COMPLIANT_ZH,
  BLIND6_VIOLATIONS_EN,
  BLIND6_VIOLATIONS_ZH,
} from '../fixtures/guard-blind6';

const root = resolve(import.meta.dirname, '../..');
const showMisses = process.env.GUARD_SHOW_MISSES === '1';

function rulesOf(locale: string): readonly Rule[] {
  const parsed = parsePack(readFileSync(resolve(root, `lib/pack/defaults/${locale}.json`), 'utf8'));
  if (!parsed.ok)
    throw new Error(`The default pack ${locale} does not parse: ${parsed.errors[0]?.message.en}`);
  return parsed.pack.rules;
}

/** The categories the guard gives to the agent's own words in `text` (customer speech in a note is a record). */
const agentCategories = (text: string, rules: readonly Rule[]): Set<string> =>
  new Set(
    checkNote(text, rules)
      .filter((m) => m.speaker === 'agent')
      .map((m) => m.category),
  );

const ratio = (n: number, total: number) => `${n}/${total} (${Math.round((100 * n) / total)} %)`;

/** Each set labels its lines with its own categories and says which of the guard's categories count as a hit. */
function measure<C extends string>(
  locale: string,
  violations: readonly (readonly [C, string])[],
  compliant: readonly string[],
  accepted: (category: C) => readonly string[],
): void {
  const rules = rulesOf(locale);
  const byCategory = new Map<C, { flagged: number; total: number }>();
  const misses: string[] = [];
  let flagged = 0;
  let flaggedAny = 0;
  for (const [category, text] of violations) {
    const found = agentCategories(text, rules);
    const hit = accepted(category).some((c) => found.has(c));
    const row = byCategory.get(category) ?? { flagged: 0, total: 0 };
    row.total += 1;
    if (hit) row.flagged += 1;
    byCategory.set(category, row);
    if (hit) flagged += 1;
    if (found.size > 0) flaggedAny += 1;
    if (!hit)
      misses.push(`  missed [${category}]${found.size > 0 ? ` (as ${[...found].join(', ')})` : ''}: ${text}`);
  }
  let silent = 0;
  for (const text of compliant) {
    const found = agentCategories(text, rules);
    if (found.size === 0) silent += 1;
    else misses.push(`  flagged compliant (as ${[...found].join(', ')}): ${text}`);
  }
  console.log(`${locale}`);
  console.log(`  violations flagged with an accepted category  ${ratio(flagged, violations.length)}`);
  console.log(`  violations flagged with any category          ${ratio(flaggedAny, violations.length)}`);
  for (const [category, row] of byCategory) {
    console.log(`    ${category.padEnd(22)} ${ratio(row.flagged, row.total)}`);
  }
  console.log(`  compliant lines kept silent                   ${ratio(silent, compliant.length)}`);
  if (showMisses) for (const line of misses) console.log(line);
}

console.log('Guard on the blind probes (test/fixtures/guard-blind), checkNote, agent words only');
measure('zh-CN', BLIND_VIOLATIONS_ZH, BLIND_COMPLIANT_ZH, acceptedCategories);
measure('en-US', BLIND_VIOLATIONS_EN, BLIND_COMPLIANT_EN, acceptedCategories);
console.log('');
console.log('blind 2: the second blind probes (test/fixtures/guard-blind2), checkNote, agent words only');
measure('zh-CN', BLIND2_VIOLATIONS_ZH, BLIND2_COMPLIANT_ZH, acceptedCategories2);
measure('en-US', BLIND2_VIOLATIONS_EN, BLIND2_COMPLIANT_EN, acceptedCategories2);
console.log('');
console.log('blind 3: the third blind probes (test/fixtures/guard-blind3), checkNote, agent words only');
measure('zh-CN', BLIND3_VIOLATIONS_ZH, BLIND3_COMPLIANT_ZH, acceptedCategories3);
measure('en-US', BLIND3_VIOLATIONS_EN, BLIND3_COMPLIANT_EN, acceptedCategories3);
console.log('');
console.log('blind 4: the fourth blind probes (test/fixtures/guard-blind4), checkNote, agent words only');
measure('zh-CN', BLIND4_VIOLATIONS_ZH, BLIND4_COMPLIANT_ZH, acceptedCategories4);
measure('en-US', BLIND4_VIOLATIONS_EN, BLIND4_COMPLIANT_EN, acceptedCategories4);
console.log('');
console.log('blind 5: the fifth blind probes (test/fixtures/guard-blind5), checkNote, agent words only');
measure('zh-CN', BLIND5_VIOLATIONS_ZH, BLIND5_COMPLIANT_ZH, acceptedCategories5);
measure('en-US', BLIND5_VIOLATIONS_EN, BLIND5_COMPLIANT_EN, acceptedCategories5);
console.log('');
console.log('blind 6: the sixth blind probes (test/fixtures/guard-blind6), checkNote, agent words only');
measure('zh-CN', BLIND6_VIOLATIONS_ZH, BLIND6_COMPLIANT_ZH, acceptedCategories6);
measure('en-US', BLIND6_VIOLATIONS_EN, BLIND6_COMPLIANT_EN, acceptedCategories6);
