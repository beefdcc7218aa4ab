/**
 * English (and IME-off pinyin) crisis signals (issue 11 §2) on the folded query: the phrases
 * of crisis-lexicon-en.ts with one typo per long word and filler words inside, and the bare
 * die/dead/gone read with its subject — the speaker's death wished or foreseen ("I should just die", "when I'm
 * dead", "if I die the debt is gone") but not a hyperbole ("dead tired", cut first), a relative's,
 * a battery's or a game character's. Linear in the number of words.
 */

import { negationWords } from '../text/negation-en';
import {
  EN_AFTER_ANCHOR_WILL,
  EN_AFTER_GONE,
  EN_AFTERTHOUGHTS,
  EN_AUXILIARIES,
  EN_BEFORE_SUBJECT,
  EN_CUTS,
  EN_DEATH_WORDS,
  EN_FAREWELL,
  EN_FIRST_PERSON,
  EN_GAME,
  EN_PAID,
  EN_STRONG,
  EN_SUBJECT_WITH_WILL,
  EN_WEAK,
  EN_WILL,
  PINYIN_OPEN_FINALS,
  PINYIN_PARTICLES,
  PINYIN_STRONG,
} from './crisis-lexicon-en';
import type { CrisisSignal } from './crisis-signals';
import { withinOneEdit } from './edit-distance';

/** A clause break among the words. */
const BREAK = '|';

interface Phrase {
  words: readonly (readonly string[])[];
  /** 1: the clause ends after it; 2: the query ends after it. */
  end: 0 | 1 | 2;
}

function compile(source: string): Phrase {
  const words = source.split(' ');
  const last = words[words.length - 1];
  const end = last === '$$' ? 2 : last === '$' ? 1 : 0;
  return { words: (end > 0 ? words.slice(0, -1) : words).map((w) => w.split('/')), end };
}

