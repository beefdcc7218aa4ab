/**
 * The concept lexicon's Chinese phrasings heard in typed toneless pinyin (issue 11, round 6):
 * "mei you qian" or "meiyouqian" says no-money as 没有钱 would. The syllable sequences of each
 * Chinese form are data generated from the lexicon (concept-pinyin-data.ts, `npm run
 * gen:concept-pinyin`): working them out with pinyin-pro when the search loaded cost 52–136 ms.
 * A form matches only on syllable boundaries, inside a stretch of words that are whole pinyin, so
 * an English word never lends it letters ("chain" is not "chai n…") and "mei you qian" is not read
 * inside a longer syllable run that does not cut there.
 */
import { CONCEPT_PINYIN, TIME_PINYIN } from './concept-pinyin-data';
import { LEXICON } from './concepts-zh';
import { LONGEST_SYLLABLE, PINYIN_SYLLABLES } from './pinyin-syllables';
import type { QueryText } from './query-text';

/**
 * A query is read as pinyin when this share of its words are whole syllable runs: English has
 * words that are also pinyin (made = ma de 妈的, men, hang), but a sentence of them is rare.
 */
const PINYIN_SHARE = 2 / 3;

export interface Heard {
  syllables: readonly string[];
  concept: number;
  /** The phrasing's characters (for an IME slip: homophoneConceptsOf). */
  chars: readonly string[];
}

/** The concept of a time word in the key table: not a concept, it only cuts phrasings. */
export const TIME = -1;

/** Every Chinese form's syllable sequences by first syllable (indices into LEXICON). */
const BY_FIRST = new Map<string, Heard[]>();
/** The same phrasings by their first character. */
export const byChar = new Map<string, Heard[]>();

function add(heard: Heard, byCharToo: boolean): void {
  const first = heard.syllables[0] as string;
  const list = BY_FIRST.get(first);
  if (list === undefined) BY_FIRST.set(first, [heard]);
  else list.push(heard);
  if (!byCharToo) return;
  const char = heard.chars[0] as string;
  const same = byChar.get(char);
  if (same === undefined) byChar.set(char, [heard]);
  else same.push(heard);
}
LEXICON.forEach((concept, c) => {
  for (const [form, sequences] of CONCEPT_PINYIN[concept.id] ?? [])
    for (const sequence of sequences)
      add({ syllables: sequence.split(' '), concept: c, chars: Array.from(form) }, true);
});
// A time (下个月) is heard too: a phrasing that half covers it is not said (crossesTime).
for (const [word, sequences] of TIME_PINYIN)
  for (const sequence of sequences)
    add({ syllables: sequence.split(' '), concept: TIME, chars: Array.from(word) }, false);

/** Every Chinese form's syllable sequences by first syllable (made from the generated data at load). */
export function table(): ReadonlyMap<string, readonly Heard[]> {
  return BY_FIRST;
}

const INTERJECTIONS = new Set(['m', 'n', 'ng', 'hm']);

/**
 * Where a word of letters can be cut into syllables: the offsets reached from its start that also
 * reach its end (0 and its length included); null when it is not whole pinyin.
 */
export function syllableCuts(word: string): Set<number> | null {
  const n = word.length;
  const syllable = (at: number, l: number) => {
    const s = word.slice(at, at + l);
    if (!PINYIN_SYLLABLES.has(s)) return false;
    // Inside a word a syllable begins with a consonant (pinyin writes xi'an, not xian, for 西安),
    // and m, n, ng, hm are interjections said alone: meiyouqian is not m ei you qia n.
    return (at === 0 || !/^[aeo]/.test(s)) && (!INTERJECTIONS.has(s) || l === n);
  };
  const fromStart = new Uint8Array(n + 1);
  const toEnd = new Uint8Array(n + 1);
  fromStart[0] = 1;
  for (let i = 0; i < n; i++)
    if (fromStart[i] === 1)
      for (let l = 1; l <= LONGEST_SYLLABLE && i + l <= n; l++) if (syllable(i, l)) fromStart[i + l] = 1;
  toEnd[n] = 1;
  for (let i = n - 1; i >= 0; i--)
    for (let l = 1; l <= LONGEST_SYLLABLE && i + l <= n; l++)
      if (toEnd[i + l] === 1 && syllable(i, l)) toEnd[i] = 1;
  if (toEnd[0] !== 1) return null;
  const cuts = new Set<number>();
  for (let i = 0; i <= n; i++) if (fromStart[i] === 1 && toEnd[i] === 1) cuts.add(i);
  return cuts;
}

interface Span {
  concept: number;
  at: number;
  end: number;
}

/** Matches of the lexicon in one stretch of whole-pinyin words (letters joined, cuts where syllables may start). */
function spansOf(run: string, cuts: ReadonlySet<number>, base: number, out: Span[]): void {
  for (const at of cuts) {
    for (let l = 1; l <= LONGEST_SYLLABLE; l++) {
      if (!cuts.has(at + l)) continue;
      for (const heard of BY_FIRST.get(run.slice(at, at + l)) ?? []) {
        let end = at;
        for (const s of heard.syllables) {
          if (!run.startsWith(s, end) || !cuts.has(end + s.length)) {
            end = -1;
            break;
          }
          end += s.length;
        }
        if (end > at) out.push({ concept: heard.concept, at: base + at, end: base + end });
      }
    }
  }
}

/**
 * The concepts (indices into LEXICON) a Latin query says in toneless pinyin, ascending; they are
 * met in the Chinese texts of a pack. The longest phrasing wins, as for characters (concept-index.ts).
 */
export function pinyinConceptsOf(normal: QueryText): number[] {
  if (normal.hasHan) return [];
  const spans: Span[] = [];
  let run = '';
  let cuts = new Set<number>();
  let base = 0;
  const flush = () => {
    if (run !== '') spansOf(run, cuts, base, spans);
    base += run.length + 1;
    run = '';
    cuts = new Set<number>();
  };
  const { words } = normal;
  const letters = (w: string) => /^[a-z]+$/.test(w);
  const cutsOf = words.map((w) => (letters(w) ? syllableCuts(w) : null));
  const whole = cutsOf.filter((c) => c !== null).length;
  if (whole === 0 || whole < PINYIN_SHARE * words.filter(letters).length) return [];
  cutsOf.forEach((inWord, i) => {
    if (inWord === null) {
      flush();
      return;
    }
    for (const cut of inWord) cuts.add(run.length + cut);
    run += words[i];
  });
  flush();
  const found = new Set<number>();
  const times = spans.filter((s) => s.concept === TIME);
  for (const s of spans)
    if (
      s.concept !== TIME &&
      !spans.some(
        (o) => o.concept !== s.concept && o.at <= s.at && o.end >= s.end && o.end - o.at > s.end - s.at,
      ) &&
      !times.some(
        (t) =>
          (s.at < t.at && t.at < s.end && s.end < t.end) || (t.at < s.at && s.at < t.end && t.end < s.end),
      )
    )
      found.add(s.concept);
  return [...found].sort((a, b) => a - b);
}
