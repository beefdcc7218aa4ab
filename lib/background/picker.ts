/**
 * The background's part of the Studio's field picker (issue 17 item 6; adapter file: uses
 * `browser`). It lists tabs on granted CRM origins, injects the picker script into one on demand
 * and calls it; what comes back from the page is validated like any message before the Studio
 * sees it (the page is untrusted, issue 16 §8).
 */
// The picker's global (`__callAssistPicker`) is declared where it is defined.
import type {} from '@/entrypoints/picker';
import { crmReportSchema, pickedSchema, type Reply } from '@/lib/messaging/protocol';
import type { Adapter } from '@/lib/pack/schema';

const PICKER_FILE = '/picker.js';

/** A tab's URL when its origin is granted (without `tabs`, other tabs show no URL at all). */
async function grantedUrl(url: string | undefined): Promise<string | null> {
  if (!url || !/^https?:\/\//.test(url)) return null;
  const origin = new URL(url).origin;
  return (await browser.permissions.contains({ origins: [`${origin}/*`] })) ? url : null;
}

export async function crmTabs(): Promise<Reply<'studio/crm-tabs'>> {
  const tabs: Reply<'studio/crm-tabs'>['tabs'] = [];
  for (const tab of await browser.tabs.query({})) {
    const url = await grantedUrl(tab.url);
    if (tab.id === undefined || url === null) continue;
    tabs.push({ tabId: tab.id, title: (tab.title ?? '').slice(0, 200), url: url.slice(0, 4000) });
  }
  return { tabs: tabs.slice(0, 200) };
}

/** Injects the picker (once per page; it keeps itself) into a tab whose origin is granted. */
async function injected(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  if ((await grantedUrl(tab.url)) === null) throw new Error('This tab is not on a granted CRM address');
  await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_FILE] });
}

async function call<T>(tabId: number, func: (...args: never[]) => unknown, args: unknown[]): Promise<T> {
  await injected(tabId);
  // The function is serialised into the page: it may use only its arguments and the picker's global.
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func, args } as unknown as {
    target: { tabId: number };
    func: () => unknown;
  });
  return result?.result as T;
}

export async function pickOnTab(tabId: number, hint: string): Promise<Reply<'studio/pick'>> {
  const result = await call(tabId, (text: string) => globalThis.__callAssistPicker?.pick(text) ?? null, [
    hint,
  ]);
  return { picked: pickedSchema.nullable().parse(result ?? null) };
}

export async function cancelPickOnTab(tabId: number): Promise<{ ok: true }> {
  await call(tabId, () => globalThis.__callAssistPicker?.cancel(), []);
  return { ok: true };
}

export async function readTab(tabId: number, adapter: Adapter): Promise<Reply<'studio/read'>> {
  const result = await call(tabId, (a: Adapter) => globalThis.__callAssistPicker?.read(a) ?? null, [adapter]);
  return { report: crmReportSchema.parse(result) };
}
