import { KEY_BINDINGS } from '@/components/shell/keys';
import type { Disposition } from '@/lib/pack/schema';

/** The registry's disposition hot keys (`notes.disposition`), in order. */
export const DISPOSITION_LETTERS: readonly string[] =
  KEY_BINDINGS.find((b) => b.id === 'notes.disposition')?.keys ?? [];

/**
 * Each disposition's hot key (issue 15 goal: wrap-up with a promise in ≤ 6 keys). A disposition
 * that pins its `key` keeps it wherever the pack lists it (live-call review 2026-11: a reordered pack
 * must not silently move an agent's muscle memory); the others take the letters left, in the pack's
 * order. A pinned letter the registry lacks or an earlier disposition already holds counts as unpinned.
 * Dispositions past the last letter get none and are chosen in the list.
 */
export function dispositionKeys(
  dispositions: readonly Pick<Disposition, 'id' | 'key'>[],
): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  for (const d of dispositions) {
    if (d.key !== undefined && DISPOSITION_LETTERS.includes(d.key) && !taken.has(d.key)) {
      keys.set(d.id, d.key);
      taken.add(d.key);
    }
  }
  const free = DISPOSITION_LETTERS.filter((letter) => !taken.has(letter));
  for (const d of dispositions) {
    if (keys.has(d.id)) continue;
    const letter = free.shift();
    if (letter === undefined) break;
    keys.set(d.id, letter);
  }
  return keys;
}

/** The disposition a hot key chooses, if any. */
export function dispositionOfKey<D extends Pick<Disposition, 'id' | 'key'>>(
  dispositions: readonly D[],
  chord: string,
): D | undefined {
  const keys = dispositionKeys(dispositions);
  return dispositions.find((d) => keys.get(d.id) === chord);
}
