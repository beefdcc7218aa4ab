/**
 * The panel's connections to the browser: which tab it follows, that tab's CRM report (pushed by
 * the background over a port) and the settings. Everything the sections show comes through here
 * or the workspace, so the sections themselves stay free of `browser`.
 */
import { useEffect, useState } from 'react';
import type { CrmReport } from '@/lib/crm/context';
import type { MessageKey } from '@/lib/i18n';
import { PANEL_PORT, panelPortPushSchema } from '@/lib/messaging/protocol';
import { onSettingsChanged, readSettings, type Settings } from '@/lib/settings';

/** `?tab=N` pins the tab (a panel opened as a tab is itself the active tab); else the active tab. */
export function useFollowedTab(search: string): number | null {
  const pinned = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(pinned) ? pinned : null);

  useEffect(() => {
    if (Number.isInteger(pinned)) return;
    let windowId: number | undefined;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    };
    void refresh();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);

  return tabId;
}

export type ReportState = { status: 'loading' } | { status: 'ready'; report: CrmReport | null };

/**
 * The message keys for a page without an account: why the background cleared the customer when it
 * did (the tab left the CRM, or loads another page; issue 15 item 10), else "no account here".
 */
export function noAccountKeys(report: CrmReport & { kind: 'none' }): { title: MessageKey; hint: MessageKey } {
  if (report.cause === 'left') return { title: 'header.left', hint: 'header.leftHint' };
  if (report.cause === 'loading') return { title: 'header.reloading', hint: 'header.reloadingHint' };
  return { title: 'header.none', hint: 'header.noneHint' };
}

export function useCrmReport(tabId: number | null): ReportState {
  const [state, setState] = useState<{ tabId: number | null; value: ReportState }>({
    tabId,
    value: { status: 'loading' },
  });

  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const connect = () => {
      port = browser.runtime.connect({ name: PANEL_PORT });
      port.onMessage.addListener((message: unknown) => {
        const push = panelPortPushSchema.safeParse(message);
        if (!push.success || push.data.tabId !== tabId) return;
        setState({ tabId, value: { status: 'ready', report: push.data.report } });
      });
      // The service worker is stopped when idle; reconnect so pushes keep coming.
      port.onDisconnect.addListener(() => {
        if (!stopped) retry = setTimeout(connect, 250);
      });
      port.postMessage({ follow: tabId });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      port?.disconnect();
    };
  }, [tabId]);

  // A report that belongs to another tab is never shown, not even for one render.
  return state.tabId === tabId ? state.value : { status: 'loading' };
}

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return settings;
}
