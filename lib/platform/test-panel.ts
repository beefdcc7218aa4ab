/**
 * E2E builds only: WebDriver BiDi refuses to navigate to `moz-extension://` URLs, so the Firefox tests
 * cannot open the panel page themselves. A CRM page loaded with {@link TEST_PANEL_HASH} makes the
 * background open `sidepanel.html?tab=N` following that tab, and the test finds that page.
 */
export const TEST_PANEL_HASH = '#call-assist-test-panel';

export function openPanelTabsForTests(): void {
  const opened = new Set<number>();
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url?.endsWith(TEST_PANEL_HASH) || opened.has(tabId)) return;
    opened.add(tabId);
    void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`), active: true });
  });
  browser.tabs.onRemoved.addListener((tabId) => opened.delete(tabId));
}
