/**
 * The index build timed in the browser an agent runs (issue 11): Debian's Chromium, a browser
 * process of its own per engine and run, so each first build is cold as a panel's first is.
 * The Node benchmark (objection-build-time.ts) runs V8 11; the panel runs Chromium's V8 with its
 * own compilers, so the figure an agent waits for is measured here too.
 *
 *   tsx test/bench/objection-build-browser.ts <objections.json> [runs] ["<engine>" …]
 *   tsx test/bench/objection-build-browser.ts <objections.json> [runs] --steps
 *
 * Prints one line per run: engine, first build, the builds after it (ms), median over runs last.
 * With --steps: this search's first build a step at a time, as the panel runs it while idle
 * (objectionIndexSteps): the steps' total and the longest steps, the time the page is held at once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { ENGINES } from './objection-engines';

const [file, runsArg, ...names] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: objection-build-browser.ts <objections.json> [runs] ["<engine>" …]');
  process.exit(2);
}
const runs = Number(runsArg ?? 3);
const engines = names.length > 0 ? names : ENGINES.map((e) => e.name);
const json = readFileSync(file, 'utf8');
const bundled = await build({
  entryPoints: [resolve(import.meta.dirname, 'objection-build-page.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  minify: true,
  write: false,
});
const script = bundled.outputFiles[0]?.text ?? '';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** A browser process of its own (each first build cold) with a blank page holding the bundle. */
async function freshPage() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: script });
  return { browser, page };
}
if (names[0] === '--steps') {
  for (let run = 0; run < runs; run++) {
    const { browser, page } = await freshPage();
    try {
      const { total, steps } = await page.evaluate((j) => globalThis.timeSteps(j), json);
      // The five longest, each with its place among the steps (which phase of the build it is).
      const longest = steps
        .map((ms, at) => ({ ms, at }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      console.log(
        `steps ${steps.length}\ttotal ${total.toFixed(0)} ms\tlongest ${longest.map((l) => `${l.ms.toFixed(0)} (#${l.at})`).join(' ')} ms`,
      );
    } finally {
      await browser.close();
    }
  }
  process.exit(0);
}
for (const engine of engines) {
  const firsts: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { browser, page } = await freshPage();
    try {
      const timed = await page.evaluate(([e, j]) => globalThis.timeBuilds(e, j), [engine, json] as const);
      firsts.push(timed.first);
      warm.push(median(timed.builds));
      console.log(
        `${engine}\tfirst ${timed.first.toFixed(0)}\tthen ${timed.builds.map((b) => b.toFixed(0)).join(' ')}`,
      );
    } finally {
      await browser.close();
    }
  }
  console.log(
    `${engine}\tmedian of ${runs}: first ${median(firsts).toFixed(0)} ms, build ${median(warm).toFixed(0)} ms`,
  );
}
