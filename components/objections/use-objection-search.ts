/**
 * The objection search for the panel. The index (pinyin readings from pinyin-pro) is built once per
 * pack in a module loaded on demand, so pinyin-pro stays out of the panel's workspace chunk; until
 * it arrives, plain substring search on titles and triggers answers.
 */
import { useEffect, useMemo, useState } from 'react';
import type {
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
}

// One index per pack's objection list: remounting the section (another account) reuses it.
const engines = new WeakMap<readonly Objection[], Engine>();

function useEngine(objections: readonly Objection[]): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(() => engines.get(objections) ?? null);
  useEffect(() => {
    const cached = engines.get(objections);
    if (cached) {
      setEngine(cached);
      return;
    }
    setEngine(null);
    let live = true;
    void import('@/lib/objections/search').then((module) => {
      const built = engines.get(objections) ?? {
        index: module.buildObjectionIndex(objections),
        search: module.searchObjections,
      };
      engines.set(objections, built);
      if (live) setEngine(built);
    });
    return () => {
      live = false;
    };
  }, [objections]);
  return engine;
}

export interface ObjectionSearch {
  results: ObjectionResult[];
  /** False until the pinyin index has arrived (only substring search works before). */
  full: boolean;
}

export function useObjectionSearch(
  objections: readonly Objection[],
  query: string,
  options: SearchOptions,
): ObjectionSearch {
  const engine = useEngine(objections);
  const { phase, usage, limit } = options;
  const results = useMemo(() => {
    const opts: SearchOptions = {
      ...(phase === undefined ? {} : { phase }),
      ...(usage === undefined ? {} : { usage }),
      ...(limit === undefined ? {} : { limit }),
    };
    return engine ? engine.search(engine.index, query, opts) : quickSearch(objections, query, opts);
  }, [engine, objections, query, phase, usage, limit]);
  return { results, full: engine !== null };
}
