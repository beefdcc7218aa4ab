/**
 * The Studio's draft state: the text with its undo history, autosaved to `storage.local` on every
 * change (lib/studio/draft-store.ts), so closing the tab loses nothing (issue 17 item 1).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
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
  open: (text: string, origin: string, baseText: string) => void;
  /** A form edit: one undo step, or one per burst of edits to the same field (`burst`). */
  edit: (text: string, burst?: string) => void;
  /** Typing in the source: one undo step per burst, ended by `endTyping`. */
  type: (text: string) => void;
  endTyping: () => void;
  undo: () => void;
  redo: () => void;
}

export function useStudioDraft(): StudioDraftApi {
  const [draft, setDraft] = useState<DraftState | null | undefined>(undefined);
  /** The field being typed into: edits to it merge into one undo step until another field is edited. */
  const typing = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadDraft().then((saved) => {
      if (!live) return;
      setDraft((current) =>
        current !== undefined
          ? current
          : saved
            ? { history: startHistory(saved.text), baseText: saved.baseText, origin: saved.origin }
            : null,
      );
    });
    return () => {
      live = false;
    };
  }, []);

  const present = draft?.history.present;
  const baseText = draft?.baseText;
  const origin = draft?.origin;
  useEffect(() => {
    if (present === undefined || baseText === undefined || origin === undefined) return;
    void saveDraft({ text: present, baseText, origin, updatedAt: Date.now() });
  }, [present, baseText, origin]);

  const change = useCallback((step: (h: History) => History) => {
    setDraft((current) => (current ? { ...current, history: step(current.history) } : current));
  }, []);

  return {
    draft,
    open: useCallback((text, openedFrom, base) => {
      typing.current = null;
      setDraft({ history: startHistory(text), baseText: base, origin: openedFrom });
    }, []),
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
