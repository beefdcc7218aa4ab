/**
 * Concepts in what was typed off the characters (issue 11, round 7): an IME slip (the right
 * syllables, a wrong character: 没前 for 没钱) and pinyin typed among the characters (我mei钱,
 * mq). Both read the syllable table of the lexicon's Chinese phrasings (concept-pinyin.ts).
 */
import { forEachCodePoint } from './code-point-runs';
import { byChar, type Heard, syllableCuts, TIME, table } from './concept-pinyin';
import { SAID_PINYIN, USUAL_PINYIN } from './concept-typed-data';
import { LEXICON } from './concepts-zh';
import { ZH_FUNCTION_CHARS } from './function-words';
import { isHan, type NormalizedText } from './normalize';
import type { QueryText } from './query-text';

/**
 * The usual reading of a query character, when it is a syllable some phrasing is said with (else
 * '': it slips for none). Generated data (concept-typed-data.ts): a keystroke looks it up instead
 * of asking pinyin-pro for each character it had not seen yet (issue 11).
 */
const SYLLABLES: string[] = [''];
const USUAL_BMP = new Uint16Array(0x10000);
const USUAL_ASTRAL = new Map<number, number>();
for (const [syllable, codePoints] of USUAL_PINYIN) {
  const id = SYLLABLES.push(syllable) - 1;
  forEachCodePoint(codePoints, (code) => {
    if (code > 0xffff) USUAL_ASTRAL.set(code, id);
    else USUAL_BMP[code] = id;
  });
}

function usualReadingOf(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return SYLLABLES[code > 0xffff ? (USUAL_ASTRAL.get(code) ?? 0) : (USUAL_BMP[code] as number)] as string;
}

/** Every pair of neighbouring characters in the lexicon's Chinese phrasings. */
const LEXICON_PAIRS = new Set<string>();
for (const concept of LEXICON)
  for (const form of concept.zh) {
    const chars = Array.from(form);
    for (let k = 0; k + 1 < chars.length; k++)
      LEXICON_PAIRS.add((chars[k] as string) + (chars[k + 1] as string));
  }

/** A phrasing's readings as said, in context (还款 huan kuan): generated with the table above. */
const SAID = new Map<string, readonly string[]>(
  Object.entries(SAID_PINYIN).map(([form, syllables]) => [form, syllables.split(' ')]),
);

/**
 * The concepts a Chinese query says through an IME slip (issue 11, round 7): the right syllables
 * picked as a wrong character (没前 for 没钱, 律失 for 律师, 轻声 for 轻生). A stretch says a
 * phrasing when it keeps at least one of its characters and each other one is a different character
 * whose usual reading is the phrasing's syllable there (a rare reading of a polyphone is no slip:
 * 关系 read guan ji is not 关机), and when some pair of neighbours in it is one no title or trigger
 * holds (`knownPair`): the wrong pick makes a pair the pack never writes, while a real word that
 * happens to sound like a phrasing is usually written somewhere.
 */
