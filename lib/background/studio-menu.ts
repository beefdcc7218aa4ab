/**
 * The toolbar button's own menu (right-click on the button): "Open the Pack Studio" (issue 17
 * item 1), with the `action` context: Chrome/Edge call it `contextMenus` (that permission), Firefox
 * `menus` (that permission, and then only `browser.menus` exists: test/e2e-firefox/studio-menu.spec.ts).
 * The item is re-created on every start (removeAll first), so a worker restart never duplicates it.
 */
export const STUDIO_MENU_ID = 'open-studio';
export const STUDIO_PAGE = '/studio.html';

/** The part of `contextMenus` used here (injected in tests). */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(item: { id: string; title: string; contexts: ['action'] }): unknown;
  onClicked: { addListener(listener: (info: { menuItemId: string | number }) => void): void };
}

/** Firefox's `menus`, which `wxt/browser`'s Chrome-shaped types do not declare, else `contextMenus`. */
function platformMenus(): MenusApi | undefined {
  return (browser as unknown as { menus?: MenusApi }).menus ?? browser.contextMenus;
}

export async function installStudioMenu(
  menus: MenusApi | undefined = platformMenus(),
  open: (url: string) => unknown = (url) => browser.tabs.create({ url }),
): Promise<void> {
  if (!menus) return;
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === STUDIO_MENU_ID) void open(browser.runtime.getURL(STUDIO_PAGE));
  });
  await menus.removeAll();
  menus.create({
    id: STUDIO_MENU_ID,
    title: browser.i18n.getMessage('menuOpenStudio'),
    contexts: ['action'],
  });
}
