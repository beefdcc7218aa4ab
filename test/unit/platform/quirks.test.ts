import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wireToolbarButton } from '@/lib/platform/quirks';

const tab = {
  id: 7,
  index: 0,
  pinned: false,
  highlighted: false,
  windowId: 1,
  active: true,
  incognito: false,
};

describe('the toolbar button (issue 18)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('on Firefox, a click toggles the sidebar, each click again', async () => {
    const toggle = vi.fn(async () => undefined);
    Object.assign(browser, { sidebarAction: { toggle } });
    wireToolbarButton(true);
    await fakeBrowser.action.onClicked.trigger(tab as Browser.tabs.Tab);
    await fakeBrowser.action.onClicked.trigger(tab as Browser.tabs.Tab);
    expect(toggle).toHaveBeenCalledTimes(2);
  });

  it('on Chrome/Edge, the side panel is told to open on a click, and no click handler is added', async () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    const toggle = vi.fn(async () => undefined);
    Object.assign(browser, { sidePanel: { setPanelBehavior }, sidebarAction: { toggle } });
    wireToolbarButton(false);
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    await fakeBrowser.action.onClicked.trigger(tab as Browser.tabs.Tab);
    expect(toggle).not.toHaveBeenCalled();
  });
});
