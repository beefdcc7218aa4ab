/** Chinese characters in the query: titles, triggers and lines that contain them, or sound like them. */
import { bigramKey, type CharIds, charKey } from './gram-keys';
import { AT_START, EXACT, endsWhole, FUZZY, type Hits, type Part, PREFIX, SUBSTRING, WHOLE } from './hits';
import { isHan, type NormalizedText } from './normalize';
import type { IndexedText, ObjectionIndex } from './objection-index';
import type { PostingLists } from './postings';

/** The shortest posting list among the query's Han bigrams (or characters); null if one is absent. */
export function rarestGram(
  grams: PostingLists<number>,
  ids: CharIds,
  chars: readonly string[],
): Int32Array | null {
  let rarest: Int32Array | null = null;
  let sawBigram = false;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i] ?? '';
    const b = chars[i + 1] ?? '';
    if (!isHan(a) && !isHan(b)) continue;
    sawBigram = true;
    const first = ids.peek(a.codePointAt(0) ?? 0);
    const second = ids.peek(b.codePointAt(0) ?? 0);
    // A character or bigram no text has: no text contains the query.
    if (first < 0 || second < 0) return null;
    const list = grams.get(bigramKey(first, second));
    if (list === undefined) return null;
    if (rarest === null || list.length < rarest.length) rarest = list;
  }
  if (sawBigram) return rarest;
  for (const char of chars) {
    if (!isHan(char)) continue;
    const id = ids.peek(char.codePointAt(0) ?? 0);
    const list = id < 0 ? undefined : grams.get(charKey(id));
    if (list === undefined) return null;
    if (rarest === null || list.length < rarest.length) rarest = list;
  }
  return rarest;
}

/** Texts that contain the query; candidates come from the rarest bigram and are then verified. */
export function matchHan(index: ObjectionIndex, query: NormalizedText, hits: Hits, part: Part): void {
  const q = query.compact;
  const candidates = rarestGram(index.hanGrams[part], index.chars, Array.from(q));
  if (candidates === null) return;
  for (let i = 0; i < candidates.length; i++) {
    const t = candidates[i] as number;
    const text = index.texts[t] as IndexedText;
    const c = text.compact;
    if (c === q) {
      hits.offer(t, EXACT, AT_START + WHOLE, q.length);
      continue;
    }
    if (text.parts?.includes(q)) {
      hits.offer(t, EXACT, WHOLE, q.length);
      continue;
    }
    let at = c.indexOf(q);
    if (at < 0) continue;
    const first = at;
    while (at >= 0 && index.starts[text.base + at] !== 1) at = c.indexOf(q, at + 1);
    const where = at >= 0 ? at : first;
    const precision = (where === 0 ? AT_START : 0) + (endsWhole(index, text, where + q.length) ? WHOLE : 0);
    hits.offer(t, at >= 0 ? PREFIX : SUBSTRING, precision, q.length);
  }
}

/**
 * A Chinese typo is usually a homophone picked from the IME (没前 for 没钱): a title or trigger
 * whose characters share a reading with each typed character is a fuzzy match.
 */
export function matchHomophones(index: ObjectionIndex, query: NormalizedText, hits: Hits): void {
  const chars = Array.from(query.compact);
  if (chars.length < 2 || chars.length !== query.compact.length || !chars.every(isHan)) return;
  const typed: (readonly string[])[] = [];
  for (const char of chars) {
    const readings = index.readings.knownReadings(char);
    if (readings === undefined || readings.length === 0) return;
    typed.push(readings);
  }
  const firstLetters = (readings: readonly string[]) => [...new Set(readings.map((r) => r[0] ?? ''))];
  const { sets } = index.readings;
  for (const a of firstLetters(typed[0] ?? [])) {
    for (const b of firstLetters(typed[1] ?? [])) {
      const pairs = index.headInitials.get(a + b);
      if (pairs === undefined) continue;
      candidates: for (let p = 0; p + 1 < pairs.length; p += 2) {
        const t = pairs[p] as number;
        const offset = pairs[p + 1] as number;
        const text = index.texts[t] as IndexedText;
        if (offset + chars.length > text.compact.length) continue;
        for (let i = 0; i < chars.length; i++) {
          const set = sets[index.readingIds[text.base + offset + i] ?? -1] ?? [];
          const wanted = typed[i] ?? [];
          if (!set.some((r) => wanted.includes(r))) continue candidates;
        }
        const end = offset + chars.length;
        const precision = (offset === 0 ? AT_START : 0) + (endsWhole(index, text, end) ? WHOLE : 0);
        hits.offer(t, FUZZY, precision, chars.length);
      }
    }
  }
}
