/**
 * Phrases compiled for the scan, and the scan itself (issue 5 §4, issue 12 §10, word families).
 * A phrase is a list of pieces (between `…` gaps); a piece is a few paths (its `(a|b)` spellings),
 * each a run of literal text and family slots (`{name}`: a trie of the family's words). Matching
 * keeps every place a piece can end, so a family word of any length can be followed by the next
 * piece: each start tests only the phrases that can begin with its unit, and every piece looks at
 * a window of at most the gap plus its longest word, so the scan stays linear in the text.
 */
import { deniedAfter, negatedBefore } from './denial';
import { type Families, sentinelIndex, WordTrie, withSentinels } from './phrase-families';
import { type Indexed, StartIndex } from './phrase-index';
import {
  dontSayQuotes,
  endsAtWordEdge,
  foldedUnless,
  followedBy,
  GAP_MAX,
  GAP_MAX_LATIN,
  GAP_SENTENCE,
  knownWordOf,
  normaliseForMatch,
  phraseVariants,
  splitAtGaps,
  unlessFollowedBy,
  wordEnds,
} from './phrase-matcher';
import { type Path, type PieceNode, pieceTree, startsOf, treeEnds } from './piece-tree';
import { type ScanMarks, scanMarksOf } from './scan-marks';
import { verbSpellings } from './verb-forms';
import { isCjk, type KnownWord } from './word-separators';

interface Piece {
  /**
   * The spellings as one tree (piece-tree.ts): a place reads only the branches its text follows (a
   * piece like "(can|will|…) (take|seize|…)" or `{visitors} (are|is|…) (in|near|…)` has dozens of
   * spellings; guard rounds 10 and 13).
   */
  tree: PieceNode;
  /** Units the piece can start with. */
  firsts: Set<string>;
  /** Units that can stand second in a match of the piece, or null when any can (a one-unit word or literal). */
  seconds: Set<string> | null;
  /** Starts with a word of a space-separated script: the longer gap before it, and no start inside a word. */
  latin: boolean;
  /** How far after the previous piece it may start (same sentence): `…` or a sentence window `……`. */
  gap: number;
  /** Folded words that may not follow the piece (its trailing `(!a|b)`); empty for most. */
  notAfter: readonly string[];
  /**
   * Stands in more than one phrase (the same piece is one object per rule): a scan keeps its ends
   * per place, so twenty phrases that open with `{亲属}` walk the family's trie once per place, not
   * twenty times (round 11's {亲属}-led phrases had made the zh check a third slower).
   */
  shared: boolean;
}

export interface CompiledPhrase<T> {
  pieces: Piece[];
  payload: T;
  /** The phrase as matched (folded, families by name): the same phrase twice is kept once. */
  key: string;
}

/** What a scan reads of a compiled phrase. */
type PhraseBody = Pick<CompiledPhrase<unknown>, 'pieces'>;

/** Compiles the phrases of one rule (one set of families); each family's trie is built once. */
export class PhraseCompiler {
  private readonly tries = new Map<string, WordTrie>();
  /** Pieces compiled so far by their key (folded spellings, families by name, gap): one object each. */
  private readonly pieces = new Map<string, Piece>();

  constructor(
    private readonly families: Families | undefined,
    private readonly id: number,
    /** The English words of the phrases and families compiled, gathered for the scan (knownWordOf). */
    private readonly words = new Set<string>(),
  ) {}

  /** The folded spelling, its English words noted. */
  private normalised(spelling: string): string {
    const { text } = normaliseForMatch(spelling);
    for (const word of text.match(LATIN_WORD) ?? []) this.words.add(word);
    return text;
  }

  /** The spelling's readings with its verbs in their other forms (verb-forms.ts), their words noted. */
  private verbReadings(spelling: string): string[] {
    const readings = verbSpellings(spelling);
    for (const reading of readings.slice(1))
      for (const word of reading.match(LATIN_WORD) ?? []) this.words.add(word);
    return readings;
  }

