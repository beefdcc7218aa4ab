/**
 * Writes lib/objections/concept-pinyin-data.ts: the toneless pinyin of the concept lexicon's
 * Chinese phrasings, so the search does not work them out when it loads; and
 * concept-typed-data.ts: their readings as said and the characters an IME slip may pick for them,
 * so a keystroke asks pinyin-pro nothing. Run after editing the
 * lexicon (concepts.ts, concepts-zh.ts) or the time words: `npm run gen:concept-pinyin`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { forEachCodePoint } from '../lib/objections/code-point-runs';
import {
  conceptPinyinKeys,
  conceptPinyinSource,
  conceptTypedSource,
} from '../lib/objections/concept-pinyin-keys';

const target = resolve(import.meta.dirname, '../lib/objections/concept-pinyin-data.ts');
const typedTarget = resolve(import.meta.dirname, '../lib/objections/concept-typed-data.ts');
const keys = conceptPinyinKeys();
writeFileSync(target, conceptPinyinSource(keys));
writeFileSync(typedTarget, conceptTypedSource(keys));
const sequences = Object.values(keys.concepts).reduce(
  (sum, forms) => sum + forms.reduce((n, [, heard]) => n + heard.length, 0),
  0,
);
const timeSequences = keys.times.reduce((n, [, heard]) => n + heard.length, 0);
let slipChars = 0;
for (const [, codePoints] of keys.usual) forEachCodePoint(codePoints, () => slipChars++);
console.log(`${typedTarget}: ${Object.keys(keys.said).length} phrasings, ${slipChars} characters`);
console.log(
  `${target}: ${Object.keys(keys.concepts).length} concepts, ${sequences} sequences, ${timeSequences} time sequences`,
);
