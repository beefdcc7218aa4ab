import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installStudioMenu, type MenusApi, STUDIO_MENU_ID } from '@/lib/background/studio-menu';

function fakeMenus() {
  const items: { id: string; contexts: string[] }[] = [];
  const listeners: ((info: { menuItemId: string | number }) => void)[] = [];
  const menus: MenusApi = {
    removeAll: async () => {
      items.length = 0;
    },
    create: (item) => items.push(item),
    onClicked: { addListener: (listener) => listeners.push(listener) },
  };
  return {
    menus,
    items,
    click: (id: string) => {
      for (const l of listeners) l({ menuItemId: id });
    },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `msg:${name}`);
});

describe('installStudioMenu', () => {
  it('adds one toolbar-button item, also after a restart, that opens the Studio page', async () => {
    const { menus, items, click } = fakeMenus();
    const opened: string[] = [];
    await installStudioMenu(menus, (url) => opened.push(url));
    await installStudioMenu(menus, (url) => opened.push(url));
    expect(items).toEqual([{ id: STUDIO_MENU_ID, title: 'msg:menuOpenStudio', contexts: ['action'] }]);
    click('something-else');
    expect(opened).toEqual([]);
    click(STUDIO_MENU_ID);
    expect(opened.at(-1)).toMatch(/\/studio\.html$/);
  });
});
