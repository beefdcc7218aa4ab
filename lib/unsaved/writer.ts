/**
 * The half-done inputs are kept in memory as the agent types and written in one batch a short
 * while after the first change (perf 12: each keystroke read the whole store, masked it and wrote it
 * back). The first change starts the clock and later ones do not push it back, so steady typing
 * never postpones the write; `flush` writes at once, for the moments the panel may go away (blur,
 * hidden, closed, the section unmounted), so nothing typed is lost. The writer (session.ts) masks.
 */
import type { UnsavedEntry } from './inputs';

/** The most typing a crashed panel can lose, long enough that a burst of keystrokes is one write. */
export const UNSAVED_WRITE_MS = 500;

export interface UnsavedWriter {
  /** The newest value under `key`, written with the others when the clock runs out or on `flush`. */
  keep: (key: string, entry: UnsavedEntry) => void;
  /** Writes what waits now (nothing when nothing does); resolves when that write is done. */
  flush: () => Promise<void>;
}

export function createUnsavedWriter(
  write: (entries: ReadonlyMap<string, UnsavedEntry>) => Promise<void>,
  delayMs: number = UNSAVED_WRITE_MS,
): UnsavedWriter {
  let waiting = new Map<string, UnsavedEntry>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting.size === 0) return Promise.resolve();
    const entries = waiting;
    waiting = new Map();
    return write(entries);
  };

  return {
    keep(key, entry) {
      waiting.set(key, entry);
      if (timer === null) timer = setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
    flush,
  };
}
