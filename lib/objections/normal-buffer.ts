/**
 * The normaliser's core (normalize.ts describes the form), writing into reusable typed buffers
 * instead of building strings: the index build normalises two million characters at 5,000
 * objections, and a string grown one character at a time, its arrays of starts and parts and the
 * word slices were a large part of the build and of its garbage (issue 11, build ≤ 500 ms).
 * normalizeText (the query side) runs the same code, so both sides keep one form.
 */
import { foldChar } from '../text/fold';
import { grown } from './typed-growth';

export const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHES = /['’‘ʼ`´]/g;
/** Separators that split a title or trigger into alternatives (没钱/手头紧, "No money / broke"). */
export const PART_SEPARATOR = /[/|;,、，；。.!?！？·•()（）[\]【】]/u;

/** What a folded character is to the normaliser: a word character (Han or not), or a separator. */
const WORD = 1;
const HAN_WORD = 2;
const SEPARATOR = 3;
const GAP = 4;
/** A code unit whose fold is not one BMP unit (or a surrogate): see `Folded`. */
const COMPLEX = 5;

/**
 * foldChar (the one folding, lib/text/fold.ts) and the class of its result, cached per code point:
 * a pack of 5,000 objections has two million characters but a few thousand distinct ones, and the
 * regular expressions per character were most of the index build (issue 11: build ≤ 500 ms).
 */
interface Folded {
  /** The folded characters (code points) and the class of each. */
  chars: string[];
  classes: number[];
}

const foldCache = new Map<string, Folded>();
/**
 * Per BMP code unit: 0 not yet seen, COMPLEX, or the class of its fold when that is one BMP unit
 * (almost every character), with the unit in `bmpUnit`: no object per character on the hot path.
 */
const bmpKind = new Uint8Array(0x10000);
const bmpUnit = new Uint16Array(0x10000);
const bmpFolds = new Array<Folded | undefined>(0x10000);
/**
 * Per BMP code unit: 1 when the character as written is a PART_SEPARATOR, where splitParts cuts
 * the text (each such character folds to a separator too: a unit test checks it).
 */
const rawSeparator = new Uint8Array(0x10000);

function classOf(char: string): number {
  if (!WORD_CHAR.test(char)) return PART_SEPARATOR.test(char) ? SEPARATOR : GAP;
  return HAN.test(char) ? HAN_WORD : WORD;
}

function folded(codePoint: string): Folded {
  let entry = foldCache.get(codePoint);
  if (entry === undefined) {
    const text = foldChar(codePoint).replace(APOSTROPHES, '');
    const chars = Array.from(text);
    entry = { chars, classes: chars.map(classOf) };
    foldCache.set(codePoint, entry);
  }
  return entry;
}

function learn(code: number): number {
  const char = String.fromCharCode(code);
  rawSeparator[code] = PART_SEPARATOR.test(char) ? 1 : 0;
  const entry = folded(char);
  bmpFolds[code] = entry;
  const only = entry.chars.length === 1 ? (entry.chars[0] as string) : '';
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  // An invisible character folds to nothing: no gap either, so it goes the COMPLEX way.
  const kind = only.length === 1 && !isSurrogate ? (entry.classes[0] as number) : COMPLEX;
  bmpKind[code] = kind;
  if (kind !== COMPLEX) bmpUnit[code] = only.charCodeAt(0);
  return kind;
}

/**
 * The code point at units[i] (of `length`), as codePointAt reads a string: a surrogate pair is one
 * (two units: > 0xffff), a lone surrogate stands alone. The index build reads code units, not
 * strings (issue 11, build time).
 */
export function unitCodePoint(units: Uint16Array, i: number, length: number): number {
  const code = units[i] as number;
  if (code < 0xd800 || code > 0xdbff || i + 1 >= length) return code;
  const low = units[i + 1] as number;
  return low >= 0xdc00 && low <= 0xdfff ? ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : code;
}

/** Longest run fromCharCode is given at once (its arguments go on the stack). */
const DECODE_CHUNK = 4096;

/** A normalised text in typed arrays, reused from one text to the next. */
export class NormalBuffer {
  /** The compact form's code units, `length` of them. */
  units = new Uint16Array(256);
  length = 0;
  /** Offsets where a word or phrase starts (`startCount`), and 1 where that word is Han. */
  starts = new Int32Array(64);
  startHan = new Uint8Array(64);
  startCount = 0;
  /** Offsets where a new alternative (part) starts, after the first (`partCount`). */
  partStarts = new Int32Array(16);
  partCount = 0;
  /**
   * Offsets where a piece of splitParts(raw) starts, after the first (`splitCount`): the pieces
   * the overlap index reads, cut at the separators as written, not as folded (… folds to ...),
   * so the index build normalises a title or trigger once for all its tables (issue 11).
   */
  splitStarts = new Int32Array(16);
  splitCount = 0;
  hasHan = false;
  /** The text holds a surrogate (an astral character): words must be classed as strings. */
  surrogates = false;
  gap = true;
  partBreak = false;
  previousHan = false;

  reset(): void {
    this.length = 0;
    this.startCount = 0;
    this.partCount = 0;
    this.splitCount = 0;
    this.hasHan = false;
    this.surrogates = false;
    this.gap = true;
    this.partBreak = false;
    this.previousHan = false;
  }

  /** Adds a separator (SEPARATOR or GAP). */
  private skip(kind: number): void {
    this.gap = true;
    if (kind === SEPARATOR) this.partBreak = true;
  }

  /** Adds one folded character: `first` and, for an astral one, `second` (else -1). */
  private put(first: number, second: number, han: boolean): void {
    const at = this.length;
    if (at + 2 > this.units.length) this.units = grown(this.units, at + 2);
    if (at > 0 && this.partBreak) {
      if (this.partCount === this.partStarts.length) this.partStarts = grown(this.partStarts);
      this.partStarts[this.partCount++] = at;
    }
    if (at === 0 || this.gap || han !== this.previousHan) {
      if (this.startCount === this.starts.length) {
        this.starts = grown(this.starts);
        this.startHan = grown(this.startHan);
      }
      this.starts[this.startCount] = at;
      this.startHan[this.startCount++] = han ? 1 : 0;
    }
    this.units[at] = first;
    this.length = at + 1;
    if (second >= 0) {
      this.units[at + 1] = second;
      this.length = at + 2;
    }
    this.gap = false;
    this.partBreak = false;
    this.previousHan = han;
    if (han) this.hasHan = true;
  }

  private putFolded(entry: Folded): void {
    const { chars, classes } = entry;
    for (let k = 0; k < chars.length; k++) {
      const kind = classes[k] as number;
      if (kind === SEPARATOR || kind === GAP) {
        this.skip(kind);
        continue;
      }
      const char = chars[k] as string;
      if (char.length > 1 || (char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff))
        this.surrogates = true;
      this.put(char.charCodeAt(0), char.length > 1 ? char.charCodeAt(1) : -1, kind === HAN_WORD);
    }
  }

  /** Room for `count` more code units (and as many starts and parts). */
  private ensure(count: number): void {
    const need = this.length + count;
    if (need > this.units.length) this.units = grown(this.units, need);
    if (need > this.starts.length) {
      this.starts = grown(this.starts, need);
      this.startHan = grown(this.startHan, need);
    }
    if (need > this.partStarts.length) this.partStarts = grown(this.partStarts, need);
    if (need > this.splitStarts.length) this.splitStarts = grown(this.splitStarts, need);
  }

  /**
   * Normalises `raw` into this buffer (replacing what it held). The loop keeps its state in
   * locals (the two million characters of a 5,000-objection pack pass here, issue 11); a
   * character that folds to anything but one BMP unit goes through putFolded.
   */
  normalize(raw: string): void {
    this.reset();
    this.ensure(raw.length + 2);
    let { units, starts, startHan, partStarts, splitStarts } = this;
    let splitCount = 0;
    let length = 0;
    let startCount = 0;
    let partCount = 0;
    let gap = true;
    let partBreak = false;
    let previousHan = false;
    let hasHan = false;
    for (let i = 0; i < raw.length; ) {
      const code = raw.charCodeAt(i);
      let kind = code >= 0xd800 && code <= 0xdbff ? COMPLEX : (bmpKind[code] as number);
      if (kind === 0) kind = learn(code);
      if (kind === COMPLEX) {
        Object.assign(this, {
          length,
          startCount,
          partCount,
          gap,
          partBreak,
          previousHan,
          hasHan,
          splitCount,
        });
        if (code >= 0xd800 && code <= 0xdbff) {
          // A surrogate pair is one code point; a lone surrogate stands alone (as `for…of` gives it).
          const width = (raw.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
          this.putFolded(folded(raw.slice(i, i + width)));
          i += width;
        } else {
          this.putFolded(bmpFolds[code] as Folded);
          i++;
        }
        this.ensure(raw.length - i + 2);
        ({ units, starts, startHan, partStarts, length, startCount, partCount } = this);
        ({ gap, partBreak, previousHan, hasHan, splitStarts, splitCount } = this);
        continue;
      }
      i++;
      if (kind === SEPARATOR || kind === GAP) {
        gap = true;
        if (kind === SEPARATOR) {
          partBreak = true;
          if (rawSeparator[code] === 1) splitStarts[splitCount++] = length;
        }
        continue;
      }
      const han = kind === HAN_WORD;
      if (length > 0 && partBreak) partStarts[partCount++] = length;
      if (length === 0 || gap || han !== previousHan) {
        starts[startCount] = length;
        startHan[startCount++] = han ? 1 : 0;
      }
      units[length++] = bmpUnit[code] as number;
      gap = false;
      partBreak = false;
      previousHan = han;
      if (han) hasHan = true;
    }
    this.length = length;
    this.startCount = startCount;
    this.partCount = partCount;
    this.splitCount = splitCount;
    this.hasHan = hasHan;
  }

  /** The compact form as a string. */
  text(): string {
    const { units, length } = this;
    if (length <= DECODE_CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as never);
    let out = '';
    for (let at = 0; at < length; at += DECODE_CHUNK)
      out += String.fromCharCode.apply(
        null,
        units.subarray(at, Math.min(length, at + DECODE_CHUNK)) as never,
      );
    return out;
  }

  /** End of word `k` (the next word's start, or the end of the text). */
  wordEnd(k: number): number {
    return k + 1 < this.startCount ? (this.starts[k + 1] as number) : this.length;
  }
}
