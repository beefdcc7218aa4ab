/**
 * Autosave for the Studio's draft (issue 17 item 1: "nothing is lost on close"). Every change is
 * written at once, one write at a time: while a write runs, only the newest text waits, so a slow
 * disk never stores an older text over a newer one. `flush` is what `pagehide` and a hidden page
 * await; `pending` says whether closing now could lose the last edit (then the page asks first).
 */
import type { WriteResult } from '../db/errors';
import type { StudioDraft } from './draft-store';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | ({ kind: 'failed' } & Pick<FailedWrite, 'message'>);
type FailedWrite = Extract<WriteResult, { ok: false }>;

export interface DraftSaver {
  change: (draft: StudioDraft) => void;
  /** Resolves when the newest draft is written (or has failed). */
  flush: () => Promise<void>;
  /** True while the newest draft is not known to be written. */
  pending: () => boolean;
}

export function createDraftSaver(
  write: (draft: StudioDraft) => Promise<WriteResult>,
  onStatus: (status: SaveStatus) => void,
): DraftSaver {
  let waiting: StudioDraft | null = null;
  let running: Promise<void> | null = null;
  let failed = false;

  const run = (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      while (waiting) {
        const draft = waiting;
        waiting = null;
        onStatus({ kind: 'saving' });
        const result = await write(draft);
        failed = !result.ok;
        // A newer text is waiting: its write decides the status the lead sees.
        if (!result.ok) onStatus({ kind: 'failed', message: result.message });
        else if (!waiting) onStatus({ kind: 'saved' });
      }
      running = null;
    })();
    return running;
  };

  return {
    change(draft) {
      waiting = draft;
      void run();
    },
    flush: () => run(),
    pending: () => failed || waiting !== null || running !== null,
  };
}
