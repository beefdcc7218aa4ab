/**
 * The toolbar button's own menu (right-click on the button): "Open the Pack Studio" (issue 17
 * item 1). `contextMenus` with the `action` context; Chrome/Edge need the `contextMenus`
 * permission, Firefox the `menus` one, which also serves the `contextMenus` namespace. The item
 * is re-created on every start (removeAll first), so a worker restart never duplicates it.
 */
export const STUDIO_MENU_ID = 'open-studio';
export const STUDIO_PAGE = '/studio.html';

/** The part of `contextMenus` used here (injected in tests). */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(item: { id: string; title: string; contexts: ['action'] }): unknown;
  onClicked: { addListener(listener: (info: { menuItemId: string | number }) => void): void };
}

export async function installStudioMenu(
  menus: MenusApi | undefined = browser.contextMenus,
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