  /** A family's words as a trie; `verbs`: with their verbs in every form (a slot after the first piece). */
  private trie(name: string, verbs: boolean): WordTrie | null {
    if (!this.families || !Object.hasOwn(this.families, name)) return null;
    const key = verbs ? `~${name}` : name;
    let trie = this.tries.get(key);
    if (!trie) {
      trie = new WordTrie();
      for (const word of this.families[name] ?? []) {
        // A family word is one piece of the grammar: its trailing `(!a|b)` holds in every phrase.
        const { body, notFollowedBy } = unlessFollowedBy(word);
        const notAfter = foldedUnless(notFollowedBy);
        for (const spelling of phraseVariants(body)) {
          const folded = this.normalised(spelling);
          for (const reading of verbs ? this.verbReadings(folded) : [folded]) trie.add(reading, notAfter);
        }
      }
      this.tries.set(key, trie);
    }
    return trie;
  }

  compile<T>(phrase: string, payload: T): CompiledPhrase<T> | undefined {
    const { text, names } = withSentinels(phrase);
    const pieces: Piece[] = [];
    const keys: string[][] = [];
    // An English phrase only: an English word in a Chinese phrase (`{深夜}…(call你|call)`) stays as written.
    const english = ![...phrase].some((ch) => isCjk(ch));
    for (const { piece: whole, wide } of splitAtGaps(text)) {
      // After the first piece, the words before say who acts: its verbs are read in every form.
      const verbs = english && pieces.length > 0;
      const { body: raw, notFollowedBy } = unlessFollowedBy(whole);
      const notAfter = foldedUnless(notFollowedBy);
      const written = [...new Set(phraseVariants(raw).map((v) => this.normalised(v)))].filter(
        (v) => v !== '',
      );
      const spellings = verbs ? [...new Set(written.flatMap((w) => this.verbReadings(w)))] : written;
      if (spellings.length === 0) continue;
      const key = spellings.map((s) => s.replace(/[\ue000-\uf8ff]/gu, (c) => `{${names[sentinelIndex(c)]}}`));
      const pieceKey = [
        ...(wide ? ['……'] : []),
        ...(verbs ? ['~'] : []),
        ...key,
        ...notAfter.map((word) => `(!${word})`),
      ];
      keys.push(pieceKey);
      const known = this.pieces.get(JSON.stringify(pieceKey));
      if (known) {
        known.shared = true;
        pieces.push(known);
        continue;
      }
      const paths = spellings.map((s) => this.path(s, names, verbs));
      const starts = startsOf(paths);
      const gap = wide ? GAP_SENTENCE : starts.latin ? GAP_MAX_LATIN : GAP_MAX;
      const piece: Piece = { tree: pieceTree(paths), ...starts, gap, notAfter, shared: false };
      this.pieces.set(JSON.stringify(pieceKey), piece);
      pieces.push(piece);
    }
    if (pieces.length === 0) return undefined;
    return { pieces, payload, key: JSON.stringify([this.id, keys]) };
  }

  private path(spelling: string, names: string[], verbs: boolean): Path {
    const path: Path = { lits: [''], fams: [] };
    for (const ch of spelling) {
      const k = sentinelIndex(ch);
      if (k < 0) {
        path.lits[path.lits.length - 1] += ch;
        continue;
      }
      const name = names[k];
      path.fams.push(name === undefined ? null : this.trie(name, verbs));
      path.lits.push('');
    }
    return path;
  }
}

/** A word of letters of a space-separated script. */
const LATIN_WORD = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])\p{L})+/gu;

/** No end: one shared empty list, as most places a piece is tried at match nothing (no garbage per try). */
const NO_ENDS: readonly number[] = Object.freeze([]);

/** One folded text being scanned: where its sentences end, and the denial check when phrases may be denied. */
export class Scan {
  /** Sentence ends, full stops (a sentence window stops there; a short gap may cross `No. 5`), word units. */
  private readonly marks: ScanMarks;
  /** Whether a denial stands before a place: 0 not read yet, 1 no, 2 yes. */
  private readonly deniedAt: Uint8Array;
  /**
   * Ends of a family's words by place (after their inflections): a family is walked once per place
   * whatever number of spellings and phrases name it (`{visitors} (are|is|…) (already |)(in|near|…)`
   * is 48 spellings that each began with the same walk).
   */
  private readonly familyEnds = new Map<WordTrie, Map<number, readonly number[]>>();
  /** Ends of a shared piece by place, read once per scan whichever phrase asks. */
  private readonly sharedEnds = new Map<Piece, Map<number, readonly number[]>>();

