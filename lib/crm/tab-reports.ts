/**
 * The latest CRM report per tab, kept in `storage.session`: an MV3 service worker is stopped when
 * idle, so nothing may live only in its memory. With it, the id of the document that sent it, so
 * the background can ask that very document whether it is still there (issue 15 item 10).
 * Adapter file (uses `browser`).
 */
import { z } from 'zod';
import { crmReportSchema } from '../messaging/protocol';
import type { CrmReport } from './context';

export interface TabReport {
  report: CrmReport;
  /** Chrome's `sender.documentId`; absent where the browser gives none (Firefox). */
  documentId?: string;
}

const tabReportSchema = z.strictObject({
  report: crmReportSchema,
  documentId: z.string().max(100).optional(),
});

const keyOf = (tabId: number) => `tab-report:${tabId}`;

export async function saveTabReport(tabId: number, entry: TabReport): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: entry });
}

export async function loadTabReport(tabId: number): Promise<TabReport | null> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (stored === undefined) return null;
  const parsed = tabReportSchema.safeParse(stored);
  return parsed.success ? (parsed.data as TabReport) : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
