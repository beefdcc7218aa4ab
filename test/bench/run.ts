/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` (default export `async () => string`, a
 * Markdown section) one after another and prints them. Figures, not pass/fail: timed assertions
 * do not belong in tests on a shared two-core machine.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
for (const file of files) {
  const module = (await import(pathToFileURL(resolve(dir, file)).href)) as { default: () => Promise<string> };
  const started = performance.now();
  const section = await module.default();
  console.log(section.trim());
  console.log(`\n_${file}: ${((performance.now() - started) / 1000).toFixed(1)} s_\n`);
}
