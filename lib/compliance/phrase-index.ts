/**
 * The guard's phrases by the units they can start with (phrase-scan.ts): a place of the scanned
 * text tests only the phrases whose first two units fit, so a longer list costs only where its
 * phrases can start.
 */

export function listAt<V>(map: Map<string, V[]>, key: string): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

export interface Indexed<P, T> {
  pieces: P;
  payload: T;
  /** Position in the pack's order: phrases at one start are tried in it (which kind wins a tie). */
  order: number;
}

/**
 * Phrases by the first two units they can start with: a position tests only the phrases both of
 * its units fit, instead of every phrase with its first unit (the lists grow with the pack).
 */
export class StartIndex<P, T> {
  /** Phrases whose second unit can be anything (a one-unit word or literal first). */
  private readonly anySecond = new Map<string, Indexed<P, T>[]>();
  private readonly bySecond = new Map<string, Map<string, Indexed<P, T>[]>>();
  /**
   * Both lists of a pair of units merged, kept: a scan asks for the same pairs at most places of a
   * text, and a merge per place was garbage (bounded by the pairs the index holds).
   */
  private readonly merged = new Map<string, Indexed<P, T>[]>();

  get empty(): boolean {
    return this.anySecond.size === 0 && this.bySecond.size === 0;
  }

  add(first: string, seconds: Set<string> | null, phrase: Indexed<P, T>): void {
    this.merged.clear();
    if (!seconds) {
      listAt(this.anySecond, first).push(phrase);
      return;
    }
    let inner = this.bySecond.get(first);
    if (!inner) {
      inner = new Map();
      this.bySecond.set(first, inner);
    }
    for (const second of seconds) listAt(inner, second).push(phrase);
  }

  /** The phrases that can start with `first` then `second`, in the pack's order. */
  at(first: string, second: string | undefined): readonly Indexed<P, T>[] {
    const any = this.anySecond.get(first);
    const paired = second === undefined ? undefined : this.bySecond.get(first)?.get(second);
    if (!any || !paired) return any ?? paired ?? [];
    const key = first + second;
    const known = this.merged.get(key);
    if (known) return known;
    const merged: Indexed<P, T>[] = [];
    let a = 0;
    let b = 0;
    while (a < any.length || b < paired.length) {
      const next = (any[a]?.order ?? Infinity) < (paired[b]?.order ?? Infinity) ? any[a++] : paired[b++];
      merged.push(next as Indexed<P, T>);
    }
    this.merged.set(key, merged);
    return merged;
  }
}
