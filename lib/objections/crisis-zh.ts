/**
 * Chinese crisis signals (issue 11 §2) on the folded query: the explicit phrases and
 * bounded-gap patterns of crisis-lexicon-zh.ts, and the bare 死 read with its subject — the
 * speaker's own death wished or foreseen (我死了你们就满意了, 人死债消, 不如死了干净) but not a
 * relative's (我爸死了), a thing's (我的花死了), a game's, or hyperbole (烦死了, cut first). Every
 * look-up is a substring search or a scan of a bounded window: linear in the query length, no
 * regex from data.
 */

import { zhNegatedBefore } from '../text/negation-zh';
import {
  ZH_CLAUSE_BREAKS,
  ZH_CUTS,
  ZH_END_AFTER,
  ZH_FAREWELL,
  ZH_FIRST_PERSON,
  ZH_GAME,
  ZH_GAP_ALLOWED,
  ZH_GAP_PERSONS,
  ZH_GAP_WORDS_OK,
  ZH_IMPERSONAL,
  ZH_KIN,
  ZH_LATIN_SYLLABLES,
  ZH_OPENERS,
  ZH_OTHER_PERSON,
  ZH_PAID,
  ZH_PARTICLES,
  ZH_PASSIVE,
  ZH_REPORTING,
  ZH_STRONG,
  ZH_STRONG_UNCUT,
  ZH_THIRD_PERSON,
  ZH_THIRD_PERSON_WILL,
  ZH_WEAK,
  ZH_WEAK_UNCUT,
  ZH_WILL_BEFORE,
} from './crisis-lexicon-zh';
import type { CrisisSignal } from './crisis-signals';

/** A clause break, and what a cut near-miss leaves behind. */
const BREAK = '|';
const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/;

interface Gap {
  max: number;
  /** The gap may cross a clause break (没有我，家里人会过得更好). */
  crossesBreak: boolean;
}

interface Pattern {
  parts: readonly (readonly string[])[];
  gaps: readonly Gap[];
  /** The nearest person before it in the clause is the speaker or nobody (安排后事, not 给我爸安排后事). */
  self: boolean;
  /** Only particles until the clause ends (我在楼顶了, not 我在楼顶晒被子). */
  atEnd: boolean;
}

function compile(source: string): Pattern {
  const self = source.startsWith('@');
  const atEnd = source.endsWith('$');
  const body = source.slice(self ? 1 : 0, atEnd ? -1 : undefined);
  const pieces = body.split(/~(\d+,?)/);
  const parts: string[][] = [];
  const gaps: Gap[] = [];
  pieces.forEach((piece, k) => {
    if (k % 2 === 0) parts.push(piece.split('|'));
    else gaps.push({ max: Number.parseInt(piece, 10), crossesBreak: piece.endsWith(',') });
  });
  return { parts, gaps, self, atEnd };
}

const compileAll = (sources: readonly string[]) => sources.map(compile);
const STRONG = compileAll(ZH_STRONG);
const WEAK = compileAll(ZH_WEAK);
const STRONG_UNCUT = compileAll(ZH_STRONG_UNCUT);
const WEAK_UNCUT = compileAll(ZH_WEAK_UNCUT);
const FAREWELL = compileAll(ZH_FAREWELL);
/** Longest first, so a long near-miss is cut whole before a shorter one inside it. */
const CUTS = [...ZH_CUTS].sort((a, b) => b.length - a.length);
const FIRST_PERSON = [...ZH_FIRST_PERSON].sort((a, b) => b.length - a.length);
const OTHER_PERSON = [...ZH_OTHER_PERSON].sort((a, b) => b.length - a.length);
/** How far back from 死 the subject is looked for. */
const SUBJECT_WINDOW = 10;
/** How far back from an act (跳楼, 安排后事) its subject is looked for. */
const ACT_SUBJECT_WINDOW = 20;
/** How far after 死 (and its 了) the end it brings is looked for. */
const END_WINDOW = 2;

/**
 * The Han text of a folded query: clause punctuation as a break, a Latin syllable typed beside
 * Chinese read as its character (我想si), everything else (spaces, digits, other Latin) dropped.
 */