  constructor(
    private readonly text: string,
    private readonly denied?: (text: string, at: number) => boolean,
    private readonly deniedAfter?: (text: string, end: number) => boolean,
  ) {
    this.marks = scanMarksOf(text);
    this.deniedAt = new Uint8Array(text.length + 1);
  }

  private readonly wordsAt = (fam: WordTrie, at: number): readonly number[] => {
    let byPlace = this.familyEnds.get(fam);
    if (!byPlace) {
      byPlace = new Map();
      this.familyEnds.set(fam, byPlace);
    }
    let ends = byPlace.get(at);
    if (!ends) {
      const { text } = this;
      ends = fam.endsAt(text, at).flatMap((e) => wordEnds(text, e));
      byPlace.set(at, ends);
    }
    return ends;
  };

  private isWord(i: number): boolean {
    return this.marks.wordUnits[i] === 1;
  }

  /** Inside an English word: no piece of a space-separated script starts here. */
  midWord(i: number): boolean {
    return this.isWord(i) && this.isWord(i - 1);
  }

  /** The denial check reads a window with expressions: once per place, whatever phrase asks. */
  private isDenied(at: number): boolean {
    if (!this.denied) return false;
    let known = this.deniedAt[at];
    if (known === 0) {
      known = this.denied(this.text, at) ? 2 : 1;
      this.deniedAt[at] = known;
    }
    return known === 2;
  }

  /** Ends of `piece` starting at `at` that do not cut an English word (`call` in `callous`). */
  private pieceEnds(piece: Piece, at: number): readonly number[] {
    if (!piece.shared) return this.readPiece(piece, at);
    let byPlace = this.sharedEnds.get(piece);
    if (!byPlace) {
      byPlace = new Map();
      this.sharedEnds.set(piece, byPlace);
    }
    let ends = byPlace.get(at);
    if (!ends) {
      ends = this.readPiece(piece, at);
      byPlace.set(at, ends);
    }
    return ends;
  }

  private readPiece(piece: Piece, at: number): readonly number[] {
    const { text } = this;
    if (piece.latin && this.midWord(at)) return NO_ENDS;
    const read = treeEnds(text, piece.tree, at, this.wordsAt);
    if (!read) return NO_ENDS;
    const ends = read.filter(
      (end) =>
        (!this.isWord(end - 1) || endsAtWordEdge(text, end)) &&
        (piece.notAfter.length === 0 || !followedBy(text, end, piece.notAfter)),
    );
    if (ends.length === 0) return NO_ENDS;
    return ends.length > 1 ? ends.sort((a, b) => a - b) : ends;
  }

  /** Ends of `piece` starting within a gap after one of `ends` (same sentence, not denied). */
  private afterGap(piece: Piece, ends: readonly number[]): number[] {
    const { gap } = piece;
    const stops = gap === GAP_SENTENCE ? this.marks.fullStops : this.marks.ends;
    const found = new Set<number>();
    const last = Math.min(this.text.length - 1, (ends[ends.length - 1] as number) + gap);
    let j = 0;
    let latest = -1;
    for (let s = ends[0] as number; s <= last; s++) {
      while (j < ends.length && (ends[j] as number) <= s) latest = ends[j++] as number;
      if (latest < 0 || s - latest > gap) continue;
      if (!piece.firsts.has(this.text[s] as string)) continue;
      if ((stops[s] as number) > (stops[latest] as number)) continue;
      // The denial check reads a window with two expressions: only where the piece really matches.
      const pieceEnds = this.pieceEnds(piece, s);
      if (pieceEnds.length === 0 || this.isDenied(s)) continue;
      for (const end of pieceEnds) found.add(end);
    }
    return [...found].sort((a, b) => a - b);
  }

