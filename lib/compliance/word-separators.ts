/**
 * Marks typed inside a word to break a forbidden phrase up (guard round 14, red team: 坐·牢, 坐-牢,
 * 坐丶牢, 坐😀牢, `j.a.i.l`, `p-r-i-s-o-n`, `a r r e s t e d`). The phrase normaliser
 * (phrase-matcher.ts) reads the folded units of a text through this and leaves out the separators
 * that stand inside a word, so a phrase matches across them while the offsets of the units kept
 * still point at the original text (the highlight covers the marks between).
 * - Chinese: a run of marks, symbols and spaces between two Han characters, unless it holds a
 *   clause or sentence boundary (`CLAUSE_BOUNDARY`) or a line break: Chinese is written without
 *   spaces, so a mark between two characters is either decoration or a boundary that a
 *   punctuation mark of its own says.
 * - English: three or more one-letter words in a row, separated by marks or spaces only, are read
 *   as one word (`s.u.e` → sue). Three, as the shortest word the packs forbid alone is three letters
 *   (`sue`); two one-letter words side by side are ordinary (`plan B a week later`, `U.S.`, `p.m.`)
 *   and joining them would hide the `a` or `I` a phrase begins with.
 * Quotes and brackets are not separators: they say where quoted or bracketed words begin and end,
 * and the "don't say" reader (dontSayQuotes) and the customer's words (customer-speech.ts) read them.
 * Nor is `@`: in a chat it is a word, the mention (`＠了您表哥`, which the zh pack spells `(@|艾特)`).
 * One forward pass over the units: linear however many marks a hostile note holds.
 */

/**
 * `letter` and `number`: of a space-separated script (English); `word`: any other written unit (Han,
 * kana, a phrase's family slot).
 */
export type UnitKind = 'letter' | 'number' | 'word' | 'space' | 'lineBreak' | 'mark' | 'boundary' | 'other';

export interface KindedUnit {
  /** One code point of the folded text (a character NFKC makes several of gives several units). */
  ch: string;
  kind: UnitKind;
}

/**
 * What ends a clause or sentence in Chinese and English, after folding (full-width ，：；！？ are
 * ASCII here): words on its two sides belong to different clauses, list items or labels and values
 * (`还款日：1/15`), so a phrase is not read across it. The ASCII full stop is not one between two
 * Han characters (Chinese ends a sentence with 。, and `坐.牢` is the evasion); in English a full
 * stop before a space is (`p.m. I will`), as the sentence windows read it (scan-marks.ts).
 */
const CLAUSE_BOUNDARY = /[。！？；，、：!?;,:]/u;
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;
const SPACE = /\s/u;
/** Quotes and brackets (opening, closing, initial, final), the ASCII quotes, and the mention sign. */
const NOT_SEPARATOR = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'@]/u;
/**
 * Punctuation, symbols (emoji, ｜, ~, *), combining marks (a strike-through or an underline over
 * each letter) and controls; and the Han strokes that are written as marks (丶 looks like 、, 丨 like
 * ｜, 丿 like /), with the katakana long-vowel mark ー that looks like a dash: none of them is a
 * word of Chinese. Private-use characters are not marks: a compiled phrase's `{family}` slot is one.
 */
const MARK = /[\p{P}\p{S}\p{M}\p{Cc}丶丨丿亅乀乁乛ー]/u;
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** A letter or digit of a space-separated script, where a match must not cut a word in two. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch) && !CJK.test(ch);
}

/** Anything but a word unit: one test answers for most units of a text (letters, Han, digits). */
const NOT_WORD = /[\s\p{P}\p{S}\p{M}\p{Cc}丶丨丿亅乀乁乛ー]/u;
const NUMBER = /\p{N}/u;

function kindOf(ch: string): UnitKind {
  if (!NOT_WORD.test(ch)) {
    if (CJK.test(ch)) return 'word';
    return LETTER.test(ch) ? 'letter' : NUMBER.test(ch) ? 'number' : 'word';
  }
  if (SPACE.test(ch)) return LINE_BREAK.test(ch) ? 'lineBreak' : 'space';
  if (CLAUSE_BOUNDARY.test(ch)) return 'boundary';
  if (NOT_SEPARATOR.test(ch)) return 'other';
  return MARK.test(ch) ? 'mark' : 'word';
}

/**
 * Kinds already worked out, by unit: the normaliser asks for every unit of every note, and a text
 * has few distinct ones. Bounded, so a text of many distinct characters cannot grow it.
 */
const KINDS = new Map<string, UnitKind>();
const KINDS_MAX = 4096;

/** The kind of one folded unit of a text. */
export function unitKind(ch: string): UnitKind {
  let kind = KINDS.get(ch);
  if (kind === undefined) {
    kind = kindOf(ch);
    if (KINDS.size >= KINDS_MAX) KINDS.clear();
    KINDS.set(ch, kind);
  }
  return kind;
}

const isSeparator = (kind: UnitKind | undefined) => kind === 'space' || kind === 'mark';

const isHan = (unit: KindedUnit | undefined) => unit?.kind === 'word' && HAN.test(unit.ch);

const isLatinWord = (unit: KindedUnit | undefined) => unit?.kind === 'letter' || unit?.kind === 'number';

