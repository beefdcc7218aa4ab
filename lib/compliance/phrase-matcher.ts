/**
 * The matcher behind forbidden phrases and third-party words (issue 5 §4, issue 12 §10): text is
 * normalised (folded by lib/text/fold.ts, spaces beside CJK dropped) and every match is mapped back to
 * offsets in the original text. The phrase grammar and the scan live here; phrases.ts applies them
 * to packs, notes and lint. Linear time: each position tests the phrases that can start there, and
 * every gap, negation and quote check looks at a bounded window.
 */
import { foldChar } from '../text/fold';

// ---- Normalisation ---------------------------------------------------------------------------

interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`: the original start and end of the character it came from. */
  starts: number[];
  ends: number[];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** A letter or digit of a space-separated script, where a match must not cut a word in two. */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch) && !CJK.test(ch);
}

// An English phrase still matches its inflections (jail → jailed, debt → debts) but not a longer
// word that merely starts with it (ass → assist).
const INFLECTIONS = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'er', 'ers']);

function endsAtWordEdge(text: string, to: number): boolean {
  let end = to;
  while (end < text.length && isWordChar(text[end])) end++;
  return INFLECTIONS.has(text.slice(to, end));
}

interface Unit {
  ch: string;
  start: number;
  end: number;
}

/**
 * Folded per character by `foldChar` (invisible characters removed, full-width Ａ１！ → A1!, case,
 * 您 → 你), whitespace runs collapse to one space and vanish next to a CJK character (Chinese is
 * written without spaces, so `坐 牢` is `坐牢`).
 */
export function normaliseForMatch(original: string): Normalised {
  const units: (Unit | null)[] = []; // null marks whitespace
  let index = 0;
  for (const cp of original) {
    const start = index;
    index += cp.length;
    if (SPACE.test(cp)) {
      units.push(null);
      continue;
    }
    // One folding for all untrusted text (lib/text/fold.ts): invisible characters vanish, 您 → 你.
    const folded = foldChar(cp);
    // NFKC can turn a character into a space (e.g. U+3000 handled above, but also some others).
    for (const unit of folded) {
      units.push(SPACE.test(unit) ? null : { ch: unit, start, end: index });
    }
  }

  const out: Normalised = { text: '', starts: [], ends: [] };
  let chars = '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u) {
      for (let k = 0; k < u.ch.length; k++) {
        out.starts.push(u.start);
        out.ends.push(u.end);
      }
      chars += u.ch;
      continue;
    }
    let j = i;
    while (j + 1 < units.length && units[j + 1] === null) j++;
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
  return out;
}

function lastChar(s: string): string | undefined {
  return [...s].pop();
}

// ---- Matching --------------------------------------------------------------------------------

interface Entry<T> {
  /** Normalised head: the match starts with it. */
  head: string;
  /** Each next piece: its normalised alternatives, one of which follows within a gap. */
  rest: string[][];
  payload: T;
}

/**
 * The phrase grammar (issue 12 §10: families of wording, not only literal strings), linear to match:
 * - `…` (or `...`) between words: up to GAP_MAX characters of the same sentence (GAP_MAX_LATIN before
 *   an English word), so `让你…坐牢` also catches `让你马上去坐牢`;
 * - `(a|b|c)`: alternatives, so `(去|到)你(家|单位)` is four phrases (at most MAX_VARIANTS per piece
 *   between gaps); `(a|)` makes a word optional. Braces are left to the template grammar.
 * Alternatives are expanded per piece, not across gaps: a slot-and-gap pattern `(verb family)…(relation
 * family)…(act family)` stays one entry per head however many words each slot lists.
 */
export const GAP_MAX = 12;
/** English words are longer than Chinese ones: a gap before a Latin-script piece may hold about as many words. */
export const GAP_MAX_LATIN = 24;
const MAX_VARIANTS = 64;
const GAP = /…|\.\.\./;
const SENTENCE_END = /[。！？!?；;\n]/;

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
  return splitAtGaps(phrase).filter((piece) => {
    let n = 1;
    for (const group of piece.match(/\([^()]*\|[^()]*\)/g) ?? []) n *= group.split('|').length;
    return n > MAX_VARIANTS;
  });
}

function splitAtGaps(phrase: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const gap = depth === 0 ? GAP.exec(phrase.slice(i, i + 3)) : null;
    if (gap && gap.index === 0) {
      pieces.push(phrase.slice(from, i));
      i += gap[0].length - 1;
      from = i + 1;
    }
  }
  pieces.push(phrase.slice(from));
  return pieces;
}

/** The pieces of a phrase between its gaps (gaps inside a group do not split it), each as its normalised spellings. */
function phrasePieces(phrase: string): string[][] {
  const pieces = splitAtGaps(phrase);
  return pieces
    .map((piece) => [
      ...new Set(
        phraseVariants(piece)
          .map((v) => normaliseForMatch(v).text)
          .filter((v) => v !== ''),
      ),
    ])
    .filter((alternatives) => alternatives.length > 0);
}

/**
 * Where one of `alternatives` starts at or after `from`, within the gap limit and the same
 * sentence (the earliest, the longest at a tie); else undefined. Only a bounded window is searched.
 */
function findAfterGap(
  text: string,
  alternatives: string[],
  from: number,
): { at: number; to: number } | undefined {
  let best: { at: number; to: number } | undefined;
  for (const alt of alternatives) {
    const window = text.slice(from, from + (isWordChar(alt[0]) ? GAP_MAX_LATIN : GAP_MAX) + alt.length);
    const offset = window.indexOf(alt);
    if (offset < 0) continue;
    const at = from + offset;
    if (!best || at < best.at || (at === best.at && at + alt.length > best.to))
      best = { at, to: at + alt.length };
  }
  if (!best || SENTENCE_END.test(text.slice(from, best.at))) return undefined;
  return best;
}

/**
 * A negation right before a match turns a forbidden act into the reassurance an agent is taught to
 * give (`我们不会把您的欠款告诉您的邻居`, `We will not contact your employer`). Only words that deny
 * the act count:
 * - zh: in the same clause, at most six characters before it, with no 就/才/那 (a consequence:
 *   `不还就上门` stays flagged) or 因 between (`不会因此坐牢` is a legal claim, not a denial of our
 *   act); a rhetorical `就不能…` / `难道不能…` is no denial;
 * - en: right before it or before one of a few verbs (`don't share your PIN`), so
 *   `if you don't pay, we garnish` stays flagged.
 * Checked on a bounded window, so matching stays linear.
 */
