/**
 * A phrase piece's spellings as one tree (guard round 13): `{visitors} (are|is|'re) (already |)(in|near|…)`
 * is 48 spellings that all begin with the same family walk and the same few words; read one by one,
 * each spelling repeated that start (round 12's English phrases doubled the en check that way). In
 * the tree a shared beginning is one branch, read once per place, so a piece costs what the text
 * matches of it, not the number of its spellings. The ends are exactly those of the spellings read
 * one by one: each spelling is one branch from the root to an `end` node.
 */
import type { WordTrie } from './phrase-families';
import { atClauseEnd, CLAUSE_END } from './verb-forms';
import { isWordChar } from './word-separators';

export interface PieceNode {
  /** The next node by the literal unit that leads to it. */
  readonly next: Map<string, PieceNode>;
  /** A family slot that can stand here, with the node after its word (one per family). */
  readonly slots: { fam: WordTrie; node: PieceNode }[];
  /** A spelling ends here. */
  end: boolean;
  /** A spelling ends here where a clause ends (a verb said alone: verb-forms.ts). */
  clauseEnd?: boolean;
}

/** One spelling: `lits[0] fams[0] lits[1] … lits[k]`; a null family is undeclared and never matches. */
export interface Path {
  lits: string[];
  fams: (WordTrie | null)[];
}

const newNode = (): PieceNode => ({ next: new Map(), slots: [], end: false });

/** The tree of a piece's spellings; one with an undeclared family is left out (it never matched). */
export function pieceTree(paths: readonly Path[]): PieceNode {
  const root = newNode();
  for (const { lits, fams } of paths) {
    if (fams.some((fam) => fam === null)) continue;
    let node = root;
    let clauseOnly = false;
    for (let k = 0; k < lits.length; k++) {
      // A literal is walked unit by unit (UTF-16), as the text is read.
      const lit = lits[k] as string;
      for (let u = 0; u < lit.length; u++) {
        const ch = lit[u] as string;
        if (ch === CLAUSE_END) {
          clauseOnly = true;
          break;
        }
        let child = node.next.get(ch);
        if (!child) {
          child = newNode();
          node.next.set(ch, child);
        }
        node = child;
      }
      const fam = fams[k];
      if (!fam) continue;
      let slot = node.slots.find((s) => s.fam === fam);
      if (!slot) {
        slot = { fam, node: newNode() };
        node.slots.push(slot);
      }
      node = slot.node;
    }
    if (clauseOnly) node.clauseEnd = true;
    else node.end = true;
  }
  return root;
}

/**
 * Units a piece's spellings can start with, units that can stand second (null when any can: a
 * one-unit word or literal), and whether one starts with a word of a space-separated script.
 */
export function startsOf(paths: Path[]): {
  firsts: Set<string>;
  seconds: Set<string> | null;
  latin: boolean;
} {
  const firsts = new Set<string>();
  let seconds: Set<string> | null = new Set<string>();
  for (const { lits, fams } of paths) {
    const lead = lits[0] ?? '';
    const fam = fams[0];
    if (lead !== '') firsts.add(lead[0] as string);
    else for (const unit of fam?.firsts ?? []) firsts.add(unit);
    if (!seconds) continue;
    if (lead.length > 1) seconds.add(lead[1] as string);
    else if (lead === '' && fam && !fam.shortWord) for (const unit of fam.seconds) seconds.add(unit);
    else if (lead !== '' || fam) seconds = null;
  }
  return { firsts, seconds, latin: [...firsts].some((u) => isWordChar(u)) };
}

/**
 * Every end of a spelling of the tree starting at `at` (unordered, no repeats): literal units follow
 * the text one at a time, a family slot every end of its words there (`wordsAt`, kept per place by
 * the scan). The work is bounded by the nodes the text reaches, each within the piece's longest spelling.
 */
export function treeEnds(
  text: string,
  root: PieceNode,
  at: number,
  wordsAt: (fam: WordTrie, at: number) => readonly number[],
): number[] | null {
  let ends: number[] | null = null;
  let node: PieceNode | undefined = root;
  let pos = at;
  // Most reads follow literal units only: no stack until a family slot is met.
  let stack: (PieceNode | number)[] | null = null;
  for (;;) {
    if (node) {
      if (node.end || (node.clauseEnd && atClauseEnd(text, pos))) {
        if (!ends) ends = [pos];
        else if (!ends.includes(pos)) ends.push(pos);
      }
      for (const { fam, node: after } of node.slots) {
        for (const end of wordsAt(fam, pos)) {
          stack ??= [];
          stack.push(after, end);
        }
      }
      node = pos < text.length ? node.next.get(text[pos] as string) : undefined;
      pos++;
      continue;
    }
    if (!stack || stack.length === 0) return ends;
    pos = stack.pop() as number;
    node = stack.pop() as PieceNode;
  }
}
