/**
 * One engine's index build timed in a process of its own (issue 11): the objection benchmark runs
 * this for every engine and pack, so that no build is timed in a process that has already built
 * and searched other packs with other engines. Measured there, the same build of this search at
 * 5,000 objections took 10–15 % more CPU than alone, with no larger heap (33 MB: each row's index is
 * released) and the same collections (one major, a few minor per build); what the earlier rows leave
 * is the code V8 compiled under their feedback, and there the build did not get faster from build
 * to build as it does alone. Every engine is timed this way alike.
 *
 *   tsx test/bench/objection-build-time.ts "<engine name>" <objections.json>
 *
 * Prints `{"first": ms, "builds":[ms, …]}`: the first build of the process (cold: V8 compiles the
 * engine's code on it, as in a panel's first build), then 3 more (1 when the first takes over a
 * second), each after a full collection, wall time, the previous index released first.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import type { Objection } from '../../lib/pack/schema';
import { ENGINES, type Search } from './objection-engines';
import { collect } from './objection-gc';

const [name, file] = process.argv.slice(2);
const engine = ENGINES.find((e) => e.name === name);
if (engine === undefined || file === undefined) {
  console.error('usage: objection-build-time.ts "<engine name>" <objections.json>');
  process.exit(2);
}
// pinyin-pro loads its dictionary on first use; keep that out of every engine's build time.
pinyin('预热');
const objections = JSON.parse(readFileSync(file, 'utf8')) as Objection[];
const builds: number[] = [];
let search: Search | null = null;
const timed = (): number => {
  search = null;
  collect?.();
  const started = performance.now();
  search = engine.build(objections);
  return performance.now() - started;
};
const first = timed();
for (let n = first > 1_000 ? 1 : 3; n > 0; n--) builds.push(timed());
// Kept alive to the end, as the benchmark keeps the index it searches.
if (search !== null) process.stdout.write(JSON.stringify({ first, builds }));
