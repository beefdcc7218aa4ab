/**
 * Adapter file: the half-done inputs (./inputs.ts) in `storage.session`, which outlives the side
 * panel (closed, reloaded) but not the browser, and is closed to content scripts. Read and written
 * through one queue, so two sections writing at once never lose each other's entry. Plain
 * `browser.storage` like lib/settings.ts: the panel's initial bundle has no room for more.
 */
import { type UnsavedEntry, type UnsavedStore, unsavedStoreSchema, withUnsaved } from './inputs';

const STORAGE_KEY = 'unsavedInputs';
let queue: Promise<unknown> = Promise.resolve();

function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
}

async function read(): Promise<UnsavedStore> {
  const stored = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
  const parsed = unsavedStoreSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

export function readUnsaved(): Promise<UnsavedStore> {
  return serially(read);
}

export function keepUnsaved(key: string, entry: UnsavedEntry): Promise<void> {
  return serially(async () => {
    await browser.storage.session.set({ [STORAGE_KEY]: withUnsaved(await read(), key, entry) });
  });
}
