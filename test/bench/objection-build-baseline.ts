/**
 * The index build against the issue's own baseline, side by side on one machine (issue 11: "index
 * build at 5,000 ≤ 500 ms (today about 2 s)"). The "2 s" was measured on the day the issue was filed,
 * on that day's machine; machines here differ by 2× from one session to the next and with load, so
 * an absolute figure alone says as much about the machine as about the code. This takes the build as
 * it was when the issue was filed (`lib/` at BASELINE, read from git history, nothing downloaded) and
 * the build of this checkout, bundles each for the browser with the same dependencies, and times them
 * alternately, each in a fresh Chromium process (every first build cold, as a panel's is), on the same
 * objections: the 5,000 generated for the benchmark, or the file given.
 *
 *   npx tsx test/bench/objection-build-baseline.ts [runs] [objections.json]
 *   (needs the repository's history: a shallow clone has no baseline to read)
 *
 * Prints each run's first (cold) build and the two after it, then per side the medians and the ratio.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { type Objection, objectionSchema } from '../../lib/pack/schema';
import { generatePack } from '../fixtures/objections/generate';
import { median } from './median';

/** The last commit before the first change for issue 11: the search as the issue measured it. */
const BASELINE = 'd4b4cc93a053693ca505164b0ee89b680d673439';
const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.argv[2] ?? 5);

function objections(): Objection[] {
  if (process.argv[3]) return JSON.parse(readFileSync(process.argv[3], 'utf8')) as Objection[];
  const load = (locale: string) =>
    objectionSchema
      .array()
      .parse(JSON.parse(readFileSync(resolve(root, `lib/pack/defaults/${locale}.json`), 'utf8')).objections);
  return generatePack([...load('zh-CN'), ...load('en-US')], 5_000);
}

/** A page script that builds the index of `indexModule` three times and returns the times. */
async function pageScript(indexModule: string, dir: string): Promise<string> {
  const entry = join(dir, `page-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(
    entry,
    `import { pinyin } from 'pinyin-pro';
import { buildObjectionIndex } from ${JSON.stringify(indexModule)};
(globalThis as any).timeIt = (json: string) => {
  pinyin('预热'); // its dictionary loads on first use: kept out of both builds
  const objections = JSON.parse(json);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    buildObjectionIndex(objections);
    times.push(performance.now() - started);
  }
  return times;
};`,
  );
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  return bundled.outputFiles[0]?.text ?? '';
}

async function timeIn(script: string, json: string): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: script });
    return await page.evaluate(
      (j) => (globalThis as unknown as { timeIt: (j: string) => number[] }).timeIt(j),
      json,
    );
  } finally {
    await browser.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'objection-baseline-'));
try {
  // The baseline's lib/ as it was committed, beside this checkout's node_modules.
  const archive = execFileSync('git', ['-C', root, 'archive', BASELINE, 'lib'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const scripts = {
    baseline: await pageScript(join(dir, 'lib/objections/objection-index.ts'), dir),
    now: await pageScript(join(root, 'lib/objections/objection-index.ts'), dir),
  };
  const json = JSON.stringify(objections());
  const times: Record<keyof typeof scripts, number[][]> = { baseline: [], now: [] };
  for (let run = 0; run < runs; run++) {
    for (const side of ['baseline', 'now'] as const) {
      const t = await timeIn(scripts[side], json);
      times[side].push(t);
      console.log(
        `${side.padEnd(8)} first ${t[0]?.toFixed(0)} ms, then ${t
          .slice(1)
          .map((x) => x.toFixed(0))
          .join(', ')} ms`,
      );
    }
  }
  const summary = (side: keyof typeof scripts) => ({
    first: median(times[side].map((t) => t[0] as number)),
    after: median(times[side].flatMap((t) => t.slice(1))),
  });
  const [b, n] = [summary('baseline'), summary('now')];
  console.log(
    `baseline (${BASELINE.slice(0, 7)}): first ${b.first.toFixed(0)} ms, after ${b.after.toFixed(0)} ms (medians of ${runs})`,
  );
  console.log(`this checkout:      first ${n.first.toFixed(0)} ms, after ${n.after.toFixed(0)} ms`);
  console.log(
    `faster by ${(b.first / n.first).toFixed(1)}× (first) and ${(b.after / n.after).toFixed(1)}× (after); the goal asked 4× (2 s → 500 ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
