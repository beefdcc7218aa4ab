/**
 * The word families of a forbidden-phrases rule as the Studio edits them (word families: a phrase
 * names a family as `{name}`; lib/compliance/phrase-families.ts). Read from the half-valid draft,
 * written through edit.ts; a rename rewrites every `{old}` of the rule's phrases to `{new}`, so no
 * phrase is left naming a family that is gone.
 */
import { FAMILY_NAME, familyRefs } from '@/lib/compliance/phrase-families';
import { asList, child, type Edited, inTurn, type JsonPath, setAt } from './edit';
import { stringsOf } from './list-edit';

export interface FamilyEntry {
  name: string;
  words: string[];
}

/** The families of a rule in the draft, in the lead's order. */
export function familiesOf(rule: unknown): FamilyEntry[] {
  const families = child(rule, 'families');
  if (typeof families !== 'object' || families === null || Array.isArray(families)) return [];
  return Object.entries(families).map(([name, words]) => ({ name, words: stringsOf(words) }));
}

/** Every phrase of a rule in the draft, with its path. */
function phrasesOf(rule: unknown, rulePath: JsonPath): { path: JsonPath; phrase: string }[] {
  return asList(child(rule, 'categories')).flatMap((c, ci) =>
    asList(child(c, 'phrases')).flatMap((p, pi) =>
      typeof p === 'string' ? [{ path: [...rulePath, 'categories', ci, 'phrases', pi], phrase: p }] : [],
    ),
  );
}

/** How many phrases of the rule name the family. */
export function phrasesNaming(rule: unknown, name: string): number {
  return phrasesOf(rule, []).filter(({ phrase }) => familyRefs(phrase).includes(name)).length;
}

/** Families the rule's phrases name but the rule does not declare (such a phrase never matches). */
export function undeclaredFamilies(rule: unknown): string[] {
  const declared = new Set(familiesOf(rule).map((f) => f.name));
  const named = phrasesOf(rule, []).flatMap(({ phrase }) => familyRefs(phrase));
  return [...new Set(named)].filter((name) => !declared.has(name));
}

export type FamilyNameProblem = 'pattern' | 'taken';

/** Why `name` cannot name a new family (or the family `current` renamed); undefined when it can. */
export function familyNameProblem(
  name: string,
  rule: unknown,
  current?: string,
): FamilyNameProblem | undefined {
  if (!FAMILY_NAME.test(name)) return 'pattern';
  if (name !== current && familiesOf(rule).some((f) => f.name === name)) return 'taken';
  return undefined;
}

/** The families object with `from` renamed to `to`, its place in the order kept. */
function renamed(entries: FamilyEntry[], from: string, to: string): Record<string, string[]> {
  return Object.fromEntries(entries.map((f) => [f.name === from ? to : f.name, f.words]));
}

/** Renames a family and every `{from}` in the rule's phrases; the text is unchanged if `to` cannot be used. */
export function renameFamily(
  text: string,
  rulePath: JsonPath,
  rule: unknown,
  from: string,
  to: string,
): Edited {
  if (from === to || familyNameProblem(to, rule, from)) return text;
  const phraseEdits = phrasesOf(rule, rulePath).flatMap(({ path, phrase }) => {
    const next = phrase.split(`{${from}}`).join(`{${to}}`);
    return next === phrase ? [] : [(out: string) => setAt(out, path, next)];
  });
  return inTurn(text, [
    (out) => setAt(out, [...rulePath, 'families'], renamed(familiesOf(rule), from, to)),
    ...phraseEdits,
  ]);
}

/** The families object with entry `from` moved to `to` (the order the lead reads them in). */
export function movedFamilies(rule: unknown, from: number, to: number): Record<string, string[]> {
  const entries = familiesOf(rule);
  const [moved] = entries.splice(from, 1);
  if (moved) entries.splice(to, 0, moved);
  return Object.fromEntries(entries.map((f) => [f.name, f.words]));
}
