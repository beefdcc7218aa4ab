/**
 * Undo and redo over whole draft texts (issue 17 item 1). Texts, not patches: a pack is ~100 KB and
 * strings are shared, so a bounded list of snapshots is simple and cheap. Typing bursts are merged
 * by the caller (one entry per committed edit), so undo steps are the lead's edits, not keystrokes.
 */
export interface History {
  past: readonly string[];
  present: string;
  future: readonly string[];
}

export const MAX_UNDO = 100;

export function startHistory(text: string): History {
  return { past: [], present: text, future: [] };
}

export function record(history: History, text: string): History {
  if (text === history.present) return history;
  const past = [...history.past, history.present].slice(-MAX_UNDO);
  return { past, present: text, future: [] };
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

/** A typing burst: the text replaces the present step instead of adding one. */
export function replacePresent(history: History, text: string): History {
  return text === history.present ? history : { ...history, present: text, future: [] };
}

/**
 * The undo/redo chord a key press spells, the source editor's keys (Mod-z, Mod-y, Mod-Shift-z) for
 * the forms too: one history, one set of keys (walk 10: Ctrl+Z in a form did nothing to the draft).
 */
export function historyKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): 'undo' | 'redo' | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}