/** Words and clause breaks of a folded query, apostrophes dropped (can't → cant, I'm → im). */
function englishWords(folded: string): string[] {
  // Apostrophes and masking stars are dropped (k*ll → kll, one typo from kill).
  const tokens = (folded.replace(/['’‘`*]/g, '').match(/[a-z]+|[.,!?;:，。！？；：]/g) ?? []).map((t) =>
    /[a-z]/.test(t) ? t : BREAK,
  );
  return spelledOutJoined(tokens);
}

/** Letters typed one by one ("d i e"): three or more single letters in a row read as one word. */
function spelledOutJoined(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < tokens.length; ) {
    let end = at;
    while (end < tokens.length && (tokens[end] as string).length === 1 && tokens[end] !== BREAK) end++;
    if (end - at >= 3) {
      out.push(tokens.slice(at, end).join(''));
      at = end;
    } else {
      out.push(tokens[at] as string);
      at++;
    }
  }
  return out;
}

/**
 * One typo is forgiven if the first letter is right: any in words of four letters or more, a swap
 * of neighbours in shorter ones (die → dei).
 */
function wordMatches(said: string, expected: string): boolean {
  if (said === expected || inflected(said, expected)) return true;
  if (said[0] !== expected[0] || !withinOneEdit(said, expected)) return false;
  return (
    expected.length >= 4 ||
    (said.length === expected.length && [...said].sort().join('') === [...expected].sort().join(''))
  );
}

/**
 * A phrase's word said with -ing ("cx mentioned wanting to die", "thought about ending it all"):
 * the lexicon writes the base form, and the one-typo rule above reaches "wants" but not "wanting"
 * (issue 11 §2, found on unseen input). Words of three letters or more, the silent e dropped
 * (take → taking), die → dying; hyperboles are cut before (EN_CUTS: "killing me", "dying to").
 * The past only for a wish ("i wanted to die"): "the cancer ended his life" reports a death, not a
 * risk.
 */
const PAST_WISHES = new Set(['want', 'wish']);

function inflected(said: string, expected: string): boolean {
  if (expected.length < 3 || !said.startsWith(expected.slice(0, -1))) return false;
  const stem = expected.endsWith('e') ? expected.slice(0, -1) : expected;
  if (said === `${stem}ing`) return true;
  if (said === `${expected}ed`) return PAST_WISHES.has(expected);
  return expected.endsWith('ie') && said === `${expected.slice(0, -2)}ying`;
}

/** Words a speaker slips inside a phrase ("I don't even really want to live"): up to two are skipped. */
const FILLERS = new Set(
  'even really just so actually honestly truly seriously literally simply fucking freaking kinda'.split(' '),
);
const MAX_FILLERS = 2;

/**
 * The clause or query still ends after a phrase marked `$` or `$$` when only one of these words of
 * when follows: "I wrote a note already", "gonna jump now" say as much as without it (issue 11 §2,
 * round 7). A single word only, so "I wrote a letter already to the bank" stays open.
 */
const AFTERTHOUGHTS = new Set(EN_AFTERTHOUGHTS);

function endsAt(words: readonly string[], at: number, end: Phrase['end']): boolean {
  if (end === 0) return true;
  const next = AFTERTHOUGHTS.has(words[at] ?? '') ? at + 1 : at;
  if (end === 1) return next >= words.length || words[next] === BREAK;
  for (let k = next; k < words.length; k++) if (words[k] !== BREAK) return false;
  return true;
}

/** The phrase's words from `start`, with up to MAX_FILLERS filler words skipped inside it. */
function phraseAt(words: readonly string[], start: number, phrase: Phrase, typos: boolean): boolean {
  let at = start;
  let skipped = 0;
  for (let k = 0; k < phrase.words.length; k++, at++) {
    const said = words[at];
    if (said === undefined) return false;
    const alts = phrase.words[k] as readonly string[];
    if (alts.some((w) => (typos ? wordMatches(said, w) : said === w))) continue;
    if (!typos || k === 0 || skipped === MAX_FILLERS || !FILLERS.has(said)) return false;
    skipped++;
    k--;
  }
  return endsAt(words, at, phrase.end);
}

interface Phrases {
  list: readonly Phrase[];
  /** Run-together forms ("killmyself"), from the first alternative of each word. */
  joined: ReadonlySet<string>;
}

function phrases(sources: readonly string[]): Phrases {
  const list = sources.map(compile);
  const joined = list
    .filter((p) => p.words.length > 1 && p.end === 0)
    .map((p) => p.words.map((alts) => alts[0]).join(''));
  return { list, joined: new Set(joined) };
}

function anyPhrase(
  words: readonly string[],
  { list, joined }: Phrases,
  negations: ReadonlySet<string> = NEGATIONS,
): boolean {
  for (let start = 0; start < words.length; start++) {
    const first = (words[start] as string)[0];
    for (const phrase of list) {
      const starts = (phrase.words[0] as readonly string[]).some((w) => w[0] === first);
      const denied = phrase.words.length > 1 && negations.has(words[start - 1] ?? '');
      if (starts && !denied && phraseAt(words, start, phrase, true)) return true;
    }
  }
  return words.some((w) => joined.has(w));
}

const CUTS = EN_CUTS.map(compile);
/**
 * A phrase right after one of these is denied ("I'm not going to die over this"); a single word
 * is not ("not suicidal").
 */
const NEGATIONS = negationWords('adverbs');
const STRONG = phrases(EN_STRONG);
const WEAK = phrases(EN_WEAK);
const FAREWELL = phrases(EN_FAREWELL);
const PAID = phrases(EN_PAID);
/** A payment is denied by any negated auxiliary too ("I can't pay it off", "won't pay"). */
const PAID_DENIED = negationWords('adverbs', 'fused', 'contracted');

/** Hyperbole, refusals and dead things become clause breaks (exact words, no typos). */
function cutNearMisses(words: readonly string[]): string[] {
  const out = [...words];
  for (let start = 0; start < out.length; start++) {
    for (const cut of CUTS) {
      if (phraseAt(out, start, cut, false)) out.fill(BREAK, start, start + cut.words.length);
    }
  }
  return out;
}

const DEATH_WORDS = EN_DEATH_WORDS.map(compile);

/** "six feet under" and the like become the one word "dead", so the subject rules read them. */
function deathWordsAsDead(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const phrase = DEATH_WORDS.find((p) => phraseAt(words, at, p, false));
    out.push(phrase === undefined ? (words[at] as string) : 'dead');
    if (phrase !== undefined) at += phrase.words.length - 1;
  }
  return out;
}

