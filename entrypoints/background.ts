import { adapterFor } from '@/lib/crm/match';
import { syncContentScripts } from '@/lib/crm/registration';
import { forgetTab, loadTabReport, saveTabReport } from '@/lib/crm/tab-reports';
import { CallAssistDB } from '@/lib/db/schema';
import { PANEL_PORT, type PanelPortPush, panelPortRequestSchema } from '@/lib/messaging/protocol';
import { dispatch, type Handlers } from '@/lib/messaging/receive';
import { installBundledPacks } from '@/lib/pack/bundled';
import { loadActivePack } from '@/lib/pack/store';
import { readSettings } from '@/lib/settings';
import type { Browser } from 'wxt/browser';

export default defineBackground(() => {
  const db = new CallAssistDB();
  // Side panels following a tab; ports die with the worker, and panels reconnect.
  const panels = new Map<Browser.runtime.Port, number>();
  const ready = installBundledPacks(db).catch((error: unknown) => console.error('Bundled packs', error));

  function push(tabId: number, report: PanelPortPush['report']) {
    for (const [port, follow] of panels) {
      if (follow === tabId) port.postMessage({ tabId, report } satisfies PanelPortPush);
    }
  }

  const handlers = {
    'crm/adapter-for': async ({ url }) => {
      await ready;
      const active = await loadActivePack(db, (await readSettings()).packId);
      return { adapter: active.ok ? adapterFor(active.pack.crm.adapters, url) : null };
    },
    'crm/report': async (report, sender) => {
      if (sender.tabId === undefined) throw new Error('crm/report must come from a tab');
      await saveTabReport(sender.tabId, report);
      push(sender.tabId, report);
      return { ok: true as const };
    },
    'panel/get-context': async ({ tabId }) => ({ report: await loadTabReport(tabId) }),
    'crm/register-origins': async () => ({ registered: await syncContentScripts() }),
  } satisfies Handlers;

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.url }).then(sendResponse);
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      const request = panelPortRequestSchema.safeParse(message);
      if (!request.success) return;
      panels.set(port, request.data.follow);
      void loadTabReport(request.data.follow).then((report) =>
        port.postMessage({ tabId: request.data.follow, report } satisfies PanelPortPush),
      );
    });
    port.onDisconnect.addListener(() => panels.delete(port));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onStartup.addListener(() => void syncContentScripts().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void syncContentScripts().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncContentScripts().catch(() => undefined));
  // Chrome opens the side panel from the toolbar button; Firefox has its own sidebar button.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
