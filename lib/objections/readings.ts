/**
 * Pinyin readings of Chinese text, computed once when the index is built (pinyin-pro is far too
 * slow to run per keystroke). Each character gets a *set* of toneless readings: its usual one
 * first, then the character's other readings, because the dictionary gets collection words
 * wrong (还款 comes out as "hai kuan", 还不起 as "hai bu qi") and an agent types what they hear.
 * Sets are interned: a text stores one small integer per character.
 */
import { askPinyin, type HanReadings, tabledReadings } from './han-readings';
import { isHan } from './normalize';

export class ReadingTable {
  /** Reading-set id → readings ("huan", "hai"); a non-Han character reads as itself. */
  readonly sets: string[][] = [];
  /** Reading-set id → the distinct first letters of its readings, for pinyin initials. */
  readonly initials: string[] = [];
  /** Reading-set id → length of its shortest reading (pinyin-keys.ts). */
  readonly shortest: number[] = [];
  private readonly ids = new Map<string, number>();
  /**
   * BMP code unit → reading-set id (-1: not yet seen), astral code point → id: looked up for each
   * of 400,000 Han characters at 5,000 objections, where a Map was a tenth of the build (issue 11).
   */
  private readonly bmpIds = new Int32Array(0x10000).fill(-1);
  private readonly astralIds = new Map<number, number>();
  private readonly allReadings = new Map<string, readonly string[]>();

  /**
   * Writes one reading-set id per code unit of `compact` (a normalised text that contains Han)
   * into `out` from `at`. Looked up per character and cached: pinyin-pro per text cost ~600 ms at
   * 5,000 objections (issue 11, build ≤ 500 ms); every reading is in the set, so context only
   * changed which came first.
   */
  writeIds(compact: string, out: Int32Array, at: number): void {
    // By code unit, not `for…of`: no string per character (issue 11, build time).
    for (let i = 0; i < compact.length; ) {
      const code = compact.codePointAt(i) ?? 0;
      if (code <= 0xffff) {
        let id = this.bmpIds[code] as number;
        if (id < 0) {
          id = this.setOf(compact.charAt(i));
          this.bmpIds[code] = id;
        }
        out[at + i] = id;
        i++;
        continue;
      }
      let id = this.astralIds.get(code);
      if (id === undefined) {
        id = this.setOf(compact.slice(i, i + 2));
        this.astralIds.set(code, id);
      }
      out[at + i] = id;
      out[at + i + 1] = id;
      i += 2;
    }
  }

  /**
   * writeIds for a text given as code units units[from, from + length), none of them a surrogate
   * (the index build's buffer, before the text is a string: objection-index.ts).
   */
  writeIdsOfUnits(units: Uint16Array, from: number, length: number, out: Int32Array, at: number): void {
    for (let i = 0; i < length; i++) {
      const code = units[from + i] as number;
      let id = this.bmpIds[code] as number;
      if (id < 0) {
        id = this.setOf(String.fromCharCode(code));
        this.bmpIds[code] = id;
      }
      out[at + i] = id;
    }
  }

  /** Every reading of a Han character seen at build time; undefined when the index never saw it. */
  knownReadings(char: string): readonly string[] | undefined {
    return this.allReadings.get(char);
  }

  private setOf(char: string): number {
    let readings: string[];
    if (isHan(char)) {
      const { usual, all } = this.readingsOfChar(char);
      readings = /^[a-z]+$/.test(usual) ? [usual] : [];
      for (const other of all) if (!readings.includes(other)) readings.push(other);
      if (readings.length === 0) readings = [char];
    } else {
      readings = [char];
    }
    const key = readings.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(readings);
      this.initials.push([...new Set(readings.map((r) => r[0] ?? ''))].join(''));
      this.shortest.push(Math.min(...readings.map((r) => r.length)));
      this.ids.set(key, id);
    }
    return id;
  }

  /** From the generated table (han-readings.ts) when the character is in it, else from pinyin-pro. */
  private readingsOfChar(char: string): HanReadings {
    const readings = tabledReadings(char) ?? askPinyin(char);
    if (!this.allReadings.has(char)) this.allReadings.set(char, readings.all);
    return readings;
  }
}
