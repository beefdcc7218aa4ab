/**
 * Objection search benchmark (issue 4): this search against fuse.js and minisearch, on the default
 * packs and on a generated pack of 5,000 objections. Recall@3 on the labelled queries, index build
 * time, and time per keystroke (each query typed one character at a time).
 * Goal: p95 ≤ 2 ms at 5,000 objections, recall@3 ≥ the better library.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { pinyin } from 'pinyin-pro';
import { normalizeText } from '../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../lib/objections/search';
import { type Objection, objectionSchema } from '../../lib/pack/schema';
import { generatePack } from '../fixtures/objections/generate';
import { type LabelledQuery, OBJECTION_QUERIES, type QueryStyle } from './objection-queries';

const root = resolve(import.meta.dirname, '../..');
const LIMIT = 9;
const GENERATED_SIZE = 5_000;

interface Source {
  objections: Objection[];
  from: string;
}

/** The default pack's objections when the file is there and valid, else this benchmark's fixture. */
function loadObjections(locale: 'zh-CN' | 'en-US'): Source {
  const packPath = `lib/pack/defaults/${locale}.json`;
  if (existsSync(resolve(root, packPath))) {
    try {
      const pack = JSON.parse(readFileSync(resolve(root, packPath), 'utf8')) as { objections?: unknown };
      const parsed = objectionSchema.array().min(1).safeParse(pack.objections);
      if (parsed.success) return { objections: parsed.data, from: packPath };
    } catch {
      // Being written by someone else right now: fall through to the fixture.
    }
  }
  const fixturePath = `test/fixtures/objections/${locale}.json`;
  return {
    objections: objectionSchema.array().parse(JSON.parse(readFileSync(resolve(root, fixturePath), 'utf8'))),
    from: `${fixturePath} (default pack missing or invalid)`,
  };
}

// ---- Engines ----------------------------------------------------------------------------------

type Search = (query: string) => string[];
interface Engine {
  name: string;
  build: (objections: readonly Objection[]) => Search;
}

const thisSearch: Engine = {
  name: 'this search',
  build: (objections) => {
    const index = buildObjectionIndex(objections);
    return (query) => searchObjections(index, query, { limit: LIMIT }).map((r) => r.objection.id);
  },
};

/** The libraries get the same pinyin expansion (contextual pinyin-pro) as extra fields, to be fair. */
function pinyinOf(texts: readonly string[]): { full: string[]; initials: string[] } {
  const full: string[] = [];
  const initials: string[] = [];
  for (const text of texts) {
    const normal = normalizeText(text);
    if (!normal.hasHan) continue;
    const syllables = pinyin(normal.compact, { toneType: 'none', type: 'array', v: true });
    full.push(syllables.join(''));
    initials.push(syllables.map((s) => s[0] ?? '').join(''));
  }
  return { full, initials };
}

function headTexts(o: Objection): string[] {
  return [o.title, ...o.triggers];
}

const fuseEngine: Engine = {
  name: 'fuse.js 7',
  build: (objections) => {
    const docs = objections.map((o) => {
      const { full, initials } = pinyinOf(headTexts(o));
      return {
        id: o.id,
        title: o.title,
        triggers: o.triggers,
        say: o.say,
        do: o.do ?? [],
        py: full,
        initials,
      };
    });
    const fuse = new Fuse(docs, {
      keys: [
        { name: 'title', weight: 3 },
        { name: 'triggers', weight: 3 },
        { name: 'py', weight: 2 },
        { name: 'initials', weight: 2 },
        { name: 'say', weight: 1 },
        { name: 'do', weight: 1 },
      ],
      ignoreLocation: true,
      threshold: 0.4,
    });
    return (query) => fuse.search(query, { limit: LIMIT }).map((r) => r.item.id);
  },
};

/** Han runs as characters and bigrams (minisearch splits on spaces only), Latin as words. */
function hanAwareTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/\p{Script=Han}+|[\p{L}\p{N}']+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) {
      tokens.push(run.replace(/'/g, ''));
      continue;
    }
    const chars = Array.from(run);
    chars.forEach((char, i) => {
      tokens.push(char);
      if (i + 1 < chars.length) tokens.push(char + chars[i + 1]);
    });
  }
  return tokens;
}

