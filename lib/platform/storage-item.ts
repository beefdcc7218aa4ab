/**
 * A typed storage item for the code of the panel's first paint: settings (lib/settings.ts) and
 * the half-done inputs (lib/unsaved/session.ts). It has the shape of `wxt/utils/storage`'s
 * `defineItem` (`'local:key'`, `getValue`, `setValue`, `watch`), so the two read and write one way
 * and can move to wxt's item by changing the import; wxt's item itself costs 3,206 B gzip in the
 * initial side-panel bundle, which leaves 442 B of its 120 KB budget (debts 11 item 3).
 * Every read goes through `parse`: a corrupted or older entry comes back as what `parse` makes of it.
 */
type Area = 'local' | 'session';

export interface StorageItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the parsed new value whenever another context (or this one) writes it. */
  watch(callback: (value: T) => void): () => void;
}

export function defineStorageItem<T>(
  where: `${Area}:${string}`,
  parse: (stored: unknown) => T,
): StorageItem<T> {
  const [area, key] = where.split(/:(.*)/s) as [Area, string];
  const store = () => browser.storage[area];
  return {
    key,
    async getValue() {
      return parse((await store().get(key))[key]);
    },
    async setValue(value) {
      await store().set({ [key]: value });
    },
    watch(callback) {
      const handle = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        if (changedArea === area && key in changes) callback(parse(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(handle);
      return () => browser.storage.onChanged.removeListener(handle);
    },
  };
}
