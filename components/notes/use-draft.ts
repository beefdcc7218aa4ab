/**
 * The account's note draft (issue 7 §2, issue 16 §6): autosaved at least every AUTOSAVE_MS
 * WHILE the agent types (the first keystroke after a save starts the clock and later keystrokes do
 * not push it back, so steady typing never postpones the save), written at once when the page is
 * hidden or closed or the focus leaves the box, and restored when the account opens again. Every write to the draft and every
 * save that deletes it go through one queue, so a late autosave can never bring back a saved
 * note's text.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLeaveFlush } from '@/components/shell/use-leave-flush';
import { loadDraft, saveDraft, storageErrorMessage } from '@/lib/db';
import type { CallAssistDB } from '@/lib/db/schema';
import type { LocalizedText } from '@/lib/i18n/text';

/** The most typing a crash can lose (issue 16 §6), long enough not to write on every keystroke. */
export const AUTOSAVE_MS = 800;

export type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: number }
  | { kind: 'restored'; at: number }
  | { kind: 'error'; message: LocalizedText };

export interface Draft {
  text: string;
  status: DraftStatus;
  /** The agent typed: update the box and schedule the autosave. */
  change: (text: string) => void;
  /**
   * Runs a write that stores `sent` and deletes the draft (a note, a wrap-up), in the queue.
   * On success the box empties (unless the agent typed on meanwhile); on failure the text stays
   * in the box and is saved as the draft again.
   */
  commit: <R extends { ok: boolean }>(sent: string, write: () => Promise<R>) => Promise<R>;
}

export function useDraft(db: CallAssistDB, accountKey: string): Draft {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const latest = useRef('');
  const typed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const mounted = useRef(true);
  /** A note or wrap-up that deletes the draft is being written: a flush must wait for it. */
  const committing = useRef(false);

  const enqueue = useCallback(<T>(write: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(write);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const cancelTimer = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const saveNow = useCallback(
    (options: { now?: boolean } = {}) => {
      cancelTimer();
      // The text at the moment of writing: a queued autosave never stores older text over newer.
      const write = () => saveDraft(db, accountKey, latest.current);
      // Leaving the page: start the IndexedDB write in this very event, not after queued work
      // (the page may be gone by then), unless a save that deletes the draft is under way.
      const written = options.now && !committing.current ? write() : enqueue(write);
      if (options.now) queue.current = written.catch(() => undefined);
      return written.then((result) => {
        if (!mounted.current) return;
        setStatus(result.ok ? { kind: 'saved', at: Date.now() } : { kind: 'error', message: result.message });
      });
    },
    [db, accountKey, enqueue, cancelTimer],
  );

  /** Starts the clock on the first unsaved keystroke; later keystrokes leave it running. */
  const schedule = useCallback(() => {
    if (timer.current !== null) return;
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }, [saveNow]);

  // Restore the stored draft, unless the agent already started typing.
  useEffect(() => {
    let cancelled = false;
    loadDraft(db, accountKey).then(
      (row) => {
        if (cancelled || !row || typed.current) return;
        latest.current = row.text;
        setText(row.text);
        setStatus({ kind: 'restored', at: row.updatedAt });
      },
      (error: unknown) => {
        if (!cancelled) setStatus({ kind: 'error', message: storageErrorMessage(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [db, accountKey]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A pending autosave is written at once when the agent leaves the box or the panel, the section
  // unmounts (another account) or the panel is closed.
  const flush = useCallback(() => {
    if (timer.current !== null) void saveNow({ now: true });
  }, [saveNow]);
  useLeaveFlush(flush, { onBlur: true });

  const change = useCallback(
    (value: string) => {
      typed.current = true;
      latest.current = value;
      setText(value);
      setStatus((current) => (current.kind === 'error' ? current : { kind: 'pending' }));
      schedule();
    },
    [schedule],
  );

  const commit = useCallback(
    async <R extends { ok: boolean }>(sent: string, write: () => Promise<R>): Promise<R> => {
      // The write carries the latest text and deletes the draft: an autosave after it must not run.
      cancelTimer();
      committing.current = true;
      const result = await enqueue(write).finally(() => {
        committing.current = false;
      });
      if (!mounted.current) return result;
      if (!result.ok) {
        void saveNow();
      } else if (latest.current === sent) {
        latest.current = '';
        setText('');
        setStatus({ kind: 'idle' });
      } else {
        // Typed on while saving: the draft was deleted with the save, so store what is there now.
        void saveNow();
      }
      return result;
    },
    [enqueue, saveNow, cancelTimer],
  );

  return { text, status, change, commit };
}
