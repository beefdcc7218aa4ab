/**
 * The agent's steps in the side panel that many specs take on the way to what they test (code
 * review 2026-11, duplicates D4/D5): starting the call, marking a line said, opening the objection
 * search or the notes, showing a section, and reading what IndexedDB holds. Each step waits for
 * what the panel shows once it is done, so a spec goes on only from a settled panel.
 */
import type { Locator, Page } from '@playwright/test';
import { type Extension, expect, openAccount } from './fixtures';

/** The demo's M1 account (王芳): the early script, waiting for its first line. */
export async function openEarlyScript(ext: Extension, crmUrl: string) {
  const opened = await openAccount(ext, crmUrl, 'CC20240002');
  await expect(opened.panel.locator('[data-line-id="e-identify-who"]')).toBeVisible();
  return opened;
}

export interface StartCall {
  /** `Alt+s` from the keyboard instead of the 开始通话 button. */
  key?: boolean;
  /**
   * Given when the Guard asks for a reason first (a blocked account, the night window): typed, with
   * the supervisor's id where it asks for one. Without it, the call must start at once.
   */
  reason?: string;
  supervisor?: string;
}

/** Starts the call and waits until the call bar says it is live. */
export async function startCall(panel: Page, { key = false, reason, supervisor }: StartCall = {}) {
  if (key) await panel.locator('body').press('Alt+s');
  else await panel.getByRole('button', { name: /开始通话/ }).click();
  if (reason !== undefined) {
    const asked = panel.getByRole('textbox', { name: /继续的原因/ });
    const live = panel.getByTestId('call-status').filter({ hasText: '通话中' });
    await expect(live.or(asked)).toBeVisible();
    if (await asked.isVisible()) {
      await asked.fill(reason);
      const approver = panel.getByRole('textbox', { name: /批准主管的工号/ });
      if (supervisor !== undefined && (await approver.isVisible())) await approver.fill(supervisor);
      await asked.press('Enter');
    }
  }
  await expect(panel.getByTestId('call-status')).toContainText('通话中');
}

/** Marks a script line said with its button. */
export async function markSaid(panel: Page, lineId: string) {
  await panel
    .locator(`[data-line-id="${lineId}"]`)
    .getByRole('button', { name: /标记已说/ })
    .click();
}

/** `/` from the script: the Objections tab opens with its search box focused. */
export async function openObjectionSearch(panel: Page): Promise<Locator> {
  await panel.locator('body').press('/');
  const search = panel.getByRole('combobox', { name: '搜索客户异议' });
  await expect(search).toBeFocused();
  return search;
}

export async function openNotes(panel: Page) {
  await panel.getByRole('tab', { name: /笔记/ }).click();
  await expect(panel.getByLabel('本账户笔记')).toBeVisible();
}

/** The panel's sections in their key order (`1` … `5`). */
export const SECTIONS = ['guard', 'script', 'objections', 'plan', 'notes'] as const;

/** Shows a section by its number key, from wherever the focus is (Escape first). */
export async function showSection(panel: Page, id: (typeof SECTIONS)[number]) {
  await panel.locator('body').press('Escape');
  await panel.locator('body').press(String(SECTIONS.indexOf(id) + 1));
  await expect(panel.locator(`#section-${id}`)).toBeVisible();
}

/** Every row of one object store of the extension's database, read in the page's own origin. */
export function storedRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('call-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(name, 'readonly').objectStore(name).getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            resolve(read.result as T[]);
            db.close();
          };
        };
      }),
    store,
  );
}
