/**
 * Two copies of the phrase matcher give the same matches (review debts, item 1: a faster scan and a
 * compile cache must change no result; guard round 13: phrases rewritten to cost less must flag the
 * same words). Every probe line of the guard's tests and the five blind sets, the bench notes, every
 * text of both default packs, each set also joined into one long text (matches across lines, the gap
 * and sentence limits), checked with `checkNote` and `disclosesDebt` by both copies.
 *
 *   GUARD_MODULE=<path to another lib/compliance/phrases.ts> [GUARD_PACKS=<its default packs>] \
 *     npx tsx test/bench/guard-equivalence.ts
 *
 * With GUARD_PACKS the other copy checks with its own packs: then a match is compared by its words
 * (start, end), its category and its speaker, not by the pack's spelling of the phrase, which a
 * rewrite changes. Prints the number of texts and matches compared and every difference; exits 1 on any.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PhrasesModule from '../../lib/compliance/phrases';
import { parsePack } from '../../lib/pack/parse';
import type { Pack, Rule } from '../../lib/pack/schema';
import * as blind from '../fixtures/guard-blind';
import * as blind2 from '../fixtures/guard-blind2';
import * as blind3 from '../fixtures/guard-blind3';
import * as blind4 from '../fixtures/guard-blind4';
import * as blind5 from '../fixtures/guard-blind5';
import * as probes from '../unit/compliance/guard-probes';
import * as newWording from '../unit/compliance/guard-probes-new-wording';
import { NOTE_EN, NOTE_ZH, repeatTo } from './guard-notes';

const root = resolve(import.meta.dirname, '../..');
if (!process.env.GUARD_MODULE)
  throw new Error('Set GUARD_MODULE to the other copy of lib/compliance/phrases.ts');
const load = async (path: string) => (await import(pathToFileURL(path).href)) as typeof PhrasesModule;
const ours = await load(resolve(root, 'lib/compliance/phrases.ts'));
const other = await load(resolve(process.env.GUARD_MODULE));
const otherPacks = process.env.GUARD_PACKS ? resolve(process.env.GUARD_PACKS) : undefined;

/** Every string in a module's exports (lists of lines, lists of [category, line]). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  return [];
}

function packOf(locale: string, dir = resolve(root, 'lib/pack/defaults')): Pack {
  const parsed = parsePack(readFileSync(resolve(dir, `${locale}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`The default pack ${locale} does not parse`);
  return parsed.pack;
}

function packTexts(pack: Pack): string[] {
  return [
    ...pack.scripts.flatMap((s) => s.stages.flatMap((g) => [g.title, ...g.lines.map((l) => l.text)])),
    ...pack.objections.flatMap((o) => [...o.say, ...(o.do ?? [])]),
  ];
}

const lines = [
  ...Object.values(probes),
  ...Object.values(newWording),
  ...[blind, blind2, blind3, blind4, blind5].flatMap((set) => Object.values(set)),
].flatMap(stringsOf);
const locales = ['zh-CN', 'en-US'];
const packs = locales.map((locale) => packOf(locale));
const notes = [repeatTo(NOTE_EN, 2_000), repeatTo(NOTE_ZH, 1_000)];
const sets = [lines, ...packs.map(packTexts)];
const texts = [
  ...sets.flat(),
  ...notes,
  ...sets.map((set) => set.join('\n')),
  ...sets.map((set) => set.join(' ')),
];

/** What a copy finds in a text: every match, by its words and category when the packs differ. */
function found(module: typeof PhrasesModule, text: string, rules: readonly Rule[]): string {
  const thirdParty = rules.filter((r): r is PhrasesModule.ThirdPartyRule => r.type === 'thirdParty');
  const phrases = module.checkNote(text, rules);
  const words = thirdParty.map((r) => module.disclosesDebt(text, r));
  if (!otherPacks) return JSON.stringify([phrases, ...words]);
  return JSON.stringify([phrases.map((m) => [m.start, m.end, m.category, m.speaker]), ...words]);
}

let matches = 0;
let differences = 0;
for (const [k, pack] of packs.entries()) {
  const rules: readonly Rule[] = pack.rules;
  const otherRules: readonly Rule[] = otherPacks ? packOf(locales[k] as string, otherPacks).rules : rules;
  for (const text of texts) {
    matches += ours.checkNote(text, rules).length;
    if (found(ours, text, rules) === found(other, text, otherRules)) continue;
    differences += 1;
    console.log(`difference (${pack.id}): ${text.slice(0, 120)}`);
  }
  if (!otherPacks && ours.forbiddenPhraseCount(rules) !== other.forbiddenPhraseCount(rules)) {
    differences += 1;
    console.log(`difference (${pack.id}): phrase count`);
  }
}
console.log(`${texts.length} texts × ${packs.length} packs, ${matches} matches, ${differences} differences`);
process.exitCode = differences === 0 ? 0 : 1;
