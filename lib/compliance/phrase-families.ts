/**
 * Named word families in forbidden phrases (issue: the guard on wording nobody wrote into it): a
 * `forbiddenPhrases` rule may declare `families` (name → words) and its phrases refer to them as
 * `{name}`, e.g. `{我方}…{上门}…{你的住处}`. A family is matched as a set — a trie over the folded
 * words, walked from one position of the folded text, so its size costs nothing per slot and has no
 * spelling cap — and a new word added to a family is caught in every phrase that names it.
 * The grammar of the rest of a phrase (`(a|b)`, `…`) stays in phrase-matcher.ts.
 */

import { FAMILY_NAME } from './family-name';
import { followedBy } from './phrase-matcher';
import { atClauseEnd, CLAUSE_END } from './verb-forms';

export { FAMILY_NAME };

const FAMILY_REF = /\{([\p{L}\p{N}_-]{1,32})\}/gu;

export type Families = Readonly<Record<string, readonly string[]>>;

/** Names a phrase (or a family word) refers to, in order of appearance, without repeats. */
export function familyRefs(phrase: string): string[] {
  return [...new Set([...phrase.matchAll(FAMILY_REF)].map((m) => m[1] as string))];
}

/** Names a phrase refers to that `families` does not declare: such a phrase never matches (lint says so). */
export function unknownFamilies(phrase: string, families: Families | undefined): string[] {
  return familyRefs(phrase).filter((name) => !Object.hasOwn(families ?? {}, name));
}

/**
 * First code point of the private-use area: a phrase's `{name}` becomes one such character while
 * its `(a|b)` groups are expanded and it is folded (no folding changes it, it is not a space, a
 * letter nor CJK), then each one is read back as the family's trie.
 */
const SENTINEL_BASE = 0xe000;
const SENTINEL_LAST = 0xf8ff;

/** The phrase with each family reference replaced by its sentinel, and the names in sentinel order. */
export function withSentinels(phrase: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = phrase.replace(FAMILY_REF, (_whole, name: string) => {
    let k = names.indexOf(name);
    if (k < 0) {
      k = names.length;
      names.push(name);
    }
    return String.fromCodePoint(SENTINEL_BASE + Math.min(k, SENTINEL_LAST - SENTINEL_BASE));
  });
  return { text, names };
}

/** The family index a character stands for, or -1 for a plain character. */
export function sentinelIndex(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= SENTINEL_BASE && cp <= SENTINEL_LAST ? cp - SENTINEL_BASE : -1;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  word: boolean;
  /** A word that holds only where a clause ends (a verb said alone: verb-forms.ts). */
  clauseEnd?: boolean;
  /**
   * Spellings that end here unless the text goes on with one of their words (a family word written
   * `上门(!店|户)`), each with whether it holds only where a clause ends; `word` wins over them.
   */
  guarded?: { clauseOnly: boolean; notAfter: readonly string[] }[];
}

/** A set of folded words, walked one UTF-16 unit at a time from a position of the folded text. */
export class WordTrie {
  private readonly root: TrieNode = { next: new Map(), word: false };
  /** First units of the words: a scan looks only where one of them stands. */
  readonly firsts = new Set<string>();
  /** Second units of the words; a one-unit word lets anything follow (`shortWord`). */
  readonly seconds = new Set<string>();
  shortWord = false;
  size = 0;

  /** `notAfter`: folded words that may not follow this spelling (its `(!a|b)`); none for most. */
  add(spelling: string, notAfter: readonly string[] = []): void {
    const clauseOnly = spelling.endsWith(CLAUSE_END);
    const word = clauseOnly ? spelling.slice(0, -1) : spelling;
    if (word === '') return;
    let node = this.root;
    for (let k = 0; k < word.length; k++) {
      const unit = word[k] as string;
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map(), word: false };
        node.next.set(unit, child);
      }
      node = child;
    }
    if (notAfter.length > 0) {
      if (!node.word && !node.guarded) this.size++;
      node.guarded ??= [];
      node.guarded.push({ clauseOnly, notAfter });
    } else if (clauseOnly) node.clauseEnd = true;
    else {
      if (!node.word && !node.guarded) this.size++;
      node.word = true;
    }
    this.firsts.add(word[0] as string);
    if (word.length > 1) this.seconds.add(word[1] as string);
    else this.shortWord = true;
  }

  /** Every end of a word of the set that starts at `at` (ascending). */
  endsAt(text: string, at: number): number[] {
    const ends: number[] = [];
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < text.length && node; i++) {
      node = node.next.get(text[i] as string);
      if (node && endsHere(node, text, i + 1)) ends.push(i + 1);
    }
    return ends;
  }
}

function endsHere(node: TrieNode, text: string, end: number): boolean {
  if (node.word || (node.clauseEnd && atClauseEnd(text, end))) return true;
  return (
    node.guarded?.some(
      ({ clauseOnly, notAfter }) =>
        (!clauseOnly || atClauseEnd(text, end)) && !followedBy(text, end, notAfter),
    ) ?? false
  );
}
