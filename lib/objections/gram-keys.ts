/**
 * Keys of Han characters and bigrams in the objection index. Each character of the pack gets a
 * dense id, so a bigram key is a small integer that V8 hashes without a boxed number: with code
 * points the keys reached 10^12 and the map lookups were the largest part of the index build at
 * 5,000 objections (issue 11, build ≤ 500 ms).
 */

const SMALL = 1 << 15;
const CODE_POINTS = 0x110000;

export class CharIds {
  private readonly bmp = new Int32Array(0x10000).fill(-1);
  private readonly astral = new Map<number, number>();
  private count = 0;

  /** The character's id, given on first sight. */
  idOf(code: number): number {
    if (code < 0x10000) {
      let id = this.bmp[code] as number;
      if (id < 0) {
        id = this.count++;
        this.bmp[code] = id;
      }
      return id;
    }
    let id = this.astral.get(code);
    if (id === undefined) {
      id = this.count++;
      this.astral.set(code, id);
    }
    return id;
  }

  /** The character's id, or -1 when no text of the pack holds it. */
  peek(code: number): number {
    return code < 0x10000 ? (this.bmp[code] as number) : (this.astral.get(code) ?? -1);
  }
}

/** A character's key: negative, so it never equals a bigram's. */
export function charKey(id: number): number {
  return -1 - id;
}

/** A bigram's key from its characters' ids: below 2^30 while the pack has under 32,768 characters. */
export function bigramKey(first: number, second: number): number {
  return first < SMALL && second < SMALL ? first * SMALL + second : 2 ** 30 + first * CODE_POINTS + second;
}
