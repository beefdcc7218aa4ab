/**
 * The text and grammar behind forbidden phrases and third-party words (issue 5 §4, issue 12 §10):
 * text is normalised (folded by lib/text/fold.ts, spaces beside CJK dropped) with the original
 * offsets of every unit kept; the phrase grammar (`…` gaps, `(a|b)` groups) and "don't say"
 * quotes (denials: denial.ts). phrase-scan.ts compiles phrases (with their `{family}` slots) and scans with them;
 * phrases.ts applies it to packs, notes and lint.
 */
import { foldChar } from '../text/fold';
import { americanSpelling, withAmericanSpellings } from './spelling-variants';
import {
  isCjk,
  isWordChar,
  type KindedUnit,
  type KnownWord,
  separatorsInsideWords,
  unitKind,
} from './word-separators';

// ---- Normalisation ---------------------------------------------------------------------------

interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`: the original start and end of the character it came from. */
  starts: number[];
  ends: number[];
}

export { isWordChar };

const SPACE = /\s/u;

// An English phrase still matches its inflections (jail → jailed, debt → debts) but not a longer
// word that merely starts with it (ass → assist).
const INFLECTIONS = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'er', 'ers']);

export function endsAtWordEdge(text: string, to: number): boolean {
  return inflectionAt(text, to) !== undefined;
}

/** The inflection (maybe '') between `to` and the end of the word there, or undefined for a longer word. */
function inflectionAt(text: string, to: number): string | undefined {
  let end = to;
  while (end < text.length && isWordChar(text[end])) end++;
  const rest = text.slice(to, end);
  return INFLECTIONS.has(rest) ? rest : undefined;
}

/** A word of `words`, or one of them with an inflection (`arrested` when `arrest` is known). */
export function knownWordOf(words: ReadonlySet<string>): KnownWord {
  return (spelt) => {
    const word = americanSpelling(spelt);
    if (words.has(word)) return true;
    for (const ending of INFLECTIONS)
      if (ending !== '' && word.endsWith(ending) && words.has(word.slice(0, -ending.length))) return true;
    return false;
  };
}

/**
 * Where an English word that ends at `to` really ends: `to` itself or after its inflection, so a
 * family word is followed by the next words of its phrase (`{contact} your` in `called your`).
 */
export function wordEnds(text: string, to: number): number[] {
  if (!isWordChar(text[to - 1])) return [to];
  const inflection = inflectionAt(text, to);
  if (inflection === undefined) return [];
  return inflection === '' ? [to] : [to, to + inflection.length];
}

interface Unit extends KindedUnit {
  start: number;
  end: number;
}

/**
 * Folded per character by `foldChar` (invisible characters removed, full-width Ａ１！ → A1!, case,
 * 您 → 你), English words in their American spelling (`neighbour` → `neighbor`), whitespace runs collapse to one space and vanish next to a CJK character (Chinese is
 * written without spaces, so `坐 牢` is `坐牢`), and separators inside a word are left out
 * (word-separators.ts: `坐·牢`, `j.a.i.l`; `known`: the words the phrases know, which tell whether an
 * `a` before a spelled-out word is the article); each unit kept keeps its original offsets, so a
 * match spans the marks between its characters in the original.
 */
export function normaliseForMatch(original: string, known?: KnownWord): Normalised {
  const units: Unit[] = [];
  let index = 0;
  for (const cp of original) {
    const start = index;
    index += cp.length;
    // One folding for all untrusted text (lib/text/fold.ts): invisible characters vanish, 您 → 你.
    // NFKC can turn a character into a space (U+3000, and some others).
    const folded = SPACE.test(cp) ? cp : foldChar(cp);
    for (const ch of folded) units.push({ ch, kind: unitKind(ch), start, end: index });
  }
  const inside = separatorsInsideWords(units, known);

  const out: Normalised = { text: '', starts: [], ends: [] };
  let chars = '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (inside[i] === 1) continue;
    if (u.kind !== 'space' && u.kind !== 'lineBreak') {
      for (let k = 0; k < u.ch.length; k++) {
        out.starts.push(u.start);
        out.ends.push(u.end);
      }
      chars += u.ch;
      continue;
    }
    // A run of whitespace (never part of a run left out: those are whole runs between two words).
    let j = i;
    while (j + 1 < units.length && isSpace(units[j + 1])) j++;
    const before = units[i - 1];
    const after = units[j + 1];
    const keep = before && after && !isCjk(lastChar(before.ch)) && !isCjk(after.ch[0]);
    if (keep) {
      chars += ' ';
      out.starts.push(before.end);
      out.ends.push(after.start);
    }
    i = j;
  }
  out.text = chars;
  // British spellings read as American ones (spelling-variants.ts), in the text and in the phrases.
  return withAmericanSpellings(out);
}

const isSpace = (u: Unit | undefined) => u?.kind === 'space' || u?.kind === 'lineBreak';

function lastChar(s: string): string | undefined {
  return [...s].pop();
}

// ---- Grammar ---------------------------------------------------------------------------------

/**
 * The phrase grammar (issue 12 §10: families of wording, not only literal strings), linear to match:
 * - `…` (or `...`) between words: up to GAP_MAX characters of the same sentence (GAP_MAX_LATIN before
 *   an English word), so `让你…坐牢` also catches `让你马上去坐牢`; `……` (or `......`): up to
 *   GAP_SENTENCE characters of the same sentence;
 * - `(a|b|c)`: alternatives, so `(去|到)你(家|单位)` is four phrases (at most MAX_VARIANTS per piece
 *   between gaps); `(a|)` makes a word optional;
 * - `{name}`: any word of the rule's family `name` (phrase-families.ts), matched as a set with no
 *   spelling cap, so `{我方}…{上门}…{你的住处}` stays one phrase however many words each family lists.
 * - `(!a|b)` at the end of a piece (of the phrase, of a part between gaps, or of a family word):
 *   unless the text goes on with one of these right after that piece, so `上门(!店|户)` is a home
 *   visit but not the 上门 that 线上门店 or 网上门户 spell across two words (a phrase's characters
 *   read across a word boundary), and a family `{上门}` listing `上门(!店|户)` keeps that in every
 *   phrase naming it; marks between do not help, as they are left out inside a word
 *   (word-separators.ts). Anywhere else it would read as text or as alternatives: lint says so
 *   (misplacedUnless).
 * Alternatives are expanded per piece, not across gaps.
 */
export const GAP_MAX = 12;
/** English words are longer than Chinese ones: a gap before a Latin-script piece may hold about as many words. */
export const GAP_MAX_LATIN = 24;
/**
 * `……` (two ellipses) between words: anywhere later in the same sentence, up to this many
 * characters, for acts whose parts a sentence keeps apart (`Left a message with reception asking him
 * to call about his unpaid balance`, `已在单位前台留言：员工某某信用卡严重逾期`); bounded, so the scan
 * stays linear.
 */
export const GAP_SENTENCE = 96;
const MAX_VARIANTS = 64;
const GAP = /…|\.\.\./;
const WIDE_GAP = /^(?:……|\.\.\.\.\.\.)/;
export const SENTENCE_END = /[。！？!?；;\n]/;

/** A trailing `(!a|b)`: what may not follow the piece. */
const UNLESS_FOLLOWED = /\(!([^()]*)\)$/u;

/**
 * A piece (or a family word) without its trailing `(!a|b)`, and the words that may not follow it
 * (none without one). Read before the rest of the grammar, so the group is no alternatives group.
 */
export function unlessFollowedBy(piece: string): { body: string; notFollowedBy: string[] } {
  const m = UNLESS_FOLLOWED.exec(piece);
  if (!m) return { body: piece, notFollowedBy: [] };
  const words = (m[1] ?? '').split('|').filter((w) => w !== '');
  return { body: piece.slice(0, m.index), notFollowedBy: words };
}

/** The phrase as it reads without any `(!a|b)`: the words that must match. */
export function withoutUnless(phrase: string): string {
  return splitAtGaps(phrase)
    .map(({ piece, gapBefore }) => gapBefore + unlessFollowedBy(piece).body)
    .join('');
}

/**
 * Pieces of a phrase (or a family word, one piece) whose `(!` the matcher cannot read as "unless
 * followed by": not the piece's last group, after nothing, listing no word or a `{family}`, or not
 * closed. Such a group would be read as text or as alternatives, silently.
 */
export function misplacedUnless(phrase: string): string[] {
  return splitAtGaps(phrase)
    .map(({ piece }) => piece)
    .filter((piece) => {
      if (!piece.includes('(!')) return false;
      const { body, notFollowedBy } = unlessFollowedBy(piece);
      return (
        body.includes('(!') ||
        body.trim() === '' ||
        notFollowedBy.length === 0 ||
        notFollowedBy.some((word) => /\{[^{}]*\}/u.test(word))
      );
    });
}

/** The folded forms of the words that may not follow a piece, each once. */
export function foldedUnless(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => normaliseForMatch(w).text))].filter((w) => w !== '');
}

/**
 * Whether the text goes on at `at` with one of `words` (folded). An English word may come after
 * the space that ends the piece's last word (`sorry(!to hear)` in "sorry to hear"): the folded text
 * keeps one space between English words, where a Chinese text has none to skip.
 */
export function followedBy(text: string, at: number, words: readonly string[]): boolean {
  const spaced = text[at] === ' ';
  for (const word of words) {
    if (text.startsWith(word, at)) return true;
    if (spaced && LATIN_START.test(word) && text.startsWith(word, at + 1)) return true;
  }
  return false;
}
const LATIN_START = /^[a-z0-9]/;

/** Every spelling `(a|b)` alternatives give, capped so a pack cannot make the list explode. */
export function phraseVariants(phrase: string): string[] {
  let variants = [''];
  for (const part of phrase.split(/(\([^()]*\|[^()]*\))/)) {
    const choices = /^\([^()]*\|[^()]*\)$/.test(part) ? part.slice(1, -1).split('|') : [part];
    const next: string[] = [];
    for (const v of variants) for (const c of choices) if (next.length < MAX_VARIANTS) next.push(v + c);
    variants = next;
  }
  return variants;
}

/** Spellings one piece (between gaps) would need: more than MAX_VARIANTS are cut, so a pack should split the phrase. */
export function overflowingPieces(phrase: string): string[] {
  const pieces = splitAtGaps(phrase).map(({ piece }) => unlessFollowedBy(piece).body);
  return pieces.filter((piece) => {
    let n = 1;
    for (const group of piece.match(/\([^()]*\|[^()]*\)/g) ?? []) n *= group.split('|').length;
    return n > MAX_VARIANTS;
  });
}

/** The pieces of a phrase, each with whether the gap before it is a sentence window (`……`) and that gap as written. */
export function splitAtGaps(phrase: string): { piece: string; wide: boolean; gapBefore: string }[] {
  const pieces: { piece: string; wide: boolean; gapBefore: string }[] = [];
  let depth = 0;
  let from = 0;
  let wide = false;
  let gapBefore = '';
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const gap = depth === 0 ? GAP.exec(phrase.slice(i, i + 3)) : null;
    if (gap && gap.index === 0) {
      pieces.push({ piece: phrase.slice(from, i), wide, gapBefore });
      const long = WIDE_GAP.exec(phrase.slice(i, i + 6));
      wide = long !== null;
      gapBefore = (long ?? gap)[0];
      i += gapBefore.length - 1;
      from = i + 1;
    }
  }
  pieces.push({ piece: phrase.slice(from), wide, gapBefore });
  return pieces;
}

/**
 * A quotation introduced as what not to say (`不说「我们有权联系紧急联系人」`, `never say "…"`) is
 * a warning in a guidance line, not the agent's speech. One linear pass (no nested quantifiers).
 */
const DONT_SAY_QUOTE =
  /(?:不说|别说|不要说|不能说|不得说|不可说|禁说|never say|don't say|do not say)[:：,，]?\s?[「『“"‘][^」』”"’]*[」』”"’]/gu;

export function dontSayQuotes(text: string): [number, number][] {
  return [...text.matchAll(DONT_SAY_QUOTE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