/** The words of a death read with their subject. */
const ANCHORS = new Set(['die', 'dead', 'gone', 'death', 'died']);

/** How many words back from the anchor the subject is looked for. */
const SUBJECT_WINDOW = 6;

/** The speaker's death wished or foreseen at `at` (die, dead, gone, "my death"). */
function deathAt(words: readonly string[], at: number): boolean {
  const anchor = words[at];
  if (anchor === 'death') return words[at - 1] === 'my' && EN_BEFORE_SUBJECT.has(words[at - 2] ?? '');
  let willed = EN_AFTER_ANCHOR_WILL.has(words[at + 1] ?? '');
  for (let k = at - 1; k >= Math.max(0, at - SUBJECT_WINDOW); k--) {
    const word = words[k] as string;
    if (EN_FIRST_PERSON.has(word)) {
      const condition = EN_BEFORE_SUBJECT.has(words[k - 1] ?? '');
      // "if I died": the past only as a condition ("I died three times in this game" is not).
      if (anchor === 'died') return condition;
      if (anchor === 'gone') {
        const next = words[at + 1];
        return condition && (next === undefined || next === BREAK || EN_AFTER_GONE.has(next));
      }
      return condition || willed || EN_SUBJECT_WITH_WILL.has(word);
    }
    if (!EN_AUXILIARIES.has(word)) return false;
    if (EN_WILL.has(word)) willed = true;
  }
  return false;
}

function deathSaid(words: readonly string[]): boolean {
  if (words.some((w) => EN_GAME.has(w))) return false;
  return words.some((w, at) => ANCHORS.has(w) && deathAt(words, at));
}

const PINYIN_LONGEST = Math.max(...PINYIN_STRONG.map((p) => p.length)) + 1;
/** A letter that would make the last syllable longer (zisha|ng = 自上): not the same word then. */
const SYLLABLE_GOES_ON = /^[aeioun]$/;

/**
 * Pinyin typed with the input method off (buxianghuole): syllable runs starting at a word. A run
 * that ends inside a word must not go on with a letter that lengthens its last syllable.
 */
function pinyinSaid(words: readonly string[]): boolean {
  const letters = words.filter((w) => w !== BREAK);
  for (let i = 0; i < letters.length; i++) {
    let run = '';
    const boundaries = new Set<number>();
    for (let j = i; j < letters.length && run.length < PINYIN_LONGEST; j++) {
      run += letters[j];
      boundaries.add(run.length);
    }
    const said = (p: string) => {
      if (!run.startsWith(p)) return false;
      const rest = run.slice(p.length);
      if (PINYIN_OPEN_FINALS.some((f) => p.endsWith(f))) {
        return rest === '' || PINYIN_PARTICLES.some((particle) => rest.startsWith(particle));
      }
      return boundaries.has(p.length) || !SYLLABLE_GOES_ON.test(rest.charAt(0));
    };
    if (PINYIN_STRONG.some(said)) return true;
  }
  return false;
}

/** The crisis signal of the English and pinyin in a folded query (strong outranks weak). */
export function enSignal(folded: string): CrisisSignal | null {
  const said = englishWords(folded);
  if (!said.some((w) => w !== BREAK)) return null;
  const words = cutNearMisses(said);
  if (anyPhrase(words, STRONG) || deathSaid(deathWordsAsDead(words)) || pinyinSaid(said)) return 'strong';
  // A farewell after a payment said ("I'll pay it off and you'll never hear from me again") may be
  // done with the bank, not with life: weak, so the card stays in the list; a payment denied
  // ("I can't pay it off") is none.
  if (anyPhrase(words, FAREWELL)) return anyPhrase(words, PAID, PAID_DENIED) ? 'weak' : 'strong';
  return anyPhrase(words, WEAK) ? 'weak' : null;
}