export function homophoneConceptsOf(
  normal: NormalizedText,
  knownPair: (a: string, b: string) => boolean,
): number[] {
  if (!normal.hasHan) return [];
  const chars = Array.from(normal.compact);
  const map = table();
  const found = new Set<number>();
  // A pair the lexicon writes is a word too (银监 in 打银监会 is no slip for 打印).
  const wordPair = (a: string, b: string) => knownPair(a, b) || LEXICON_PAIRS.has(a + b);
  const fits = (heard: Heard, i: number) => {
    let kept = 0;
    let slipped = 0;
    const said = SAID.get(heard.chars.join('')) ?? [];
    for (let k = 0; k < heard.chars.length; k++) {
      const char = chars[i + k] as string;
      // A function character kept (了 of 卖了 in 买了) anchors nothing: 买了 is no slip for 卖了.
      if (char === heard.chars[k]) kept += ZH_FUNCTION_CHARS.has(char) ? 0 : 1;
      else if (!isHan(char) || usualReadingOf(char) !== said[k]) return false;
      // A wrong pick that pairs with its neighbour outside into a word the pack writes (全部 in
      // 全部还不了) is that word, not a slip for 不还.
      else if (
        (k === 0 && i > 0 && wordPair(chars[i - 1] as string, char)) ||
        (k === heard.chars.length - 1 &&
          i + k + 1 < chars.length &&
          wordPair(char, chars[i + k + 1] as string))
      )
        return false;
      else slipped++;
    }
    return kept > 0 && slipped > 0;
  };
  for (let i = 0; i + 1 < chars.length; i++) {
    const char = chars[i] as string;
    for (const heard of [...(byChar.get(char) ?? []), ...(map.get(usualReadingOf(char)) ?? [])]) {
      if (heard.concept === TIME || found.has(heard.concept)) continue;
      const n = heard.chars.length;
      if (i + n > chars.length || !fits(heard, i)) continue;
      let slip = false;
      // A pair the lexicon writes is a word too: 搭进去 (money sunk into something, no-money) is no
      // slip for 打进去 (paid), though no title or trigger writes it.
      for (let k = 0; k + 1 < n && !slip; k++)
        slip = !wordPair(chars[i + k] as string, chars[i + k + 1] as string);
      if (slip) found.add(heard.concept);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** A query piece for mixedConceptsOf: a character, a typed syllable, a typed initial, or a break. */
interface Token {
  kind: 'char' | 'syllable' | 'initial' | 'break';
  value: string;
  /** For an initial: how many letters its word has from here (a word of initials is read whole). */
  left?: number;
}

/** Pinyin initials typed for characters (sb, mq): consonants only, a few letters. */
const INITIALS = /^[b-df-hj-np-tw-z]{2,4}$/;
/** Initials alone are ambiguous (sb: 傻逼, 上班): a stretch of them says at most this many concepts. */
const MAX_INITIAL_CONCEPTS = 2;

function tokensOf(normal: QueryText): Token[] {
  const tokens: Token[] = [];
  for (const word of normal.words) {
    if (/^\p{Script=Han}/u.test(word)) {
      for (const char of word) tokens.push({ kind: 'char', value: char });
      continue;
    }
    if (INITIALS.test(word)) {
      Array.from(word).forEach((letter, k) => {
        tokens.push({ kind: 'initial', value: letter, left: word.length - k });
      });
      continue;
    }
    const cuts = /^[a-z]+$/.test(word) ? syllableCuts(word) : null;
    if (cuts === null) {
      tokens.push({ kind: 'break', value: word });
      continue;
    }
    const at = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < at.length; k++)
      tokens.push({ kind: 'syllable', value: word.slice(at[k], at[k + 1]) });
  }
  return tokens;
}

function tokenFits(token: Token, heard: Heard, k: number): boolean {
  if (token.kind === 'char') return token.value === heard.chars[k];
  if (token.kind === 'syllable') return token.value === heard.syllables[k];
  return token.kind === 'initial' && token.value === (heard.syllables[k] as string)[0];
}

/** Every phrasing by the first letter of its first syllable (for typed initials), built when first needed. */
let byInitial: Map<string, Heard[]> | null = null;

function headsOf(token: Token): readonly Heard[] {
  if (token.kind === 'char') return byChar.get(token.value) ?? [];
  if (token.kind === 'syllable') return table().get(token.value) ?? [];
  if (token.kind === 'break') return [];
  if (byInitial === null) {
    byInitial = new Map();
    for (const list of table().values())
      for (const heard of list) {
        const letter = (heard.syllables[0] as string)[0] as string;
        const same = byInitial.get(letter) ?? [];
        same.push(heard);
        byInitial.set(letter, same);
      }
  }
  return byInitial.get(token.value) ?? [];
}

/**
 * The concepts a Chinese query says with some of its characters typed as pinyin (issue 11, round 7):
 * 我mei钱了 or 工资mei发 (syllables among characters), sb or mq (initials) beside characters. A
 * phrasing is met when each of its characters is there as written, as one of its syllables or as
 * that syllable's first letter, and at least one was typed in letters (the characters alone are
 * read by conceptsOf). A stretch of initials only says at most MAX_INITIAL_CONCEPTS concepts.
 */
export function mixedConceptsOf(normal: QueryText): number[] {
  if (!normal.hasHan || !/[a-z]/.test(normal.compact)) return [];
  const tokens = tokensOf(normal);
  const found = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const byEnd = new Map<number, Set<number>>();
    for (const heard of headsOf(tokens[i] as Token)) {
      if (heard.concept === TIME) continue;
      const n = heard.chars.length;
      if (i + n > tokens.length) continue;
      let typed = 0;
      let initials = 0;
      let fits = true;
      for (let k = 0; k < n && fits; k++) {
        const token = tokens[i + k] as Token;
        fits = tokenFits(token, heard, k);
        if (token.kind !== 'char') typed++;
        if (token.kind === 'initial') initials++;
      }
      if (!fits || typed === 0) continue;
      // Initials are read as a whole word only, never one letter of it beside characters (b催 is
      // not 别催).
      if (initials > 0 && (initials < n || (tokens[i] as Token).left !== n)) continue;
      if (initials === 0) found.add(heard.concept);
      else {
        const concepts = byEnd.get(n) ?? new Set<number>();
        concepts.add(heard.concept);
        byEnd.set(n, concepts);
      }
    }
    for (const concepts of byEnd.values())
      if (concepts.size <= MAX_INITIAL_CONCEPTS) for (const c of concepts) found.add(c);
  }
  return [...found].sort((a, b) => a - b);
}
