/**
 * The half-done inputs are kept in memory as the agent types and written behind the typing, one
 * write at a time (perf 12: each keystroke read the whole store, masked it and wrote it back, one
 * queued read and write per keystroke). A change starts a write at once unless one is under way;
 * the changes made meanwhile are written together as soon as it is done. No clock: a write that
 * waited for a timer (round 12 tried 500 ms) lost the last words typed before a reload, because a
 * page going away cannot finish a read and a write it starts in `pagehide` (e2e live-call walk 10).
 * `flush` writes what waits at once (blur, hidden, closed, the section unmounted). The writer
 * (session.ts) masks.
 */
import type { UnsavedEntry } from './inputs';

export interface UnsavedWriter {
  /** The newest value under `key`, written with the others the moment no write is under way. */
  keep: (key: string, entry: UnsavedEntry) => void;
  /** Writes what waits now (after the write under way); resolves when that write is done. */
  flush: () => Promise<void>;
}

export function createUnsavedWriter(
  write: (entries: ReadonlyMap<string, UnsavedEntry>) => Promise<void>,
): UnsavedWriter {
  let waiting = new Map<string, UnsavedEntry>();
  let underWay: Promise<void> | null = null;
  let scheduled = false;

  const flush = (): Promise<void> => {
    if (underWay !== null) return underWay.then(flush, flush);
    if (waiting.size === 0) return Promise.resolve();
    const entries = waiting;
    waiting = new Map();
    const done = write(entries).finally(() => {
      underWay = null;
    });
    underWay = done;
    return done;
  };

  return {
    keep(key, entry) {
      waiting.set(key, entry);
      if (scheduled) return;
      // Keystrokes handled in one task (a paste, an IME commit) are one write.
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        void flush().catch(() => undefined);
      });
    },
    flush,
  };
}
