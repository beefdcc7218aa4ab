/**
 * CPU time of the objection index build at 5,000 objections (or of one default pack), this copy
 * against another one (issue 11, build ≤ 500 ms). The machine is shared, so wall time says more
 * about the neighbours than about the code: builds alternate old/new in one process and each is charged its own
 * process CPU time (process.cpuUsage), after a collection so that one build's garbage is not
 * charged to the next.
 *
 *   OLD_SEARCH=/path/to/main/lib/objections/search.ts npx tsx --expose-gc test/bench/objection-build-cpu.ts [rounds]
 *   (OBJECTION_PACK=zh-CN or en-US: that default pack instead)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pinyin } from 'pinyin-pro';
import type * as SearchModule from '../../lib/objections/search';
import { type Objection, objectionSchema } from '../../lib/pack/schema';
import { generatePack } from '../fixtures/objections/generate';

const root = resolve(import.meta.dirname, '../..');

function defaultPack(locale: 'zh-CN' | 'en-US'): Objection[] {
  const pack = JSON.parse(readFileSync(resolve(root, `lib/pack/defaults/${locale}.json`), 'utf8')) as {
    objections: unknown;
  };
  return objectionSchema.array().parse(pack.objections);
}

const load = async (path: string) => (await import(pathToFileURL(path).href)) as typeof SearchModule;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) console.error('run with --expose-gc for fair figures');

const rounds = Number(process.argv[2] ?? 5);
const engines: [string, typeof SearchModule][] = [
  ['new', await load(resolve(root, 'lib/objections/search.ts'))],
];
if (process.env.OLD_SEARCH) engines.unshift(['old', await load(process.env.OLD_SEARCH)]);
// OBJECTION_PACK=zh-CN or en-US: that default pack alone instead of the 5,000 generated objections.
const only = process.env.OBJECTION_PACK;
const objections =
  only === 'zh-CN' || only === 'en-US'
    ? defaultPack(only)
    : generatePack([...defaultPack('zh-CN'), ...defaultPack('en-US')], 5_000);
// pinyin-pro loads its dictionary on first use: keep that out of every build.
pinyin('预热');
const cpu: Record<string, number[]> = { old: [], new: [] };
const wall: Record<string, number[]> = { old: [], new: [] };
console.log(
  `load average at start ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ')}`,
);
for (let round = 0; round < rounds; round++) {
  for (const [name, search] of round % 2 === 0 ? engines : [...engines].reverse()) {
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    search.buildObjectionIndex(objections);
    const took = process.cpuUsage(c0);
    wall[name]?.push(performance.now() - t0);
    cpu[name]?.push((took.user + took.system) / 1000);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
for (const [name] of engines) {
  console.log(
    `${name}: CPU median ${median(cpu[name] ?? []).toFixed(0)} ms (${(cpu[name] ?? []).map((x) => x.toFixed(0)).join(', ')}), ` +
      `wall median ${median(wall[name] ?? []).toFixed(0)} ms`,
  );
}
if (engines.length === 2)
  console.log(`new / old CPU: ${(median(cpu.new ?? []) / median(cpu.old ?? [])).toFixed(3)}`);
console.log(
  `load average at end ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ')}`,
);
