/**
 * The objection search for the panel. The index (pinyin readings from pinyin-pro) is built once per
 * pack in a module loaded on demand, so pinyin-pro stays out of the panel's workspace chunk, a few
 * steps per idle period; until it is done, plain substring search on titles and triggers answers.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FALLBACK_LIMIT, type ListedResult, neverEmpty } from '@/lib/objections/fallback';
// Types only: the search module (with pinyin-pro) is loaded on demand below.
import type {
  closestObjections,
  ObjectionIndex,
  ObjectionResult,
  SearchOptions,
  searchObjections,
} from '@/lib/objections/search';
import type { Objection } from '@/lib/pack/schema';
import { quickSearch } from './quick-search';

interface Engine {
  index: ObjectionIndex;
  search: typeof searchObjections;
  closest: typeof closestObjections;
}

/** Leaves this much of an idle period to the browser. */
const IDLE_MARGIN_MS = 2;

/**
 * The index's concept tables are made on first use (concept-index.ts); the panel makes the rest
 * while the browser is idle, a few at a time, so the agent's first keystrokes wait for none.
 */
function fillWhenIdle(index: ObjectionIndex): void {
  const step = (deadline: IdleDeadline) => {
    if (!index.bag.concepts.fill(() => deadline.timeRemaining() < IDLE_MARGIN_MS)) whenIdle(step);
  };
  whenIdle(step);
}

/**
 * Idle periods are waited for this long at most, so that a panel kept busy (an agent typing while
 * the CRM page updates) still gets its index; then a slice this long is taken.
 */
const IDLE_TIMEOUT_MS = 100;
const BUSY_SLICE_MS = 10;

/** When a build step run in `deadline` should give the thread back (at least one step runs). */
function enoughFor(deadline: IdleDeadline): () => boolean {
  if (!deadline.didTimeout) return () => deadline.timeRemaining() < IDLE_MARGIN_MS;
  const started = performance.now();
  return () => performance.now() - started >= BUSY_SLICE_MS;
}

function whenIdle(work: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
  // Without idle callbacks (test environments), one pass a tick: each table takes a few ms at most.
  else setTimeout(() => work({ didTimeout: false, timeRemaining: () => 0 }), 0);
}

/**
 * One pack's index: the build under way (`pending`), and once it is done the engine itself
 * (`engine`), which a section mounted later renders with at once instead of a frame of substring
 * search. One entry, so the two never disagree: a build that failed (a chunk that no longer loads)
 * takes its entry with it, and the next section to mount builds again instead of waiting forever
 * on a promise that rejected.
 */
interface Build {
  pending: Promise<Engine>;
  engine: Engine | null;
}

/** Per pack's objection list: remounting the section (another account) reuses its build. */
const builds = new WeakMap<readonly Objection[], Build>();

/**
 * The index of a pack, built a few steps per idle period (objectionIndexSteps): at a few thousand
 * objections the build takes about a second, which in one piece froze the panel when a pack
 * arrived, mid-call too; until it is done, substring search answers (`full` false).
 */
function buildEngine(objections: readonly Objection[]): Promise<Engine> {
  return import('@/lib/objections/search').then(
    (module) =>
      new Promise<Engine>((done, fail) => {
        const steps = module.objectionIndexSteps(objections);
        const step = (deadline: IdleDeadline) => {
          try {
            const index = module.stepUntil(steps, enoughFor(deadline));
            if (index === undefined) return whenIdle(step);
            fillWhenIdle(index);
            done({ index, search: module.searchObjections, closest: module.closestObjections });
          } catch (error) {
            fail(error);
          }
        };
        whenIdle(step);
      }),
  );
}

/** One build per pack: a section mounted again while it runs waits for the same one. */
function buildOf(objections: readonly Objection[]): Build {
  const known = builds.get(objections);
  if (known) return known;
  const build: Build = {
    engine: null,
    // The engine is kept before anyone waiting hears of it, so no later mount misses it.
    pending: buildEngine(objections).then((engine) => {
      build.engine = engine;
      return engine;
    }),
  };
  build.pending.catch(() => {
    if (builds.get(objections) === build) builds.delete(objections);
  });
  builds.set(objections, build);
  return build;
}

function useEngine(objections: readonly Objection[]): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(() => builds.get(objections)?.engine ?? null);
  useEffect(() => {
    const build = buildOf(objections);
    setEngine(build.engine);
    if (build.engine) return;
    let live = true;
    // A failed build leaves the substring search answering (`full` stays false).
    build.pending.then(
      (built) => {
        if (live) setEngine(built);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [objections]);
  return engine;
}

export interface ObjectionSearch {
  /** Never empty while the agent types and the pack has objections (issue 11 §1): see fallback.ts. */
  results: ListedResult[];
  /** False until the pinyin index has arrived (only substring search works before). */
  full: boolean;
}

export function useObjectionSearch(
  objections: readonly Objection[],
  query: string,
  options: SearchOptions,
): ObjectionSearch {
  const engine = useEngine(objections);
  const { phase, usage, limit, today } = options;
  // The last results that matched while this query was typed; cleared with the query.
  const kept = useRef<readonly ObjectionResult[]>([]);
  const results = useMemo(() => {
    const opts: SearchOptions = {
      ...(phase === undefined ? {} : { phase }),
      ...(usage === undefined ? {} : { usage }),
      ...(limit === undefined ? {} : { limit }),
      ...(today === undefined ? {} : { today }),
    };
    const search = (q: string) =>
      engine ? engine.search(engine.index, q, opts) : quickSearch(objections, q, opts);
    const matches = search(query);
    if (query.trim() === '') {
      kept.current = [];
      return neverEmpty(matches, { kept: [], closest: [], likely: [] }, matches.length);
    }
    if (matches.length > 0) {
      kept.current = matches;
      // The fallbacks are read only when nothing matched: not worked out on every keystroke.
      return neverEmpty(matches, { kept: [], closest: [], likely: [] }, matches.length);
    }
    const fallbacks = {
      kept: kept.current,
      closest: engine ? engine.closest(engine.index, query, opts) : [],
      likely: search(''),
    };
    return neverEmpty(matches, fallbacks, limit ?? FALLBACK_LIMIT);
  }, [engine, objections, query, phase, usage, limit, today]);
  return { results, full: engine !== null };
}
