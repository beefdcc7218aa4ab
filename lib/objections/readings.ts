/**
 * Pinyin readings of Chinese text, computed once when the index is built (pinyin-pro is far too
 * slow to run per keystroke). Each character gets a *set* of toneless readings: the one pinyin-pro
 * chooses in context first, then the character's other readings, because the dictionary gets
 * collection words wrong (还款 comes out as "hai kuan", 还不起 as "hai bu qi") and an agent types
 * what they hear. Sets are interned: a text stores one small integer per character.
 */
import { pinyin } from 'pinyin-pro';
import { isHan } from './normalize';

export class ReadingTable {
  /** Reading-set id → readings ("huan", "hai"); a non-Han character reads as itself. */
  readonly sets: string[][] = [];
  /** Reading-set id → the distinct first letters of its readings, for pinyin initials. */
  readonly initials: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly allReadings = new Map<string, string[]>();

  /** One reading-set id per code unit of `compact` (a normalised text that contains Han). */
  readingsOf(compact: string): number[] {
    const chars = Array.from(compact);
    let contextual = pinyin(compact, { toneType: 'none', type: 'array', v: true });
    // pinyin-pro returns one item per character; if that ever fails, fall back to one call each.
    if (contextual.length !== chars.length) {
      contextual = chars.map((char) => pinyin(char, { toneType: 'none', type: 'array', v: true })[0] ?? char);
    }
    const out: number[] = [];
    chars.forEach((char, i) => {
      const id = this.setOf(char, contextual[i] ?? char);
      for (let unit = 0; unit < char.length; unit++) out.push(id);
    });
    return out;
  }

  /** Every reading of a Han character seen at build time; undefined when the index never saw it. */
  knownReadings(char: string): readonly string[] | undefined {
    return this.allReadings.get(char);
  }

  private setOf(char: string, contextual: string): number {
    let readings: string[];
    if (isHan(char) && contextual !== char) {
      readings = [contextual];
      for (const other of this.readingsOfChar(char)) if (!readings.includes(other)) readings.push(other);
    } else {
      readings = [char];
    }
    const key = readings.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(readings);
      this.initials.push([...new Set(readings.map((r) => r[0] ?? ''))].join(''));
      this.ids.set(key, id);
    }
    return id;
  }

  private readingsOfChar(char: string): string[] {
    let readings = this.allReadings.get(char);
    if (readings === undefined) {
      readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).filter((r) =>
        /^[a-z]+$/.test(r),
      );
      this.allReadings.set(char, readings);
    }
    return readings;
  }
}
