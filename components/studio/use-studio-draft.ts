/**
 * The Studio's draft state: the text with its undo history, autosaved to IndexedDB on every change
 * (lib/studio/draft-store.ts, draft-saver.ts), so closing the tab loses nothing (issue 17 item 1):
 * the write is started again on `pagehide` and when the page is hidden, and while it has not landed
 * the page asks before closing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLeaveFlush } from '@/components/shell/use-leave-flush';
import type { CallAssistDB } from '@/lib/db/schema';
import type { LocalizedText } from '@/lib/i18n/text';
import { createDraftSaver, type SaveStatus } from '@/lib/studio/draft-saver';
import { loadDraft, saveDraft } from '@/lib/studio/draft-store';
import { type History, record, redo, replacePresent, startHistory, undo } from '@/lib/studio/history';

const SOURCE = '(source)';

export interface DraftState {
  history: History;
  baseText: string;
  origin: string;
}

export interface StudioDraftApi {
  /** undefined while the saved draft is read; null when there is none. */
  draft: DraftState | null | undefined;
  /** Where the autosave stands; `failed` carries the reason, shown to the lead. */
  saving: SaveStatus;
  /** The saved draft could not be read (the Studio still opens, empty). */
  loadProblem: LocalizedText | null;
  open: (text: string, origin: string, baseText: string) => void;
  /** A form edit: one undo step, or one per burst of edits to the same field (`burst`). */
  edit: (text: string, burst?: string) => void;
  /** Typing in the source: one undo step per burst, ended by `endTyping`. */
  type: (text: string) => void;
  endTyping: () => void;
  undo: () => void;
  redo: () => void;
}

export function useStudioDraft(db: CallAssistDB): StudioDraftApi {
  const [draft, setDraft] = useState<DraftState | null | undefined>(undefined);
  const [saving, setSaving] = useState<SaveStatus>({ kind: 'saved' });
  const [loadProblem, setLoadProblem] = useState<LocalizedText | null>(null);
  /** The field being typed into: edits to it merge into one undo step until another field is edited. */
  const typing = useRef<string | null>(null);
  const [saver] = useState(() => createDraftSaver((d) => saveDraft(db, d), setSaving));
  /**
   * The draft as of the last edit, ahead of React's state: an edit is handed to the saver in the
   * very input event, not after the next render, so a tab closed right after a keystroke keeps it.
   */
  const latest = useRef<DraftState | null | undefined>(undefined);

  const commit = useCallback(
    (next: DraftState) => {
      latest.current = next;
      setDraft(next);
      saver.change({
        text: next.history.present,
        baseText: next.baseText,
        origin: next.origin,
        updatedAt: Date.now(),
      });
    },
    [saver],
  );

  useEffect(() => {
    let live = true;
    void loadDraft(db).then((result) => {
      if (!live) return;
      if (!result.ok) setLoadProblem(result.message);
      // A draft opened while the saved one was read wins; the one just read needs no write back.
      if (latest.current !== undefined) return;
      const saved = result.ok ? result.draft : null;
      latest.current = saved
        ? { history: startHistory(saved.text), baseText: saved.baseText, origin: saved.origin }
        : null;
      setDraft(latest.current);
    });
    return () => {
      live = false;
    };
  }, [db]);

  const flush = useCallback(() => void saver.flush(), [saver]);
  useLeaveFlush(flush);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.pending()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [saver]);

  const change = useCallback(
    (step: (h: History) => History) => {
      const current = latest.current;
      if (!current) return;
      const history = step(current.history);
      if (history !== current.history) commit({ ...current, history });
    },
    [commit],
  );

  return {
    draft,
    saving,
    loadProblem,
    open: useCallback(
      (text, openedFrom, base) => {
        typing.current = null;
        commit({ history: startHistory(text), baseText: base, origin: openedFrom });
      },
      [commit],
    ),
    edit: useCallback(
      (text, burst) => {
        const merge = burst !== undefined && typing.current === burst;
        typing.current = burst ?? null;
        change((h) => (merge ? replacePresent(h, text) : record(h, text)));
      },
      [change],
    ),
    type: useCallback(
      (text) => {
        const merge = typing.current === SOURCE;
        typing.current = SOURCE;
        change((h) => (merge ? replacePresent(h, text) : record(h, text)));
      },
      [change],
    ),
    endTyping: useCallback(() => {
      typing.current = null;
    }, []),
    undo: useCallback(() => {
      typing.current = null;
      change(undo);
    }, [change]),
    redo: useCallback(() => {
      typing.current = null;
      change(redo);
    }, [change]),
  };
}
