/**
 * English digit words read as digits (red team 11: "card four five three two one two three four …"
 * and "6 two 2 two 8 four …" were stored whole). A person reading a card, a phone or an ID aloud
 * says it digit by digit, and voice input or an agent typing along writes the words. Only runs
 * that are clearly a number are read: three digit words or more, or a word among digits making
 * seven digits or more; "one or two days", "two to three" and "pay five hundred" stay words.
 * Within a run, the spaces and hyphens between digits said one by one are dropped (the detectors see
 * 4532 1234 …, as the digits were said), a comma between groups reads as a space (nobody reads a
 * list of amounts digit by digit), line breaks are kept.
 */
import { isAsciiDigit } from '../../text/chars';

export interface Unit {
  char: string;
  start: number;
  end: number;
}

const WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
/** "double four" is 44, "triple zero" 000 (as UK and SG callers say a number). */
const REPEATS: Readonly<Record<string, number>> = { double: 2, triple: 3 };

interface Token {
  from: number;
  to: number;
  digits: string;
  word: boolean;
}

const code = (unit: Unit | undefined): number => (unit?.char.length === 1 ? unit.char.charCodeAt(0) : -1);
/** Folded text is lower case. Char-code tests: this runs on every unit of every note. */
const isLetter = (unit: Unit | undefined): boolean => {
  const c = code(unit);
  return c >= 0x61 && c <= 0x7a;
};
/** The longest word read: "double", "triple". */
const MAX_WORD = 6;
/** Most words start with another letter and are passed over at once. */
const FIRST_LETTERS = new Set('zotfsend');

function wordAt(list: Unit[], from: number): number {
  let to = from;
  while (isLetter(list[to])) to += 1;
  return to;
}

const text = (list: Unit[], from: number, to: number): string =>
  list
    .slice(from, to)
    .map((u) => u.char)
    .join('');

/** The digit token at `from` (a digit word, "double four", or ASCII digits), or undefined. */
function tokenAt(list: Unit[], from: number, first: boolean): Token | undefined {
  if (isLetter(list[from - 1]) || isAsciiDigit(list[from - 1]?.char)) return undefined;
  if (isAsciiDigit(list[from]?.char)) {
    let to = from;
    while (isAsciiDigit(list[to]?.char)) to += 1;
    // Only the count of a digit group matters (the units stay as they are).
    return isLetter(list[to]) ? undefined : { from, to, digits: '0'.repeat(to - from), word: false };
  }
  if (!FIRST_LETTERS.has(list[from]?.char ?? '')) return undefined;
  const to = wordAt(list, from);
  if (to - from < 2 || to - from > MAX_WORD) return undefined;
  let word = '';
  for (let k = from; k < to; k += 1) word += list[k]?.char ?? '';
  const repeat = REPEATS[word];
  if (repeat !== undefined && list[to]?.char === ' ') {
    const next = tokenAt(list, to + 1, false);
    if (next?.word && next.digits.length === 1)
      return { from, to: next.to, digits: next.digits.repeat(repeat), word: true };
    return undefined;
  }
  const digit = WORDS[word];
  // "oh" is a zero only after another digit ("one oh four"), never an interjection starting a run.
  if (digit === undefined || (first && word === 'oh')) return undefined;
  return { from, to, digits: digit, word: true };
}

/** The end of the separator at `at` between two tokens (one or two spaces, a hyphen, a comma, a line break), or -1. */
function separatorEnd(list: Unit[], at: number): number {
  const first = list[at]?.char;
  if (first !== ' ' && first !== '\t' && first !== '-' && first !== ',' && first !== '\n') return -1;
  const match = /^(?: {1,2}|\t| ?[-,] ?| ?\n ?)/.exec(text(list, at, at + 3));
  return match ? at + match[0].length : -1;
}

function readRun(list: Unit[], from: number): { tokens: Token[]; gaps: [number, number][] } {
  const tokens: Token[] = [];
  const gaps: [number, number][] = [];
  let token = tokenAt(list, from, true);
  while (token) {
    tokens.push(token);
    const sepEnd = separatorEnd(list, token.to);
    if (sepEnd < 0) break;
    const next = tokenAt(list, sepEnd, false);
    if (!next) break;
    gaps.push([token.to, sepEnd]);
    token = next;
  }
  return { tokens, gaps };
}

function isNumber(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word).reduce((n, t) => n + t.digits.length, 0);
  const digits = tokens.reduce((n, t) => n + t.digits.length, 0);
  return words >= 3 || (words >= 1 && digits >= 7 && tokens.length >= 3);
}

/** The list with digit words in number runs read as ASCII digits, each keeping its word's place. */
/** The units a number run becomes: word digits in their words' places, said digits closed up. */
function runUnits(list: Unit[], tokens: Token[], gaps: [number, number][]): Unit[] {
  const out: Unit[] = [];
  tokens.forEach((token, t) => {
    if (token.word) {
      const start = list[token.from]?.start ?? 0;
      const end = list[token.to - 1]?.end ?? start;
      for (const digit of token.digits) out.push({ char: digit, start, end });
    } else for (let k = token.from; k < token.to; k += 1) out.push(list[k] as Unit);
    const gap = gaps[t];
    if (!gap) return;
    const next = tokens[t + 1];
    const said = (t: Token | undefined): boolean => t?.word === true || t?.digits.length === 1;
    const between = text(list, gap[0], gap[1]);
    if (said(token) && said(next) && /^[ \t-]+$/.test(between)) return;
    // A comma between groups said digit by digit is a pause, not a list of amounts.
    if (between.includes(',') && (token.word || next?.word)) {
      const start = list[gap[0]]?.start ?? 0;
      out.push({ char: ' ', start, end: list[gap[1] - 1]?.end ?? start });
    } else for (let k = gap[0]; k < gap[1]; k += 1) out.push(list[k] as Unit);
  });
  return out;
}

/**
 * The list with digit words in number runs read as ASCII digits, each keeping its word's place.
 * The list itself when there is none (most notes): no copy, nothing for the collector.
 */
export function readNumberWords(list: Unit[]): Unit[] {
  const changes: { from: number; to: number; units: Unit[] }[] = [];
  let i = 0;
  while (i < list.length) {
    if (!isLetter(list[i]) && !isAsciiDigit(list[i]?.char)) {
      i += 1;
      continue;
    }
    const { tokens, gaps } = readRun(list, i);
    const last = tokens[tokens.length - 1];
    if (!last || !isNumber(tokens) || !tokens.some((t) => t.word)) {
      i = Math.max(tokens[0]?.to ?? (isLetter(list[i]) ? wordAt(list, i) : i + 1), i + 1);
      continue;
    }
    changes.push({ from: i, to: last.to, units: runUnits(list, tokens, gaps) });
    i = last.to;
  }
  return applyChanges(list, changes);
}

/** The list with each [from, to) replaced by its units (changes in order, not overlapping). */
export function applyChanges(list: Unit[], changes: { from: number; to: number; units: Unit[] }[]): Unit[] {
  if (changes.length === 0) return list;
  const out: Unit[] = [];
  let cursor = 0;
  for (const { from, to, units } of changes) {
    for (let k = cursor; k < from; k += 1) out.push(list[k] as Unit);
    out.push(...units);
    cursor = to;
  }
  for (let k = cursor; k < list.length; k += 1) out.push(list[k] as Unit);
  return out;
}
