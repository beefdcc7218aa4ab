/**
 * Browser quirks, in one place (issue 18): what differs between Chrome/Edge and Firefox at run time.
 * The background calls `installPlatformQuirks()` once; nothing else in the extension branches on the
 * browser. Manifest differences live in `wxt.config.ts`.
 */
import { openPanelTabsForTests } from './test-panel';

/** WXT's build target (`wxt build -b firefox`). */
export const IS_FIREFOX = import.meta.env.FIREFOX === true;

/** Whether match patterns may name a port: Chrome/Edge yes; Firefox no (bug 1362809). */
export const MATCH_PATTERN_PORTS = !IS_FIREFOX;

/**
 * The toolbar button opens the panel. Chrome/Edge: the side panel opens itself on a click once told
 * to. Firefox has no `sidePanel`; its sidebar is toggled from the click (`sidebarAction.toggle()` must
 * run inside the click handler, as a user action).
 */
export function wireToolbarButton(firefox = IS_FIREFOX): void {
  if (firefox) {
    browser.action.onClicked.addListener(() => void firefoxSidebar()?.toggle());
    return;
  }
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}

/** Firefox's `sidebarAction`, which `wxt/browser`'s Chrome-shaped types do not declare. */
function firefoxSidebar(): { toggle(): Promise<void> } | undefined {
  return (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
}

export function installPlatformQuirks(): void {
  wireToolbarButton();
  // Only in the e2e build (`WXT_E2E_PANEL_TABS=1`): the bundler drops it from every other build.
  if (import.meta.env.WXT_E2E_PANEL_TABS === '1') openPanelTabsForTests();
}