const miniSearchEngine: Engine = {
  name: 'minisearch 7',
  build: (objections) => {
    const mini = new MiniSearch<{ key: number; id: string }>({
      idField: 'key',
      fields: ['title', 'triggers', 'say', 'do', 'py', 'initials'],
      storeFields: ['id'],
      tokenize: (text, field) =>
        field === 'py' || field === 'initials' ? text.split(' ') : hanAwareTokens(text),
      processTerm: (term) => term,
      searchOptions: {
        prefix: true,
        fuzzy: (term) => (term.length >= 4 ? 1 : false),
        boost: { title: 3, triggers: 3, py: 2, initials: 2 },
        combineWith: 'AND',
      },
    });
    mini.addAll(
      objections.map((o, key) => {
        const py: string[] = [];
        const initials: string[] = [];
        for (const text of headTexts(o)) {
          const normal = normalizeText(text);
          if (!normal.hasHan) continue;
          const syllables = pinyin(normal.compact, { toneType: 'none', type: 'array', v: true });
          for (let i = 0; i < syllables.length; i++) {
            py.push(syllables.slice(i).join(''));
            initials.push(
              syllables
                .slice(i)
                .map((s) => s[0] ?? '')
                .join(''),
            );
          }
        }
        return {
          key,
          id: o.id,
          title: o.title,
          triggers: o.triggers.join(' '),
          say: o.say.join(' '),
          do: (o.do ?? []).join(' '),
          py: py.join(' '),
          initials: initials.join(' '),
        };
      }),
    );
    return (query) =>
      mini
        .search(query)
        .slice(0, LIMIT)
        .map((r) => String(r.id));
  },
};
const ENGINES = [thisSearch, fuseEngine, miniSearchEngine];

// ---- Measuring ---------------------------------------------------------------------------------

