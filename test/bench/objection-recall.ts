/**
 * `npx tsx test/bench/objection-recall.ts [--misses] [--mini]`: recall@1/@3 of this search (and with
 * --mini, minisearch's best settings) on the sets the ranking may be tuned on: tuning (held-out/),
 * dev (dev/) and in-pack, on the default packs and the 5,000 generated. It never loads the fresh
 * sets (issue 11: the engineer tuning the ranking stays blind to them); the full benchmark
 * (objections.bench.ts) measures those.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Objection, objectionSchema } from '../../lib/pack/schema';
import { DEV } from '../fixtures/objections/dev';
import { generatePack } from '../fixtures/objections/generate';
import { HELD_OUT } from '../fixtures/objections/held-out';
import { type Engine, miniSearchBest, thisSearch } from './objection-engines';
import { OBJECTION_QUERIES } from './objection-queries';

const root = resolve(import.meta.dirname, '../..');
const load = (locale: string): Objection[] =>
  objectionSchema.array().parse(
    (
      JSON.parse(readFileSync(resolve(root, `lib/pack/defaults/${locale}.json`), 'utf8')) as {
        objections: unknown;
      }
    ).objections,
  );

interface Query {
  query: string;
  expect: string;
  lang: 'zh' | 'en';
}

const showMisses = process.argv.includes('--misses');
const engines: Engine[] = process.argv.includes('--mini') ? [thisSearch, miniSearchBest] : [thisSearch];
const zh = load('zh-CN');
const en = load('en-US');
const sets = (lang: 'zh' | 'en' | null): Record<string, readonly Query[]> => {
  const of = (qs: readonly Query[]) => (lang === null ? qs : qs.filter((q) => q.lang === lang));
  return { tuning: of(HELD_OUT), dev: of(DEV), 'in-pack': of(OBJECTION_QUERIES) };
};
const datasets = [
  { name: 'zh', objections: zh, sets: sets('zh') },
  { name: 'en', objections: en, sets: sets('en') },
  { name: '5000', objections: generatePack([...zh, ...en], 5_000), sets: sets(null) },
];
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
for (const engine of engines) {
  for (const dataset of datasets) {
    const started = performance.now();
    const search = engine.build(dataset.objections);
    const buildMs = performance.now() - started;
    const cells: string[] = [];
    for (const [name, queries] of Object.entries(dataset.sets)) {
      let top1 = 0;
      let top3 = 0;
      for (const q of queries) {
        const top = search(q.query).slice(0, 3);
        if (top[0] === q.expect) top1++;
        if (top.includes(q.expect)) top3++;
        else if (showMisses && name !== 'in-pack')
          console.log(
            `  miss ${dataset.name} ${name}: ${q.query} → ${q.expect} (got ${top.join(', ') || 'nothing'})`,
          );
      }
      cells.push(`${name} @1 ${pct(top1, queries.length)} @3 ${pct(top3, queries.length)}`);
    }
    console.log(`${engine.name} · ${dataset.name} · build ${buildMs.toFixed(0)} ms · ${cells.join(' · ')}`);
  }
}
