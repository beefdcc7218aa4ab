/**
 * The page half of objection-build-browser.ts: bundled for the browser, it times one engine's
 * builds as objection-build-time.ts does in Node (the first build of the page cold, then 3 more,
 * each after a full collection when the browser exposes `gc`).
 */
import { pinyin } from 'pinyin-pro';
import { objectionIndexSteps } from '../../lib/objections/search';
import type { Objection } from '../../lib/pack/schema';
import { ENGINES, type Search } from './objection-engines';

declare global {
  var timeBuilds: (engine: string, json: string) => { first: number; builds: number[] };
  var timeSteps: (json: string) => { total: number; steps: number[] };
}

/**
 * This search's first (cold) build run a step at a time, as the panel runs it while idle
 * (objectionIndexSteps): how long each step holds the page, and all of them together.
 */
globalThis.timeSteps = (json) => {
  pinyin('预热');
  const objections = JSON.parse(json) as Objection[];
  const build = objectionIndexSteps(objections);
  const steps: number[] = [];
  for (;;) {
    const started = performance.now();
    const step = build.next();
    steps.push(performance.now() - started);
    if (step.done) break;
  }
  return { total: steps.reduce((a, b) => a + b, 0), steps };
};

globalThis.timeBuilds = (name, json) => {
  const engine = ENGINES.find((e) => e.name === name);
  if (engine === undefined) throw new Error(`no engine ${name}`);
  // pinyin-pro loads its dictionary on first use; kept out of every engine's build time (as in Node).
  pinyin('预热');
  const objections = JSON.parse(json) as Objection[];
  const gc = (globalThis as { gc?: () => void }).gc;
  let search: Search | null = null;
  const timed = (): number => {
    search = null;
    gc?.();
    const started = performance.now();
    search = engine.build(objections);
    return performance.now() - started;
  };
  const first = timed();
  const builds: number[] = [];
  for (let n = first > 1_000 ? 1 : 3; n > 0; n--) builds.push(timed());
  if (search === null) throw new Error('no index');
  return { first, builds };
};