const NEGATION_BEFORE =
  /(?<!就|道|么)(?:不会|不要|不得|不能|绝不|决不|从不|不再|不建议|不需要|不用|无需|不必|没有|不可能)[^，,。；;！!？?就才则那因]{0,6}$|(?<!就|道|么|要)不$|(?:\b(?:not|never|cannot)|n['’]t)(?:\s(?:ever|share|give|ask for|ask|need|request|disclose|reveal|say))?\s$/u;
const NEGATION_WINDOW = 12;

function negatedBefore(text: string, at: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(0, at - NEGATION_WINDOW), at));
}

/**
 * A quotation introduced as what not to say (`不说「我们有权联系紧急联系人」`, `never say "…"`) is
 * a warning in a guidance line, not the agent's speech. One linear pass (no nested quantifiers).
 */
const DONT_SAY_QUOTE =
  /(?:不说|别说|不要说|不能说|不得说|不可说|禁说|never say|don't say|do not say)[:：,，]?\s?[「『“"‘][^」』”"’]*[」』”"’]/gu;

function dontSayQuotes(text: string): [number, number][] {
  return [...text.matchAll(DONT_SAY_QUOTE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** Entries indexed by their first normalised unit: a scan tests only the phrases that can start there. */
export class Matcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /** `negatable`: a negation right before a match drops it (forbidden phrases, not disclosure words). */
  constructor(
    entries: { text: string; payload: T }[],
    private readonly negatable = false,
  ) {
    const seen = new Set<string>();
    for (const { text, payload } of entries) {
      const [heads, ...rest] = phrasePieces(text);
      if (!heads) continue;
      for (const head of heads) {
        const key = JSON.stringify([head, rest]);
        if (seen.has(key)) continue;
        seen.add(key);
        const first = head[0] as string;
        const list = this.byFirst.get(first) ?? [];
        list.push({ head, rest, payload });
        this.byFirst.set(first, list);
      }
    }
  }

  get size(): number {
    let n = 0;
    for (const list of this.byFirst.values()) n += list.length;
    return n;
  }

  /** Matches in original offsets; a match inside a longer one is dropped (`坐牢` within `让你坐牢`). */
  find(original: string): { start: number; end: number; payload: T }[] {
    if (this.byFirst.size === 0 || !original) return [];
    const n = normaliseForMatch(original);
    const found: { from: number; to: number; payload: T }[] = [];
    const quoted = this.negatable ? dontSayQuotes(n.text) : [];
    for (let i = 0; i < n.text.length; i++) {
      const candidates = this.byFirst.get(n.text[i] as string);
      if (!candidates) continue;
      for (const { head, rest, payload } of candidates) {
        if (!n.text.startsWith(head, i)) continue;
        // "sue" must not match inside "issue": word edges matter for space-separated scripts.
        if (isWordChar(head[0]) && isWordChar(n.text[i - 1])) continue;
        let to = i + head.length;
        for (const alternatives of rest) {
          const next = findAfterGap(n.text, alternatives, to);
          if (!next) {
            to = -1;
            break;
          }
          to = next.to;
        }
        if (to < 0) continue;
        if (isWordChar(n.text[to - 1]) && !endsAtWordEdge(n.text, to)) continue;
        if (this.negatable && (negatedBefore(n.text, i) || quoted.some(([a, b]) => a <= i && to <= b)))
          continue;
        found.push({ from: i, to, payload });
      }
    }
    found.sort((a, b) => a.from - b.from || b.to - a.to);
    const kept: { start: number; end: number; payload: T }[] = [];
    let maxTo = -1;
    for (const f of found) {
      if (f.to <= maxTo) continue;
      maxTo = f.to;
      kept.push({ start: n.starts[f.from] as number, end: n.ends[f.to - 1] as number, payload: f.payload });
    }
    return kept;
  }
}