  /** End of the shortest match of `pieces` starting at `at`, or -1. */
  match(pieces: Piece[], at: number): number {
    const head = pieces[0];
    if (!head) return -1;
    let ends = this.pieceEnds(head, at);
    for (let k = 1; k < pieces.length; k++) {
      if (ends.length === 0) return -1;
      ends = this.afterGap(pieces[k] as Piece, ends);
    }
    if (ends.length === 0 || this.isDenied(at)) return -1;
    const end = ends[0] as number;
    return this.deniedAfter?.(this.text, end) ? -1 : end;
  }
}

/** The kind of a match (a forbidden phrase's category); matches of one kind do not nest. */
function kindOf(payload: unknown): unknown {
  return typeof payload === 'object' && payload !== null && 'category' in payload
    ? (payload as { category: unknown }).category
    : undefined;
}

/** Phrases indexed by the units they can start with: a scan tests only the phrases that can start there. */
export class Matcher<T> {
  private readonly byStart = new StartIndex<PhraseBody, T>();
  /** The same lists without the phrases that start with an English word: tested inside a word. */
  private readonly insideWord = new StartIndex<PhraseBody, T>();
  private count = 0;
  /** Whether a word is one of the phrases' (a spelled-out word's `a` is the article or its first letter). */
  private readonly known: KnownWord;

  /**
   * `negatable`: a denial before a match, before one of its pieces or after it (denial.ts) drops it (forbidden
   * phrases, not disclosure words). `families`: the words each `{name}` of the entry's text stands for.
   */
  constructor(
    entries: { text: string; payload: T; families?: Families }[],
    private readonly negatable = false,
  ) {
    const seen = new Set<string>();
    const words = new Set<string>();
    this.known = knownWordOf(words);
    const compilers = new Map<Families | undefined, PhraseCompiler>();
    for (const { text, payload, families } of entries) {
      let compiler = compilers.get(families);
      if (!compiler) {
        compiler = new PhraseCompiler(families, compilers.size, words);
        compilers.set(families, compiler);
      }
      const compiled = compiler.compile(text, payload);
      if (!compiled || seen.has(compiled.key)) continue;
      seen.add(compiled.key);
      const head = compiled.pieces[0];
      if (!head) continue;
      const indexed: Indexed<PhraseBody, T> = { pieces: compiled, payload, order: this.count++ };
      for (const first of head.firsts) {
        this.byStart.add(first, head.seconds, indexed);
        if (!head.latin) this.insideWord.add(first, head.seconds, indexed);
      }
    }
  }

  /** Distinct phrases (after folding). */
  get size(): number {
    return this.count;
  }

  /** Matches in original offsets; a match inside a longer one of its kind is dropped (`坐牢` within `让你坐牢`). */
  find(original: string): { start: number; end: number; payload: T }[] {
    if (this.byStart.empty || !original) return [];
    const n = normaliseForMatch(original, this.known);
    const scan = this.negatable ? new Scan(n.text, negatedBefore, deniedAfter) : new Scan(n.text);
    const found: { from: number; to: number; payload: T }[] = [];
    const quoted = this.negatable ? dontSayQuotes(n.text) : [];
    for (let i = 0; i < n.text.length; i++) {
      // Most units of English text are inside a word, where no English phrase can start.
      const index = scan.midWord(i) ? this.insideWord : this.byStart;
      for (const { pieces: body, payload } of index.at(n.text[i] as string, n.text[i + 1])) {
        const to = scan.match(body.pieces, i);
        if (to < 0 || quoted.some(([a, b]) => a <= i && to <= b)) continue;
        found.push({ from: i, to, payload });
      }
    }
    found.sort((a, b) => a.from - b.from || b.to - a.to);
    // A match inside a longer one of the same kind is dropped, and so is a second kind for the very
    // same words; one of another kind inside a longer match is kept, so `attach your property`
    // is both a threat and (`attach your`) a false legal claim.
    const kept: { start: number; end: number; payload: T }[] = [];
    const maxTo = new Map<unknown, number>();
    let last: { from: number; to: number } | undefined;
    for (const f of found) {
      const kind = kindOf(f.payload);
      if (f.to <= (maxTo.get(kind) ?? -1) || (last?.from === f.from && last.to === f.to)) continue;
      maxTo.set(kind, f.to);
      last = f;
      kept.push({ start: n.starts[f.from] as number, end: n.ends[f.to - 1] as number, payload: f.payload });
    }
    return kept;
  }
}
