/**
 * One writer at a time for a read-modify-write of something every extension page shares (a
 * `storage.session` or `storage.local` item): two side panels (two CRM tabs), the options page and
 * the service worker each read the whole value, change their part and write it back, and without a
 * common lock the later write dropped the earlier one's change (debts 14 item 3). Web Locks
 * (`navigator.locks`, Chrome 69, Firefox 96) are one lock manager per origin, so every page of the
 * extension and its worker queue on the same name; a page that closes mid-task lets its lock go.
 *
 * Why a lock and not per-panel keys or a compare-and-set: the value is one document whose limits
 * (oldest dropped, at most so many entries) span every panel's entries, per-panel keys would lose a
 * panel's inputs when it is reopened as another panel, and `storage` has no compare-and-set.
 * Where Web Locks are missing (Node, the unit tests) tasks queue per name in this realm, which is
 * the same guarantee for the one realm there is.
 */
const realmQueues = new Map<string, Promise<unknown>>();

export function exclusively<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  // The DOM types say Promise<Promise<T>>; the lock resolves with what the task resolved with.
  if (locks) return locks.request(name, task).then((done) => done);
  const run = (realmQueues.get(name) ?? Promise.resolve()).then(task);
  const settled = run.catch(() => undefined);
  realmQueues.set(name, settled);
  void settled.then(() => {
    if (realmQueues.get(name) === settled) realmQueues.delete(name);
  });
  return run;
}

/** The lock of a storage item, by area and key: one name wherever the item is defined. */
export const storageLockName = (area: string, key: string) => `call-assist:storage:${area}:${key}`;
