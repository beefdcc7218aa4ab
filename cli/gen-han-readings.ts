/**
 * Writes lib/objections/han-readings-data.ts: pinyin-pro's readings of every GB 2312 character, so
 * the index build does not ask it per character (lib/objections/han-readings.ts). Run after upgrading
 * pinyin-pro: `npm run gen:han-readings`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gb2312Han, hanReadingsSource } from './han-readings-table';

const target = resolve(import.meta.dirname, '../lib/objections/han-readings-data.ts');
const chars = gb2312Han();
writeFileSync(target, hanReadingsSource(chars));
console.log(`${target}: ${chars.length} characters`);
