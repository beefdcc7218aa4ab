/**
 * The imported search-miss files of this Studio page (issue 17 item 7), outside React state so that
 * switching tabs keeps them; they are files the lead still has, so a reload may drop them.
 */
import { useSyncExternalStore } from 'react';
import type { Miss } from '@/lib/studio/misses';

export interface ImportedMisses {
  files: { name: string; text: string }[];
  misses: Miss[];
}

let imported: ImportedMisses = { files: [], misses: [] };
const listeners = new Set<() => void>();

function set(next: ImportedMisses) {
  imported = next;
  for (const listener of listeners) listener();
}

export function useImportedMisses(): ImportedMisses {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => imported,
  );
}

/** Adds a checked file; false when the very same file is already in (not counted twice). */
export function addMissFile(name: string, text: string, misses: readonly Miss[]): boolean {
  if (imported.files.some((f) => f.text === text)) return false;
  set({ files: [...imported.files, { name, text }], misses: [...imported.misses, ...misses] });
  return true;
}

export function clearMissFiles(): void {
  set({ files: [], misses: [] });
}