/** A one-letter word of a space-separated script: a letter with no letter or digit beside it. */
function isLoneLetter(units: readonly KindedUnit[], i: number): boolean {
  return units[i]?.kind === 'letter' && !isLatinWord(units[i - 1]) && !isLatinWord(units[i + 1]);
}

/** Fewest one-letter words in a row read as a spelled-out word. */
const SPELLED_MIN = 3;

/**
 * Whether a word is one the phrases know (their own words and their families', inflected or not):
 * only asked where a spelling is ambiguous.
 */
export type KnownWord = (word: string) => boolean;

/** English words of one letter, which may stand before or after a spelled-out word. */
const ONE_LETTER_WORDS = new Set(['a', 'i']);

/**
 * A spelled-out English word being read: its letters and the separator runs between them. A full
 * stop before a space ends a sentence (`at 9 a.m. I left`, `A.S.A.P. I will`), so a run holding one
 * goes on a spelling only when every run of it is that same run (`j. a. i. l.`); other marks may
 * mix (`j-a.i_l`). An `a` or `I` at either end may be a word of its own (`you are a d e a d b e a t`,
 * `you will be a r r e s t e d`): it stays apart when the phrases know the word without it and not with it.
 */
class Spelling {
  private active = false;
  private letters = '';
  private readonly runs: [number, number][] = [];
  private firstRun = '';
  private fullStops = false;

  constructor(
    private readonly inside: Uint8Array,
    private readonly known?: KnownWord,
  ) {}

  /** A one-letter word: it starts a spelling, or goes on the one its run before joined. */
  letter(ch: string): void {
    this.active = true;
    this.letters += ch;
  }

  /** The separator run [from, to) between the last letter and another one-letter word. */
  run(units: readonly KindedUnit[], from: number, to: number, fullStop: boolean): void {
    if (!this.active) return;
    if (fullStop || this.fullStops) {
      const text = runText(units, from, to);
      if (this.runs.length === 0) this.firstRun = text;
      else if (text !== this.firstRun) {
        // The spelling so far ends; a new one starts at the last letter, with this run.
        const last = this.letters.slice(-1);
        this.end();
        this.active = true;
        this.letters = last;
        this.firstRun = text;
      }
    } else if (this.runs.length === 0) this.firstRun = runText(units, from, to);
    this.fullStops ||= fullStop;
    this.runs.push([from, to]);
  }

  /** Anything else: a spelling of enough letters has its separators left out. */
  end(): void {
    const [first, last] = this.joined();
    if (last - first >= SPELLED_MIN - 1)
      for (let k = first; k < last; k++) {
        const [a, b] = this.runs[k] as [number, number];
        this.inside.fill(1, a, b);
      }
    this.active = false;
    this.letters = '';
    this.runs.length = 0;
    this.fullStops = false;
  }

  /** The runs [first, last) to leave out: all, or without a one-letter word at an end. */
  private joined(): [number, number] {
    const { letters, runs, known } = this;
    const all: [number, number] = [0, runs.length];
    if (!known || runs.length < SPELLED_MIN || known(letters)) return all;
    const lead = ONE_LETTER_WORDS.has(letters[0] as string) ? 1 : 0;
    const tail = ONE_LETTER_WORDS.has(letters[letters.length - 1] as string) ? 1 : 0;
    for (const [a, z] of [
      [lead, 0],
      [0, tail],
      [lead, tail],
    ] as const) {
      if (a + z === 0) continue;
      if (known(letters.slice(a, letters.length - z))) return [a, runs.length - z];
    }
    return all;
  }
}

/** A run's marks with its whitespace as one space: `. ` and `.  ` are the same run. */
function runText(units: readonly KindedUnit[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) {
    const unit = units[k] as KindedUnit;
    if (unit.kind === 'mark') text += unit.ch;
    else if (!text.endsWith(' ')) text += ' ';
  }
  return text;
}

/**
 * 1 for every unit that is a separator inside a word (to be left out), 0 for the others. Line
 * breaks are never left out, and a run that holds one is a boundary: a line break before a mark is
 * a new list item (`⏎- 上门核实`); a bare line break between two Han characters is only whitespace,
 * which the normaliser already drops beside CJK (a wrapped CRM line).
 */
export function separatorsInsideWords(units: readonly KindedUnit[], known?: KnownWord): Uint8Array {
  const inside = new Uint8Array(units.length);
  const spelling = new Spelling(inside, known);
  let i = 0;
  while (i < units.length) {
    const unit = units[i] as KindedUnit;
    if (!isSeparator(unit.kind) && unit.kind !== 'lineBreak') {
      if (isLoneLetter(units, i)) spelling.letter(unit.ch);
      else spelling.end();
      i++;
      continue;
    }
    // A run of separators [i, j): spaces, marks and line breaks.
    let j = i;
    let marks = false;
    let lineBreak = false;
    let fullStop = false;
    for (; j < units.length; j++) {
      const kind = units[j]?.kind;
      if (kind === 'lineBreak') lineBreak = true;
      else if (kind === 'mark') {
        marks = true;
        if (units[j]?.ch === '.' && units[j + 1]?.kind === 'space') fullStop = true;
      } else if (kind !== 'space') break;
    }
    if (marks && !lineBreak && isHan(units[i - 1]) && isHan(units[j])) inside.fill(1, i, j);
    if (!lineBreak && isLoneLetter(units, j)) spelling.run(units, i, j, fullStop);
    else spelling.end();
    i = j;
  }
  spelling.end();
  return inside;
}
