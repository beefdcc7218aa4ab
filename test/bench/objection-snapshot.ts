/**
 * Search results before and after a change to the index build (issue 11, build ≤ 500 ms): every
 * query of the tuning, fresh and in-pack sets typed one character at a time (as the benchmark
 * does), plus windows of the packs' own texts and their pinyin and initials, against both default
 * packs and the 5,000-objection pack. Each result is kept whole (id, score, kind, field, text), so
 * "identical" means identical ranking, not only the same top ids.
 *
 *   npx tsx test/bench/objection-snapshot.ts write /tmp/before.json   (on the code before)
 *   npx tsx test/bench/objection-snapshot.ts check /tmp/before.json   (on the code after)
 *
 * `check` lists the first 20 queries that differ; SNAPSHOT_SHOW=<n> lists n.
 * OBJECTION_SEARCH=<path to search.ts> runs another copy of the search (e.g. main's, checked out
 * elsewhere). The snapshot is several MB: keep it out of the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pinyin } from 'pinyin-pro';
import type * as SearchModule from '../../lib/objections/search';
import { type Objection, objectionSchema } from '../../lib/pack/schema';
import { FRESH } from '../fixtures/objections/fresh';
import { generatePack } from '../fixtures/objections/generate';
import { HELD_OUT } from '../fixtures/objections/held-out';
import { CALL_DAY } from './objection-engines';
import { OBJECTION_QUERIES } from './objection-queries';

const root = resolve(import.meta.dirname, '../..');
const LIMIT = 9;
/** One objection in this many gives windows of its texts (the 5,000 pack: 100 objections). */
const SAMPLE_EVERY = 50;

function defaultPack(locale: 'zh-CN' | 'en-US'): Objection[] {
  const pack = JSON.parse(readFileSync(resolve(root, `lib/pack/defaults/${locale}.json`), 'utf8')) as {
    objections: unknown;
  };
  return objectionSchema.array().parse(pack.objections);
}

function prefixesOf(query: string): string[] {
  const chars = Array.from(query);
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

/** Windows of a text as an agent might type them: a piece of it, its pinyin, its initials. */
function windowsOf(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let start = 0; start < chars.length; start += 5) {
    const piece = chars.slice(start, start + 2 + (start % 4)).join('');
    out.push(piece);
    const syllables = pinyin(piece, { toneType: 'none', type: 'array', v: true });
    if (syllables.join('') !== piece) {
      out.push(syllables.join(''), syllables.map((s) => s[0] ?? '').join(''));
    }
  }
  return out;
}

function queriesFor(objections: readonly Objection[]): string[] {
  const typed = [...HELD_OUT, ...FRESH, ...OBJECTION_QUERIES].flatMap((q) => prefixesOf(q.query));
  const windows = objections
    .filter((_, o) => o % SAMPLE_EVERY === 0)
    .flatMap((o) => [o.title, ...o.triggers, ...o.say, ...(o.do ?? [])])
    .flatMap(windowsOf);
  return [...new Set([...typed, ...windows, '', ' ', '。'])];
}

type Snapshot = Record<string, Record<string, string[]>>;

async function take(): Promise<Snapshot> {
  const path = process.env.OBJECTION_SEARCH ?? resolve(root, 'lib/objections/search.ts');
  const search = (await import(pathToFileURL(path).href)) as typeof SearchModule;
  const zh = defaultPack('zh-CN');
  const en = defaultPack('en-US');
  const packs = { 'zh-CN': zh, 'en-US': en, generated: generatePack([...zh, ...en], 5_000) };
  const snapshot: Snapshot = {};
  for (const [name, objections] of Object.entries(packs)) {
    const index = search.buildObjectionIndex(objections);
    const results: Record<string, string[]> = {};
    for (const query of queriesFor(objections)) {
      const shown = (r: SearchModule.ObjectionResult) =>
        `${r.objection.id} ${r.score} ${r.match?.kind ?? '-'} ${r.match?.field ?? '-'} ${r.match?.text ?? '-'}`;
      results[query] = search.searchObjections(index, query, { limit: LIMIT, today: CALL_DAY }).map(shown);
      results[`closest:${query}`] = search
        .closestObjections(index, query, { limit: LIMIT, today: CALL_DAY })
        .map(shown);
    }
    snapshot[name] = results;
    process.stderr.write(`${name}: ${Object.keys(results).length} queries\n`);
  }
  return snapshot;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || file === undefined) {
  console.error('usage: objection-snapshot.ts write|check <file>');
  process.exit(2);
}
const now = await take();
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(now));
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  let compared = 0;
  const differences: string[] = [];
  for (const [pack, results] of Object.entries(before)) {
    for (const [query, expected] of Object.entries(results)) {
      compared++;
      const got = now[pack]?.[query];
      if (JSON.stringify(got) !== JSON.stringify(expected)) differences.push(`${pack} «${query}»`);
    }
  }
  for (const [pack, results] of Object.entries(now))
    for (const query of Object.keys(results))
      if (before[pack]?.[query] === undefined) differences.push(`${pack} «${query}» (new query)`);
  console.log(`${compared} queries compared, ${differences.length} differ`);
  for (const d of differences.slice(0, Number(process.env.SNAPSHOT_SHOW ?? 20))) console.log(`  ${d}`);
  process.exit(differences.length === 0 ? 0 : 1);
}
