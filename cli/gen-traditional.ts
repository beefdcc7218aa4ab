/**
 * Writes lib/text/traditional-data.ts, the traditional → simplified table of the one folding
 * (cli/traditional-table.ts says which mappings are kept). Run after upgrading opencc-js:
 * `npm run gen:traditional`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { traditionalPairs, traditionalSource } from './traditional-table';

const target = resolve(import.meta.dirname, '../lib/text/traditional-data.ts');
const pairs = traditionalPairs();
writeFileSync(target, traditionalSource(pairs));
console.log(`${target}: ${pairs.length} traditional characters`);
