/**
 * Writes lib/objections/concept-pinyin-data.ts: the toneless pinyin of the concept lexicon's
 * Chinese phrasings, so the search does not work them out when it loads. Run after editing the
 * lexicon (concepts.ts, concepts-zh.ts) or the time words: `npm run gen:concept-pinyin`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { conceptPinyinKeys, conceptPinyinSource } from '../lib/objections/concept-pinyin-keys';

const target = resolve(import.meta.dirname, '../lib/objections/concept-pinyin-data.ts');
const keys = conceptPinyinKeys();
writeFileSync(target, conceptPinyinSource(keys));
const sequences = Object.values(keys.concepts).reduce(
  (sum, forms) => sum + forms.reduce((n, [, heard]) => n + heard.length, 0),
  0,
);
const timeSequences = keys.times.reduce((n, [, heard]) => n + heard.length, 0);
console.log(
  `${target}: ${Object.keys(keys.concepts).length} concepts, ${sequences} sequences, ${timeSequences} time sequences`,
);
