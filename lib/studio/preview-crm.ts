/**
 * "Use the open CRM tab's account" (issue 17 item 2): asks the background for the report it
 * already keeps for each open tab, over the side panel's own port, and takes the account of the
 * tab used most recently. Nothing is read from the page anew; the account is what the panel shows.
 * Adapter file (uses `browser`).
 */
import type { AccountContext, CrmReport } from '../crm/context';
import { PANEL_PORT, panelPortPushSchema } from '../messaging/protocol';

/** Tabs asked about, most recent first: enough for a lead's window, bounded for a big session. */
const MAX_TABS = 20;
/** A stopped service worker takes a moment to wake; after this the answer is "none". */
const WAIT_MS = 3000;

export type CaptureAccount = () => Promise<AccountContext | null>;

/** The account of the most recently used tab among `reports`, in the order of `tabIds`. */
export function firstAccount(
  tabIds: readonly number[],
  reports: ReadonlyMap<number, CrmReport | null>,
): AccountContext | null {
  for (const id of tabIds) {
    const report = reports.get(id);
    if (report?.kind === 'account') return report.context;
  }
  return null;
}

export const captureCrmAccount: CaptureAccount = async () => {
  const self = await browser.tabs.getCurrent();
  const tabIds = (await browser.tabs.query({}))
    .filter((tab) => tab.id !== undefined && tab.id !== self?.id)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, MAX_TABS)
    .map((tab) => tab.id as number);
  if (tabIds.length === 0) return null;
  return new Promise((resolve) => {
    const reports = new Map<number, CrmReport | null>();
    const port = browser.runtime.connect({ name: PANEL_PORT });
    const finish = () => {
      clearTimeout(timer);
      port.disconnect();
      resolve(firstAccount(tabIds, reports));
    };
    const timer = setTimeout(finish, WAIT_MS);
    port.onMessage.addListener((message: unknown) => {
      const push = panelPortPushSchema.safeParse(message);
      if (!push.success || !tabIds.includes(push.data.tabId)) return;
      reports.set(push.data.tabId, push.data.report);
      if (reports.size === tabIds.length) finish();
    });
    port.onDisconnect.addListener(finish);
    for (const follow of tabIds) port.postMessage({ follow });
  });
};