export function zhText(folded: string): string {
  let out = '';
  let latin = '';
  /** A syllable read after Latin ended, kept until we know whether Chinese follows it. */
  let pending = '';
  for (const char of folded) {
    if (LATIN.test(char)) {
      latin += char;
      pending = '';
      continue;
    }
    if (latin !== '') {
      const han = ZH_LATIN_SYLLABLES[latin] ?? '';
      if (HAN.test(out.slice(-1))) out += han;
      else pending = han;
      latin = '';
    }
    if (HAN.test(char)) {
      out += pending + char;
      pending = '';
    } else if (ZH_CLAUSE_BREAKS.includes(char)) {
      pending = '';
      if (!out.endsWith(BREAK)) out += BREAK;
    }
  }
  if (latin !== '' && HAN.test(out.slice(-1))) out += ZH_LATIN_SYLLABLES[latin] ?? '';
  return out;
}

function clauseStart(text: string, at: number): number {
  return text.lastIndexOf(BREAK, at - 1) + 1;
}

function endsClause(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && ZH_PARTICLES.includes(text.charAt(k))) k++;
  return k === text.length || text.charAt(k) === BREAK;
}

function restMatches(text: string, pattern: Pattern, k: number, at: number): boolean {
  if (k === pattern.parts.length) return !pattern.atEnd || endsClause(text, at);
  const gap = pattern.gaps[k - 1] as Gap;
  for (let skip = 0; skip <= gap.max; skip++) {
    if (skip > 0) {
      const char = text.charAt(at + skip - 1);
      if (char === '' || ZH_GAP_PERSONS.includes(char) || (char === BREAK && !gap.crossesBreak)) return false;
    }
    for (const alt of pattern.parts[k] as readonly string[]) {
      if (text.startsWith(alt, at + skip) && restMatches(text, pattern, k + 1, at + skip + alt.length))
        return true;
    }
  }
  return false;
}

/** Someone other than the speaker is the nearest person before `at` in its clause (我爸自杀了). */
function someoneElseBefore(text: string, at: number): boolean {
  return subjectBefore(text, clauseStart(text, at), at, ACT_SUBJECT_WINDOW).kind === 'other';
}

function matches(text: string, pattern: Pattern): boolean {
  for (const alt of pattern.parts[0] as readonly string[]) {
    for (let at = text.indexOf(alt); at >= 0; at = text.indexOf(alt, at + 1)) {
      if (restMatches(text, pattern, 1, at + alt.length) && !(pattern.self && someoneElseBefore(text, at))) {
        return true;
      }
    }
  }
  return false;
}

const anyMatches = (text: string, patterns: readonly Pattern[]) => patterns.some((p) => matches(text, p));

function cutNearMisses(text: string): string {
  let out = text;
  for (const miss of CUTS) if (out.includes(miss)) out = out.split(miss).join(BREAK);
  return out;
}

interface Subject {
  /** `none`: nobody named between the clause's start (or a reporting verb, 他说…) and 死. */
  kind: 'first' | 'other' | 'impersonal' | 'none';
  start: number;
  end: number;
}

const wordEndingAt = (text: string, end: number, from: number, words: readonly string[]) =>
  words.find((w) => end - w.length >= from && text.endsWith(w, end));

/** The nearest person before 死 (or an act) in its clause, within `window` characters. */
function subjectBefore(text: string, from: number, death: number, window = SUBJECT_WINDOW): Subject {
  const limit = Math.max(from, death - window);
  for (let end = death; end > limit; end--) {
    if (ZH_REPORTING.includes(text.charAt(end - 1))) return { kind: 'none', start: end, end };
    const other = wordEndingAt(text, end, from, OTHER_PERSON);
    if (other !== undefined) return { kind: 'other', start: end - other.length, end };
    const first = wordEndingAt(text, end, from, FIRST_PERSON);
    if (first !== undefined) return { kind: 'first', start: end - first.length, end };
    if (text.charAt(end - 1) === ZH_IMPERSONAL) return { kind: 'impersonal', start: end - 1, end };
  }
  return { kind: 'none', start: from, end: from };
}

/** Only time, modal and manner words (and 被) in the gap, less the words that look otherwise. */
function modalGap(gap: string): string | null {
  let clean = gap;
  for (const word of ZH_GAP_WORDS_OK) clean = clean.split(word).join('');
  for (const char of clean) if (!ZH_GAP_ALLOWED.includes(char)) return null;
  return clean;
}

/** The speaker's own death: nothing but time, modal and manner words between the speaker and 死. */
function firstPersonDeath(gap: string): CrisisSignal | null {
  const clean = modalGap(gap);
  if (clean === null) return null;
  return clean.includes(ZH_PASSIVE) ? 'weak' : 'strong';
}

