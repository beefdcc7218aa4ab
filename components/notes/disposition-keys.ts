import { KEY_BINDINGS } from '@/components/shell/keys';
import type { Disposition } from '@/lib/pack/schema';

/** The registry's disposition hot keys (`notes.disposition`), in order. */
const LETTERS: readonly string[] = KEY_BINDINGS.find((b) => b.id === 'notes.disposition')?.keys ?? [];

/**
 * Each disposition's hot key, by its place in the pack's list (issue 15 goal: wrap-up with a
 * promise in ≤ 6 keys). Dispositions past the last letter get none and are chosen in the list.
 */
export function dispositionKeys(dispositions: readonly Pick<Disposition, 'id'>[]): Map<string, string> {
  return new Map(dispositions.slice(0, LETTERS.length).map((d, i) => [d.id, LETTERS[i] as string]));
}

/** The disposition a hot key chooses, if any. */
export function dispositionOfKey<D extends Pick<Disposition, 'id'>>(
  dispositions: readonly D[],
  chord: string,
): D | undefined {
  const index = LETTERS.indexOf(chord);
  return index < 0 ? undefined : dispositions[index];
}
