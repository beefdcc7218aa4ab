/**
 * Two copies of the phrase matcher give the same matches (review debts, item 1: a faster scan and a
 * compile cache must change no result). Every probe line of the guard's tests and blind set, every
 * text of both default packs, each set also joined into one long text (matches across lines, the
 * gap and sentence limits), checked with `checkNote` and `disclosesDebt` by both copies.
 *
 *   GUARD_MODULE=<path to another lib/compliance/phrases.ts> npx tsx test/bench/guard-equivalence.ts
 *
 * Prints the number of texts and matches compared and every difference; exits 1 on any.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PhrasesModule from '../../lib/compliance/phrases';
import { parsePack } from '../../lib/pack/parse';
import type { Pack, Rule } from '../../lib/pack/schema';
import * as blind from '../fixtures/guard-blind';
import * as blind2 from '../fixtures/guard-blind2';
import * as probes from '../unit/compliance/guard-probes';
import * as newWording from '../unit/compliance/guard-probes-new-wording';

const root = resolve(import.meta.dirname, '../..');
if (!process.env.GUARD_MODULE)
  throw new Error('Set GUARD_MODULE to the other copy of lib/compliance/phrases.ts');
const load = async (path: string) => (await import(pathToFileURL(path).href)) as typeof PhrasesModule;
const ours = await load(resolve(root, 'lib/compliance/phrases.ts'));
const other = await load(resolve(process.env.GUARD_MODULE));

/** Every string in a module's exports (lists of lines, lists of [category, line]). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  return [];
}

function packOf(locale: string): Pack {
  const parsed = parsePack(readFileSync(resolve(root, `lib/pack/defaults/${locale}.json`), 'utf8'));
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
  ...Object.values(blind),
  ...Object.values(blind2),
].flatMap(stringsOf);
const packs = [packOf('zh-CN'), packOf('en-US')];
const sets = [lines, ...packs.map(packTexts)];
const texts = [...sets.flat(), ...sets.map((set) => set.join('\n')), ...sets.map((set) => set.join(' '))];

let matches = 0;
let differences = 0;
for (const pack of packs) {
  const rules: readonly Rule[] = pack.rules;
  const thirdParty = rules.filter((r): r is PhrasesModule.ThirdPartyRule => r.type === 'thirdParty');
  for (const text of texts) {
    const a = [ours.checkNote(text, rules), ...thirdParty.map((r) => ours.disclosesDebt(text, r))];
    const b = [other.checkNote(text, rules), ...thirdParty.map((r) => other.disclosesDebt(text, r))];
    matches += a.flat().length;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    differences += 1;
    console.log(`difference (${pack.id}): ${text.slice(0, 120)}`);
  }
  if (ours.forbiddenPhraseCount(rules) !== other.forbiddenPhraseCount(rules)) {
    differences += 1;
    console.log(`difference (${pack.id}): phrase count`);
  }
}
console.log(`${texts.length} texts × ${packs.length} packs, ${matches} matches, ${differences} differences`);
process.exitCode = differences === 0 ? 0 : 1;
