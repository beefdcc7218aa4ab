/**
 * The Guard's phrase work (review debts, item 1): compiling a default pack's forbidden phrases and
 * word families, and checking a 2,000-character note as the notes box does (`checkNote`).
 *
 *   npx tsx test/bench/guard-timing.ts
 *
 * - `first compile`: the matcher built for rules it has never seen (each run on a fresh copy of
 *   the pack's rules with a changed phrase, so no cache can answer);
 * - `same pack again`: the same pack version read again (a new object, as a re-parse gives);
 * - `check`: one note of 2,000 characters (en) or 1,000 (zh), written for this bench without the
 *   phrase lists at hand: an ordinary agent's record of a call.
 * Medians of 20 runs after 3 warm-ups. GUARD_MODULE=<path to lib/compliance/phrases.ts> times
 * another copy (e.g. the code before a change), GUARD_PACKS=<folder> gives that copy its own
 * default packs; both are timed alternately in one process so load on the machine falls on both alike.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PhrasesModule from '../../lib/compliance/phrases';
import { parsePack } from '../../lib/pack/parse';
import type { Rule } from '../../lib/pack/schema';
import { NOTE_EN, NOTE_ZH, repeatTo } from './guard-notes';
import { median } from './median';

const RUNS = 20;
const WARM_UP = 3;

const root = resolve(import.meta.dirname, '../..');

function rulesOf(locale: string, dir = resolve(root, 'lib/pack/defaults')): Rule[] {
  const parsed = parsePack(readFileSync(resolve(dir, `${locale}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`The default pack ${locale} does not parse`);
  return parsed.pack.rules;
}

/** A copy of the rules no cache has seen: one phrase gets a run-specific word appended. */
function unseen(rules: readonly Rule[], run: number): Rule[] {
  const copy = structuredClone(rules) as Rule[];
  for (const rule of copy) {
    if (rule.type !== 'forbiddenPhrases') continue;
    const category = rule.categories[0];
    if (category) category.phrases = [...category.phrases, `bench-only-${run}-${Math.random()}`];
    break;
  }
  return copy;
}

const load = async (path: string) => (await import(pathToFileURL(path).href)) as typeof PhrasesModule;
const modules: [string, typeof PhrasesModule][] = [
  ['this', await load(resolve(root, 'lib/compliance/phrases.ts'))],
];
if (process.env.GUARD_MODULE) modules.push(['other', await load(resolve(process.env.GUARD_MODULE))]);

const cases = [
  { locale: 'en-US', note: repeatTo(NOTE_EN, 2_000) },
  { locale: 'zh-CN', note: repeatTo(NOTE_ZH, 1_000) },
];

for (const { locale, note } of cases) {
  // GUARD_PACKS=<folder of other default packs>: the other copy checks with its own packs.
  const otherPacks = process.env.GUARD_PACKS;
  const rulesByModule = new Map(
    modules.map(([name]) => [
      name,
      name === 'other' && otherPacks ? rulesOf(locale, resolve(otherPacks)) : rulesOf(locale),
    ]),
  );
  const times = new Map<string, { compile: number[]; again: number[]; check: number[] }>(
    modules.map(([name]) => [name, { compile: [], again: [], check: [] }]),
  );
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [name, phrases] of modules) {
      const rules = rulesByModule.get(name) ?? [];
      const fresh = unseen(rules, run);
      let started = performance.now();
      phrases.checkNote('', fresh);
      phrases.forbiddenPhraseCount(fresh);
      const compile = performance.now() - started;
      const again = structuredClone(fresh) as Rule[];
      started = performance.now();
      phrases.forbiddenPhraseCount(again);
      const reread = performance.now() - started;
      started = performance.now();
      phrases.checkNote(note, rules);
      const check = performance.now() - started;
      const row = times.get(name);
      if (run >= WARM_UP && row) {
        row.compile.push(compile);
        row.again.push(reread);
        row.check.push(check);
      }
    }
  }
  for (const [name, phrases] of modules) {
    const row = times.get(name);
    if (!row) continue;
    const found = phrases.checkNote(note, rulesByModule.get(name) ?? []).length;
    console.log(
      `${name} ${locale}: first compile ${median(row.compile).toFixed(2)} ms, same pack again ${median(row.again).toFixed(2)} ms, ` +
        `check of ${note.length} chars ${median(row.check).toFixed(2)} ms (${found} matches), medians of ${RUNS}`,
    );
  }
}
