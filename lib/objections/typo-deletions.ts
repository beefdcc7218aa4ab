/**
 * English words of titles and triggers under each of their one-letter deletions ("cant" under
 * "ant", "cnt", "cat", "can"), for the overlap's typo matching (overlap.ts, as in SymSpell). At
 * 5,000 objections that is 50,000 deletions: as a Map of strings to arrays it was 100,000 objects
 * for the garbage collector to copy and mark on every build (issue 11, build ≤ 500 ms). Here a
 * deletion is kept as (word, position left out), hashed and compared without being spelt out,
 * and its words are one flat list; `get` spells the answer (a few calls per keystroke).
 */
import { type KeyIds, PostingBuilder, type PostingLists } from './postings';
import { grown } from './typed-growth';

/** Hash of word without the code unit at `skip` (-1: none). */
function hashOf(word: string, skip: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++)
    if (i !== skip) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

/** word without `skip` equals `key` (whose length is one less). */
function spells(word: string, skip: number, key: string): boolean {
  if (key.length !== word.length - 1) return false;
  for (let i = 0, k = 0; i < word.length; i++) {
    if (i === skip) continue;
    if (word.charCodeAt(i) !== key.charCodeAt(k++)) return false;
  }
  return true;
}

/** Two deletions spell the same (both of words of one length). */
function same(a: string, skipA: number, b: string, skipB: number): boolean {
  for (let i = 0, j = 0; i < a.length; i++, j++) {
    if (i === skipA) i++;
    if (j === skipB) j++;
    if (i >= a.length) break;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  }
  return true;
}

/** Deletions → dense ids, open addressing on typed arrays (linear probing, grown past half full). */
class DeletionTable implements KeyIds<string> {
  private slotIds = new Int32Array(1 << 10);
  private slotHashes = new Int32Array(1 << 10);
  /** Per id: the word (index into `words`) and the position left out. */
  private idWords = new Int32Array(1 << 9);
  private idSkips = new Int32Array(1 << 9);
  private count = 0;

  constructor(private readonly words: readonly string[]) {}

  get size(): number {
    return this.count;
  }

  /** The id of word `w` without position `skip`, given on first sight. */
  idOfDeletion(w: number, skip: number): number {
    const word = this.words[w] as string;
    const hash = hashOf(word, skip);
    const mask = this.slotIds.length - 1;
    let slot = hash & mask;
    for (;;) {
      const id = (this.slotIds[slot] as number) - 1;
      if (id < 0) break;
      if (this.slotHashes[slot] === hash) {
        const other = this.words[this.idWords[id] as number] as string;
        if (other.length === word.length && same(other, this.idSkips[id] as number, word, skip)) return id;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    if (id === this.idWords.length) {
      this.idWords = grown(this.idWords);
      this.idSkips = grown(this.idSkips);
    }
    this.idWords[id] = w;
    this.idSkips[id] = skip;
    this.slotIds[slot] = id + 1;
    this.slotHashes[slot] = hash;
    if (this.count * 2 > this.slotIds.length) this.rehash();
    return id;
  }

  idOf(): number {
    throw new Error('a deletion is added with idOfDeletion');
  }

  peek(key: string): number {
    const hash = hashOf(key, -1);
    const mask = this.slotIds.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slotIds[slot] as number) - 1;
      if (id < 0) return -1;
      if (
        this.slotHashes[slot] === hash &&
        spells(this.words[this.idWords[id] as number] as string, this.idSkips[id] as number, key)
      )
        return id;
    }
  }

  /** The deletion of an id, spelt out. */
  keyAt(id: number): string {
    const word = this.words[this.idWords[id] as number] as string;
    const skip = this.idSkips[id] as number;
    return word.slice(0, skip) + word.slice(skip + 1);
  }

  *keys(): IterableIterator<string> {
    for (let id = 0; id < this.count; id++) yield this.keyAt(id);
  }

  private rehash(): void {
    const size = this.slotIds.length * 2;
    const slotIds = new Int32Array(size);
    const slotHashes = new Int32Array(size);
    for (let slot = 0; slot < this.slotIds.length; slot++) {
      const id = this.slotIds[slot] as number;
      if (id === 0) continue;
      const hash = this.slotHashes[slot] as number;
      let to = hash & (size - 1);
      while (slotIds[to] !== 0) to = (to + 1) & (size - 1);
      slotIds[to] = id;
      slotHashes[to] = hash;
    }
    this.slotIds = slotIds;
    this.slotHashes = slotHashes;
  }
}

export class TypoDeletions {
  private readonly table: DeletionTable;
  private readonly lists: PostingLists<string>;

  /** `words` sorted and distinct; those of at least `minLength` letters are listed. */
  constructor(
    private readonly words: readonly string[],
    minLength: number,
  ) {
    this.table = new DeletionTable(words);
    const builder = new PostingBuilder<string>(this.table, 1, true);
    for (let w = 0; w < words.length; w++) {
      const length = (words[w] as string).length;
      if (length < minLength) continue;
      for (let i = 0; i < length; i++) builder.addNew(this.table.idOfDeletion(w, i), w);
    }
    this.lists = builder.build();
  }

  get size(): number {
    return this.table.size;
  }

  /** The words (sorted) that `key` is a one-letter deletion of. */
  get(key: string): readonly string[] | undefined {
    const list = this.lists.get(key);
    return list === undefined ? undefined : Array.from(list, (w) => this.words[w] as string);
  }

  has(key: string): boolean {
    return this.lists.has(key);
  }

  *entries(): IterableIterator<[string, readonly string[]]> {
    for (const key of this.table.keys()) yield [key, this.get(key) ?? []];
  }

  [Symbol.iterator](): IterableIterator<[string, readonly string[]]> {
    return this.entries();
  }
}
