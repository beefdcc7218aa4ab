/**
 * A piece's spellings read as one tree (guard round 13): `{visitors} (are|is|…) (already |)(in|near|…)`
 * was 48 spellings that each began with the same family walk, which doubled the en check. The tree
 * gives exactly the ends the spellings give one by one, and reads a shared beginning once: work is
 * counted (family reads, nodes), not timed.
 */
import { describe, expect, it } from 'vitest';
import { WordTrie } from '@/lib/compliance/phrase-families';
import { phraseVariants } from '@/lib/compliance/phrase-matcher';
import { findForbiddenPhrases } from '@/lib/compliance/phrases';
import { type Path, pieceTree, treeEnds } from '@/lib/compliance/piece-tree';
import type { Rule } from '@/lib/pack/schema';
import { phraseRules } from './phrase-rules';

const FAMILIES = { visitors: ['our agents', 'agents', 'the team', 'field staff'], place: ['door', 'office'] };

/** The fixtures' phrase rule with these families and phrases. */
const rule = (phrases: string[]): Rule[] =>
  phraseRules([{ category: 'threat', phrases, instead: 'x' }], FAMILIES);

const trie = (words: string[]): WordTrie => {
  const t = new WordTrie();
  for (const w of words) t.add(w);
  return t;
};

/** Ends of a family's words at a place, counting how often the scan is asked. */
function counted(): { wordsAt: (fam: WordTrie, at: number) => number[]; calls: () => number } {
  let calls = 0;
  return {
    wordsAt: (fam, at) => {
      calls++;
      return fam.endsAt(TEXT, at);
    },
    calls: () => calls,
  };
}

const TEXT = 'our agents are already near your door';
const MODALS = ['are ', 'is ', "'re "];
const NEAR = ['in', 'near', 'around', 'outside'];

describe('a piece as one tree of its spellings', () => {
  const fam = trie(['our agents', 'agents', 'the team']);
  const paths: Path[] = MODALS.flatMap((m) =>
    ['already ', ''].flatMap((a) => NEAR.map((n) => ({ lits: ['', ` ${m}${a}${n}`], fams: [fam] }))),
  );

  it('gives the ends its spellings give one by one', () => {
    const tree = pieceTree(paths);
    for (const at of [0, 4, 11]) {
      const one = counted();
      const alone = new Set(
        paths.flatMap((p) =>
          one
            .wordsAt(fam, at)
            .flatMap((e) =>
              TEXT.startsWith(p.lits[1] as string, e) ? [e + (p.lits[1] as string).length] : [],
            ),
        ),
      );
      const { wordsAt } = counted();
      expect(new Set(treeEnds(TEXT, tree, at, wordsAt) ?? [])).toEqual(alone);
    }
    expect(treeEnds(TEXT, tree, 0, counted().wordsAt)).toEqual(['our agents are already near'.length]);
  });

  it('reads the family once at a place, not once per spelling', () => {
    expect(paths).toHaveLength(24);
    const tree = pieceTree(paths);
    const work = counted();
    treeEnds(TEXT, tree, 0, work.wordsAt);
    expect(work.calls()).toBe(1);
  });

  it('leaves out a spelling with an undeclared family and keeps the others', () => {
    const tree = pieceTree([
      { lits: ['', ' are'], fams: [null] },
      { lits: ['our ', ' are'], fams: [trie(['agents'])] },
    ]);
    expect(treeEnds(TEXT, tree, 0, (f, at) => f.endsAt(TEXT, at))).toEqual(['our agents are'.length]);
  });

  it('matches in a pack as the spellings did when written out one by one', () => {
    const phrase = '{visitors} (are|is|will be) (already |)(at|near|outside) your {place}';
    const spelled = phraseVariants(phrase);
    expect(spelled.length).toBe(18);
    const texts = [
      'Our agents are already outside your door.',
      'The team is near your office, and field staff will be at your door',
      'agents are not near your door',
    ];
    for (const text of texts) {
      const together = findForbiddenPhrases(text, rule([phrase])).map((m) => [m.start, m.end]);
      const alone = spelled.flatMap((p) =>
        findForbiddenPhrases(text, rule([p])).map((m) => [m.start, m.end]),
      );
      expect(together).toEqual([...new Map(alone.map((s) => [s.join(), s])).values()]);
    }
    expect(findForbiddenPhrases(texts[1] as string, rule([phrase]))).toHaveLength(2);
  });
});
