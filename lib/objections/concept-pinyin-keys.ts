/**
 * The toneless pinyin of the concept lexicon's Chinese phrasings (concept-pinyin.ts), worked out
 * with pinyin-pro. Run at build time only (`npm run gen:concept-pinyin` writes
 * concept-pinyin-data.ts; a unit test fails when that file is stale): building them when the search
 * loads took 52–136 ms (median 80 ms, 9 runs, shared 2-core machine) before the agent's first `/`.
 * Each form gets its syllable sequences (every reading of each character: the dictionary gets
 * collection words wrong, 还款 is typed "huan kuan").
 */
import { pinyin } from 'pinyin-pro';
import { encodeCodePoints } from './code-point-runs';
import { LEXICON } from './concepts-zh';
import { ZH_TIME_WORDS } from './function-words';
import { normalizeText } from './normalize';
import { PINYIN_SYLLABLES } from './pinyin-syllables';

/** A one-syllable form (滚 gun, 病 bing) is too often another word when typed without tones. */
const MIN_SYLLABLES = 2;
/** Readings combined per form at most (polyphones: 还, 得, 了), so the key table stays small. */
const MAX_SEQUENCES = 32;

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

/** Every Han code point (the query is normalised with NFKC, so compatibility forms are rare but kept). */
const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x323af],
];

export interface ConceptPinyinKeys {
  /**
   * Per concept id, its Chinese forms with the syllable sequences (space-separated) each is heard
   * as, in lexicon order; a sequence an earlier form of the concept already gave is not repeated.
   */
  concepts: Record<string, [form: string, heard: string[]][]>;
  /** The same for the Chinese time words (function-words.ts): they only cut phrasings. */
  times: [word: string, heard: string[]][];
  /** Per phrasing above, its readings as said, in context (还款: huan kuan), space-separated. */
  said: Record<string, string>;
  /**
   * Per syllable some phrasing is said with, every Han character whose usual reading it is
   * (code-point-runs.ts): an IME slip picks one of them (concept-typed.ts); a character with
   * another usual reading slips for no phrasing, so it needs no entry.
   */
  usual: [syllable: string, codePoints: string][];
}

function saidAndUsual(concepts: ConceptPinyinKeys['concepts']): Pick<ConceptPinyinKeys, 'said' | 'usual'> {
  const said: Record<string, string> = {};
  const syllables = new Set<string>();
  for (const forms of Object.values(concepts))
    for (const [form] of forms) {
      const readings = pinyin(form, { toneType: 'none', type: 'array', v: true });
      said[form] = readings.join(' ');
      for (const r of readings) syllables.add(r);
    }
  const usual = new Map<string, string>();
  for (const [from, to] of HAN_RANGES)
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      if (!/^\p{Script=Han}$/u.test(char)) continue;
      const reading = pinyin(char, { toneType: 'none', type: 'array', v: true })[0] ?? '';
      if (syllables.has(reading)) usual.set(reading, (usual.get(reading) ?? '') + char);
    }
  const codes = (chars: string) => Array.from(chars, (char) => char.codePointAt(0) ?? 0);
  return {
    said,
    usual: [...usual]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([syllable, chars]) => [syllable, encodeCodePoints(codes(chars))]),
  };
}

export function conceptPinyinKeys(): ConceptPinyinKeys {
  const concepts: Record<string, [string, string[]][]> = {};
  for (const concept of LEXICON) {
    const seen = new Set<string>();
    const forms: [string, string[]][] = [];
    for (const raw of concept.zh) {
      const form = normalizeText(raw.endsWith('*') ? raw.slice(0, -1) : raw).compact;
      if (!/^\p{Script=Han}+$/u.test(form) || Array.from(form).length < MIN_SYLLABLES) continue;
      const heard: string[] = [];
      for (const syllables of sequencesOf(form)) {
        const key = syllables.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        heard.push(key);
      }
      if (heard.length > 0) forms.push([form, heard]);
    }
    if (forms.length > 0) concepts[concept.id] = forms;
  }
  const times = ZH_TIME_WORDS.map((word): [string, string[]] => [
    word,
    sequencesOf(word).map((syllables) => syllables.join(' ')),
  ]);
  return { concepts, times, ...saidAndUsual(concepts) };
}

/** The source of concept-typed-data.ts for `keys` (IME slips: concept-typed.ts). */
export function conceptTypedSource(keys: ConceptPinyinKeys): string {
  const said = Object.entries(keys.said)
    .map(([form, syllables]) => `  ${JSON.stringify(form)}: ${JSON.stringify(syllables)},`)
    .join('\n');
  const usual = keys.usual.map((entry) => `  ${JSON.stringify(entry)},`).join('\n');
  return `/**
 * Generated by \`npm run gen:concept-pinyin\` (lib/objections/concept-pinyin-keys.ts) with pinyin-pro,
 * so an IME slip is read by table lookups only: do not edit. A unit test fails when it is stale.
 */

// biome-ignore format: generated, one phrasing per line
export const SAID_PINYIN: Readonly<Record<string, string>> = {
${said}
};

// biome-ignore format: generated, one syllable per line
export const USUAL_PINYIN: readonly (readonly [string, string])[] = [
${usual}
];
`;
}

/** The source of concept-pinyin-data.ts for `keys`. */
export function conceptPinyinSource(keys: ConceptPinyinKeys): string {
  const concepts = Object.entries(keys.concepts)
    .map(([id, forms]) => `  ${JSON.stringify(id)}: ${JSON.stringify(forms)},`)
    .join('\n');
  return `/**
 * Generated by \`npm run gen:concept-pinyin\` (lib/objections/concept-pinyin-keys.ts) from the
 * concept lexicon: do not edit. A unit test fails when the lexicon has changed since.
 */

// biome-ignore format: generated, one concept per line
export const CONCEPT_PINYIN: Readonly<Record<string, readonly (readonly [string, readonly string[]])[]>> = {
${concepts}
};

// biome-ignore format: generated
export const TIME_PINYIN: readonly (readonly [string, readonly string[]])[] = ${JSON.stringify(keys.times)};
`;
}
