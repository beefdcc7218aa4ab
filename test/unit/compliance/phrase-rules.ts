/**
 * What the guard's phrase tests share: a forbidden-phrase rule made for a test from the fixtures'
 * FORBIDDEN with its own categories (and word families), the categories a pack gives to the agent's
 * own words in a note, and the spans a rule's matches cover as written.
 */
import { checkNote, type ForbiddenCategory, findForbiddenPhrases } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { pack as enPack } from '../pack/default-en-pack';
import { FORBIDDEN } from './fixtures';

type Category = { category: ForbiddenCategory; phrases: string[]; instead: string };

/** One forbidden-phrase rule with these categories and families. */
export function phraseRules(categories: Category[], families?: Record<string, string[]>): Rule[] {
  return [{ ...FORBIDDEN, ...(families ? { families } : {}), categories }];
}

/** Categories the pack (the en pack unless told) gives to the agent's own words, sorted, each once. */
export const flagged = (text: string, rules: readonly Rule[] = enPack.rules): ForbiddenCategory[] =>
  [
    ...new Set(
      checkNote(text, rules)
        .filter((m) => m.speaker === 'agent')
        .map((m) => m.category),
    ),
  ].sort();

/** The text each match of the rules covers, as written. */
export const writtenMatches = (text: string, rules: readonly Rule[]): string[] =>
  findForbiddenPhrases(text, rules).map((m) => text.slice(m.start, m.end));
