/**
 * A typed storage item for the code of the panel's first paint: settings (lib/settings.ts) and
 * the half-done inputs (lib/unsaved/session.ts). It has the shape of `wxt/utils/storage`'s
 * `defineItem` (`'local:key'`, `getValue`, `setValue`, `watch`), so the two read and write one way
 * and can move to wxt's item by changing the import; wxt's item itself costs 3,206 B gzip in the
 * initial side-panel bundle, which leaves 442 B of its 120 KB budget (debts 11 item 3).
 * Every read goes through `parse`: a corrupted or older entry comes back as what `parse` makes of it.
 * A change made from what is stored goes through `update`, under the item's lock (./locks.ts).
 */
import { exclusively, storageLockName } from './locks';

type Area = 'local' | 'session';

export interface StorageItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /**
   * Reads, changes and writes the value with no other page's `update` of this item in between
   * (two side panels, the options page, the worker): neither drops the other's change.
   */
  update(change: (value: T) => T): Promise<T>;
  /** Calls back with the parsed new value whenever another context (or this one) writes it. */
  watch(callback: (value: T) => void): () => void;
}

export function defineStorageItem<T>(
  where: `${Area}:${string}`,
  parse: (stored: unknown) => T,
): StorageItem<T> {
  const [area, key] = where.split(/:(.*)/s) as [Area, string];
  const store = () => browser.storage[area];
  const getValue = async () => parse((await store().get(key))[key]);
  const setValue = async (value: T) => {
    await store().set({ [key]: value });
  };
  return {
    key,
    getValue,
    setValue,
    update: (change) =>
      exclusively(storageLockName(area, key), async () => {
        const next = change(await getValue());
        await setValue(next);
        return next;
      }),
    watch(callback) {
      const handle = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        if (changedArea === area && key in changes) callback(parse(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(handle);
      return () => browser.storage.onChanged.removeListener(handle);
    },
  };
}
