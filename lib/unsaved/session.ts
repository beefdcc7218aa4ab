/**
 * Adapter file: the half-done inputs (./inputs.ts) in `storage.session`, which outlives the side
 * panel (closed, reloaded) but not the browser, and is closed to content scripts. A panel owns one
 * session (components/shell/db.tsx): its reads and writes go through one queue, so two sections
 * writing at once never lose each other's entry, and each write is the item's locked `update`
 * (lib/platform/locks.ts), so two panels (two CRM tabs) writing at once never lose each other's.
 * Typing goes through its one `writer` (./writer.ts): one read, mask and write per burst, not per
 * keystroke. No queue is kept at module level (review debt, round 13): two panels, or two tests,
 * never share a queue or a waiting write; only the lock is shared, as the browser shares it.
 * The storage item is the one lib/settings.ts uses (lib/platform/storage-item.ts).
 */
import { defineStorageItem, type StorageItem } from '../platform/storage-item';
import { type UnsavedEntry, type UnsavedStore, unsavedStoreSchema, withUnsaved } from './inputs';
import { createUnsavedWriter, type UnsavedWriter } from './writer';

/** A stored value that is not the shape of the inputs (an older build's) reads as none kept. */
const unsavedItem = defineStorageItem('session:unsavedInputs', (stored): UnsavedStore => {
  const parsed = unsavedStoreSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
});

export interface UnsavedSession {
  /** Every section's typing, batched into the same write. */
  readonly writer: UnsavedWriter;
  /** The store, after what waits in the writer (queued before this read, so it is never missed). */
  read(): Promise<UnsavedStore>;
  /** One entry written now (masked), queued with this session's other reads and writes. */
  keep(key: string, entry: UnsavedEntry): Promise<void>;
}

export function unsavedSession(item: StorageItem<UnsavedStore> = unsavedItem): UnsavedSession {
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  /**
   * Every entry in one read and one write, each masked by withUnsaved, under the item's lock: the
   * store is shared by every panel, and another panel's write between this read and this write
   * was lost (debts 14 item 3: per panel queues kept a panel's sections apart, not two panels).
   */
  const keepAll = (entries: ReadonlyMap<string, UnsavedEntry>): Promise<void> =>
    serially(async () => {
      await item.update((stored) => {
        let store = stored;
        for (const [key, entry] of entries) store = withUnsaved(store, key, entry);
        return store;
      });
    });
  const writer = createUnsavedWriter(keepAll);
  return {
    writer,
    read() {
      void writer.flush().catch(() => undefined);
      return serially(() => item.getValue());
    },
    keep: (key, entry) => keepAll(new Map([[key, entry]])),
  };
}
