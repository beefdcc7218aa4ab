/**
 * The latest CRM report per tab, kept in `storage.session`: an MV3 service worker is stopped when
 * idle, so nothing may live only in its memory. Adapter file (uses `browser`).
 */
import { crmReportSchema } from '../messaging/protocol';
import type { CrmReport } from './context';

const keyOf = (tabId: number) => `report:${tabId}`;

export async function saveTabReport(tabId: number, report: CrmReport): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: report });
}

export async function loadTabReport(tabId: number): Promise<CrmReport | null> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (stored === undefined) return null;
  const parsed = crmReportSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
