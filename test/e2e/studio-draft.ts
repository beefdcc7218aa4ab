import type { Page } from '@playwright/test';

/**
 * The Studio's draft as autosaved in IndexedDB (`studioDrafts`, key `current`; issue 17 item 1).
 * The source view is CodeMirror, which renders only the lines in view, so a spec that needs the
 * whole JSON reads the saved draft (inside `expect(...).toPass()`: the write lands just after).
 */
export function savedDraftText(studio: Page): Promise<string> {
  return studio.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('call-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('studioDrafts').objectStore('studioDrafts').get('current');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { text?: string } | undefined)?.text ?? '');
          };
        };
      }),
  );
}
