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

const isLetter = (unit: Unit | undefined): boolean => /^[a-z]$/.test(unit?.char ?? '');
const isAsciiDigit = (unit: Unit | undefined): boolean => /^\d$/.test(unit?.char ?? '');

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
  if (isLetter(list[from - 1]) || isAsciiDigit(list[from - 1])) return undefined;
  if (isAsciiDigit(list[from])) {
    let to = from;
    while (isAsciiDigit(list[to])) to += 1;
    return isLetter(list[to]) ? undefined : { from, to, digits: text(list, from, to), word: false };
  }
  const to = wordAt(list, from);
  const word = text(list, from, to);
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
  const sep = text(list, at, at + 3);
  const match = /^(?: {1,2}|\t| ?[-,] ?| ?\n ?)/.exec(sep);
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
export function readNumberWords(list: Unit[]): Unit[] {
  if (!list.some(isLetter)) return list;
  const out: Unit[] = [];
  let i = 0;
  while (i < list.length) {
    const { tokens, gaps } =
      isLetter(list[i]) || isAsciiDigit(list[i]) ? readRun(list, i) : { tokens: [], gaps: [] };
    if (tokens.length === 0 || !isNumber(tokens) || !tokens.some((t) => t.word)) {
      const to = tokens[0]?.to ?? (isLetter(list[i]) ? wordAt(list, i) : i + 1);
      for (let k = i; k < Math.max(to, i + 1); k += 1) out.push(list[k] as Unit);
      i = Math.max(to, i + 1);
      continue;
    }
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
      const single = said(token) && said(next);
      const between = text(list, gap[0], gap[1]);
      if (single && /^[ \t-]+$/.test(between)) return;
      // A comma between groups said digit by digit is a pause, not a list of amounts.
      if (between.includes(',') && (token.word || next?.word)) {
        const start = list[gap[0]]?.start ?? 0;
        out.push({ char: ' ', start, end: list[gap[1] - 1]?.end ?? start });
      } else for (let k = gap[0]; k < gap[1]; k += 1) out.push(list[k] as Unit);
    });
    i = tokens[tokens.length - 1]?.to ?? i + 1;
  }
  return out;
}