interface Row {
  pack: string;
  engine: string;
  size: number;
  buildMs: number;
  hits: number;
  total: number;
  p50: number;
  p95: number;
  max: number;
  keystrokes: number;
  byStyle: Map<QueryStyle, { hits: number; total: number }>;
  misses: string[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function prefixesOf(query: string): string[] {
  const chars = Array.from(query);
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

/** Wall time of one keystroke: the median of up to 5 runs (fewer when it is slow), so that the
 * scheduler of a busy shared machine does not decide the figure. */
function timeKeystroke(search: Search, prefix: string): number {
  const runs: number[] = [];
  let spent = 0;
  while (runs.length < 5 && spent < 25) {
    const t0 = performance.now();
    search(prefix);
    const took = performance.now() - t0;
    runs.push(took);
    spent += took;
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor((runs.length - 1) / 2)] ?? 0;
}

function measure(
  pack: string,
  engine: Engine,
  objections: readonly Objection[],
  queries: readonly LabelledQuery[],
): Row {
  // Build time: the median of 3 builds, or one when a build takes over a second.
  const builds: number[] = [];
  let search: Search = () => [];
  while (builds.length < 3) {
    const started = performance.now();
    search = engine.build(objections);
    builds.push(performance.now() - started);
    if ((builds[0] ?? 0) > 1_000) break;
  }
  builds.sort((a, b) => a - b);
  const buildMs = builds[Math.floor((builds.length - 1) / 2)] ?? 0;
  // Warm the JIT with untimed typing (at most 3 s), then time every keystroke of every query.
  const warmUntil = performance.now() + 3_000;
  warm: for (const q of queries) {
    for (const prefix of prefixesOf(q.query)) {
      search(prefix);
      if (performance.now() > warmUntil) break warm;
    }
  }
  const times: number[] = [];
  for (const q of queries)
    for (const prefix of prefixesOf(q.query)) times.push(timeKeystroke(search, prefix));
  times.sort((a, b) => a - b);
  const byStyle = new Map<QueryStyle, { hits: number; total: number }>();
  const misses: string[] = [];
  let hits = 0;
  for (const q of queries) {
    const top = search(q.query).slice(0, 3);
    const hit = top.includes(q.expect);
    const style = byStyle.get(q.style) ?? { hits: 0, total: 0 };
    style.total++;
    if (hit) {
      hits++;
      style.hits++;
    } else {
      misses.push(`\`${q.query}\` → ${q.expect} (got ${top.join(', ') || 'nothing'})`);
    }
    byStyle.set(q.style, style);
  }
  return {
    pack,
    engine: engine.name,
    size: objections.length,
    buildMs,
    hits,
    total: queries.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1] ?? 0,
    keystrokes: times.length,
    byStyle,
    misses,
  };
}

const ms = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(0));
const pct = (hits: number, total: number) =>
  `${((100 * hits) / Math.max(1, total)).toFixed(1)} % (${hits}/${total})`;

export default async function objectionsBench(): Promise<string> {
  // pinyin-pro loads its dictionary on first use; keep that out of every engine's build time.
  pinyin('预热');
  const loadAverage = loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
  const zh = loadObjections('zh-CN');
  const en = loadObjections('en-US');
  const zhQueries = OBJECTION_QUERIES.filter((q) => q.lang === 'zh');
  const enQueries = OBJECTION_QUERIES.filter((q) => q.lang === 'en');
  const generated = generatePack([...zh.objections, ...en.objections], GENERATED_SIZE);
  const datasets = [
    { name: 'default zh-CN', objections: zh.objections, queries: zhQueries },
    { name: 'default en-US', objections: en.objections, queries: enQueries },
    {
      name: `generated ${GENERATED_SIZE.toLocaleString('en-US')}`,
      objections: generated,
      queries: OBJECTION_QUERIES,
    },
  ];
  const rows: Row[] = [];
  for (const dataset of datasets) {
    for (const engine of ENGINES)
      rows.push(measure(dataset.name, engine, dataset.objections, dataset.queries));
  }

  const styles: QueryStyle[] = ['chinese', 'pinyin', 'initials', 'english', 'typo'];
  const lines = [
    '## Objection search',
    '',
    `Objections: zh-CN from \`${zh.from}\` (${zh.objections.length}), en-US from \`${en.from}\` (${en.objections.length}); ` +
      `the generated pack holds both plus ${generated.length - zh.objections.length - en.objections.length} generated ones (half zh, half en).`,
    `${OBJECTION_QUERIES.length} labelled queries (test/bench/objection-queries.ts); each default pack gets its language's queries, ` +
      'the generated pack all of them. Time per keystroke: every query typed one character at a time after an untimed warm-up, ' +
      'each keystroke the median of up to 5 runs. Build: median of 3 builds (1 when over a second). ' +
      'fuse.js and minisearch get the same pinyin and initials of titles and triggers as extra fields (their build time includes computing them).',
    `Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average at start ${loadAverage}.`,
    '',
    '| pack | engine | objections | build (ms) | recall@3 | p50 / keystroke (ms) | p95 / keystroke (ms) | max (ms) | keystrokes |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.pack} | ${r.engine} | ${r.size} | ${ms(r.buildMs)} | ${pct(r.hits, r.total)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.keystrokes} |`,
    ),
    '',
    'Recall@3 by query style:',
    '',
    `| pack | engine | ${styles.join(' | ')} |`,
    `|---|---|${styles.map(() => '---:').join('|')}|`,
    ...rows.map((r) => {
      const cells = styles.map((s) => {
        const v = r.byStyle.get(s);
        return v === undefined ? '–' : `${v.hits}/${v.total}`;
      });
      return `| ${r.pack} | ${r.engine} | ${cells.join(' | ')} |`;
    }),
    '',
    'Misses of this search:',
    '',
    ...rows
      .filter((r) => r.engine === thisSearch.name)
      .map((r) => `- ${r.pack}: ${r.misses.length === 0 ? 'none' : r.misses.join('; ')}`),
  ];
  return lines.join('\n');
}
