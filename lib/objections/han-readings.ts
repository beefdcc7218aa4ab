/**
 * The readings pinyin-pro gives each character of GB 2312 (6,763 characters, nearly all the text
 * of a collection pack), kept as generated data (han-readings-data.ts) so the index build asks
 * pinyin-pro nothing for them. Asking it twice per distinct character was a twentieth of a cold
 * build at 5,000 objections (issue 11, build ≤ 500 ms): each call parses its options and walks
 * the dictionary, and a first build runs those calls before V8 has compiled them. A character
 * outside the table is still asked (readings.ts). `npm run gen:han-readings` writes the data
 * (cli/han-readings-table.ts); a unit test compares every character with pinyin-pro, so an upgrade
 * of the dictionary is caught. This module is the lookup only: the generator is no part of the panel.
 */
import { pinyin } from 'pinyin-pro';
import { HAN_READINGS } from './han-readings-data';

export interface HanReadings {
  /** pinyin-pro's usual reading of the character alone (toneless, ü as v). */
  readonly usual: string;
  /** All its readings as pinyin-pro lists them (`multiple`), repeats kept, non-letters left out. */
  readonly all: readonly string[];
}

/** What readings.ts asks pinyin-pro of one Han character. */
export function askPinyin(char: string): HanReadings {
  return {
    usual: pinyin(char, { toneType: 'none', type: 'array', v: true })[0] ?? char,
    all: pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).filter((r) =>
      /^[a-z]+$/.test(r),
    ),
  };
}

/**
 * A group's key: its readings joined by spaces, preceded by the usual one and `|` when that is not
 * the first (了: "liao|le liao").
 */
export function groupKey({ usual, all }: HanReadings): string {
  const joined = all.join(' ');
  return all[0] === usual ? joined : `${usual}|${joined}`;
}

function fromKey(key: string): HanReadings {
  const bar = key.indexOf('|');
  const all = (bar < 0 ? key : key.slice(bar + 1)).split(' ');
  return { usual: bar < 0 ? (all[0] as string) : key.slice(0, bar), all };
}

/** BMP code unit → its readings; decoded on first use (a few thousand entries). */
let table: Map<number, HanReadings> | null = null;

function decoded(): Map<number, HanReadings> {
  const map = new Map<number, HanReadings>();
  for (const [key, chars] of HAN_READINGS) {
    const readings = fromKey(key);
    for (let i = 0; i < chars.length; i++) map.set(chars.charCodeAt(i), readings);
  }
  return map;
}

/** The readings of a GB 2312 character as pinyin-pro gives them; undefined for any other. */
export function tabledReadings(char: string): HanReadings | undefined {
  if (char.length !== 1) return undefined;
  table ??= decoded();
  return table.get(char.charCodeAt(0));
}
