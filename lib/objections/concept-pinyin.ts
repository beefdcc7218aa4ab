/**
 * The concept lexicon's Chinese phrasings heard in typed toneless pinyin (issue 11, round 6):
 * "mei you qian" or "meiyouqian" says no-money as 没有钱 would. Each Chinese form gets its syllable
 * sequences (every reading of each character: the dictionary gets collection words wrong, 还款 is
 * typed "huan kuan"), built once per process when the module loads (pack-independent, ~20–50 ms).
 * A form matches only on syllable boundaries, inside a stretch of words that are whole pinyin, so
 * an English word never lends it letters ("chain" is not "chai n…") and "mei you qian" is not read
 * inside a longer syllable run that does not cut there.
 */
import { pinyin } from 'pinyin-pro';
import { LEXICON } from './concepts-zh';
import { ZH_TIME_WORDS } from './function-words';
import { type NormalizedText, normalizeText, wordsOf } from './normalize';
import { LONGEST_SYLLABLE, PINYIN_SYLLABLES } from './pinyin-syllables';

/** A one-syllable form (滚 gun, 病 bing) is too often another word when typed without tones. */
const MIN_SYLLABLES = 2;
/**
 * A query is read as pinyin when this share of its words are whole syllable runs: English has
 * words that are also pinyin (made = ma de 妈的, men, hang), but a sentence of them is rare.
 */
const PINYIN_SHARE = 2 / 3;
/** Readings combined per form at most (polyphones: 还, 得, 了), so the key table stays small. */
const MAX_SEQUENCES = 32;

export interface Heard {
  syllables: readonly string[];
  concept: number;
  /** The phrasing's characters (for an IME slip: homophoneConceptsOf). */
  chars: readonly string[];
}

/** Per character: pinyin-pro is slow, and the lexicon's forms share most of their characters. */
const READINGS = new Map<string, string[]>();

function readingsOf(char: string): string[] {
  const known = READINGS.get(char);
  if (known !== undefined) return known;
  // Every reading, in no order: a form is keyed by each of their combinations.
  const out: string[] = [];
  for (const r of pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true })) {
    if (!PINYIN_SYLLABLES.has(r)) continue;
    // ü is typed v or u (lv, lu): both are heard.
    for (const typed of r.includes('v') ? [r, r.replace('v', 'u')] : [r])
      if (!out.includes(typed)) out.push(typed);
  }
  READINGS.set(char, out);
  return out;
}

function sequencesOf(form: string): string[][] {
  let sequences: string[][] = [[]];
  for (const char of form) {
    const readings = readingsOf(char);
    if (readings.length === 0) return [];
    sequences = sequences.flatMap((s) => readings.map((r) => [...s, r])).slice(0, MAX_SEQUENCES);
  }
  return sequences;
}

/** The concept of a time word in the key table: not a concept, it only cuts phrasings. */
export const TIME = -1;

let byFirst: Map<string, Heard[]> | null = null;
/** The same phrasings by their first character. */
export const byChar = new Map<string, Heard[]>();

/** Every Chinese form's syllable sequences by first syllable, built once. */
export function table(): Map<string, Heard[]> {
  if (byFirst !== null) return byFirst;
  const map = new Map<string, Heard[]>();
  const seen = new Set<string>();
  LEXICON.forEach((concept, c) => {
    for (const raw of concept.zh) {
      const form = normalizeText(raw.endsWith('*') ? raw.slice(0, -1) : raw).compact;
      if (!/^\p{Script=Han}+$/u.test(form) || Array.from(form).length < MIN_SYLLABLES) continue;
      for (const syllables of sequencesOf(form)) {
        const key = `${c} ${syllables.join(' ')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = map.get(syllables[0] as string) ?? [];
        const heard = { syllables, concept: c, chars: Array.from(form) };
        list.push(heard);
        map.set(syllables[0] as string, list);
        const same = byChar.get(heard.chars[0] as string) ?? [];
        same.push(heard);
        byChar.set(heard.chars[0] as string, same);
      }
    }
  });
  // A time (下个月) is heard too: a phrasing that half covers it is not said (crossesTime).
  for (const word of ZH_TIME_WORDS)
    for (const syllables of sequencesOf(word)) {
      const list = map.get(syllables[0] as string) ?? [];
      list.push({ syllables, concept: TIME, chars: Array.from(word) });
      map.set(syllables[0] as string, list);
    }
  byFirst = map;
  return map;
}
// Built with the module, as the lexicon's other forms (concept-index.ts): no keystroke waits for it.
table();

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
  const map = table();
  for (const at of cuts) {
    for (let l = 1; l <= LONGEST_SYLLABLE; l++) {
      if (!cuts.has(at + l)) continue;
      for (const heard of map.get(run.slice(at, at + l)) ?? []) {
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
export function pinyinConceptsOf(normal: NormalizedText): number[] {
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
  const words = wordsOf(normal);
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