/** He or she wanting to die (他要去死, not 他死了 nor 他们去死吧). */
function thirdPersonWish(text: string, subject: Subject, death: number): boolean {
  if (
    !ZH_THIRD_PERSON.includes(text.slice(subject.start, subject.end)) ||
    text.charAt(subject.end) === '们'
  ) {
    return false;
  }
  const clean = modalGap(text.slice(subject.end, death));
  return clean !== null && ZH_THIRD_PERSON_WILL.some((will) => clean.includes(will));
}

/** A relative named anywhere (who reports speech, 他说, is not one). */
function kinNamed(text: string): boolean {
  let said = text;
  for (const person of ZH_THIRD_PERSON) {
    for (const verb of ZH_REPORTING) said = said.split(person + verb).join(BREAK);
  }
  return ZH_KIN.some((kin) => said.includes(kin));
}

/** Nothing before 死 (or before the impersonal 人) in the clause but an opener (反正, 要是…). */
function opensClause(text: string, from: number, to: number): boolean {
  const before = text.slice(from, to);
  return before === '' || ZH_OPENERS.includes(before);
}

function endAfter(text: string, death: number): boolean {
  let at = death + 1;
  if (text.charAt(at) === '了') at++;
  for (let skip = 0; skip <= END_WINDOW; skip++) {
    if (text.charAt(at + skip - 1) === BREAK && skip > 0) return false;
    if (ZH_END_AFTER.some((word) => text.startsWith(word, at + skip))) return true;
  }
  return false;
}

/** The bare 死 of the speaker's death, after the near-misses were cut. */
function deathSaid(text: string): CrisisSignal | null {
  if (ZH_GAME.some((word) => text.includes(word))) return null;
  let found: CrisisSignal | null = null;
  let kin: boolean | undefined;
  const kinIn = () => {
    kin ??= kinNamed(text);
    return kin;
  };
  for (let death = text.indexOf('死'); death >= 0; death = text.indexOf('死', death + 1)) {
    const from = clauseStart(text, death);
    const subject = subjectBefore(text, from, death);
    let signal: CrisisSignal | null = null;
    if (subject.kind === 'first') signal = firstPersonDeath(text.slice(subject.end, death));
    else if (subject.kind === 'other') signal = thirdPersonWish(text, subject, death) ? 'strong' : null;
    else if (subject.kind === 'none') {
      const willed = ZH_WILL_BEFORE.some((w) => text.endsWith(w, death));
      const ends = opensClause(text, subject.start, death) && endAfter(text, death) && !kinIn();
      if (willed || ends) signal = 'strong';
    } else {
      // 人 opening the clause (人死债消, 我这种人就该去死): its death wanted, or an end after it.
      const gap = text.slice(subject.end, death);
      const opens = opensClause(text, from, subject.start) && modalGap(gap) !== null;
      const willed = ZH_WILL_BEFORE.some((w) => text.endsWith(w, death));
      if (opens && (willed || (gap === '' && endAfter(text, death) && !kinIn()))) signal = 'strong';
    }
    if (signal === 'strong') return signal;
    found = found ?? signal;
  }
  return found;
}

/** The crisis signal of the Chinese in a folded query (strong outranks weak). */
export function zhSignal(folded: string): CrisisSignal | null {
  const whole = zhText(folded);
  if (whole.replaceAll(BREAK, '') === '') return null;
  if (anyMatches(whole, STRONG_UNCUT)) return 'strong';
  const text = cutNearMisses(whole);
  if (anyMatches(text, STRONG)) return 'strong';
  // A farewell after a payment said (下个月还清，以后不会再麻烦你们了) may be done with the bank, not
  // with life: weak, so the card stays in the list; a payment denied (我不会还的) is none.
  if (anyMatches(text, FAREWELL)) return paymentSaid(whole) ? 'weak' : 'strong';
  const death = deathSaid(text);
  if (death === 'strong') return death;
  if (death !== null || anyMatches(whole, WEAK_UNCUT) || anyMatches(text, WEAK)) return 'weak';
  return null;
}

/** A payment word the speaker does not deny (会还 in 我会还的, not in 我不会还的). */
function paymentSaid(whole: string): boolean {
  return ZH_PAID.some((word) => {
    for (let at = whole.indexOf(word); at >= 0; at = whole.indexOf(word, at + 1))
      if (!zhNegatedBefore(whole, at)) return true;
    return false;
  });
}
