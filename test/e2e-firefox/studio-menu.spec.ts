/**
 * The toolbar button's "Open the Pack Studio" item on Firefox (issue 17 item 1): with the `menus`
 * permission only `browser.menus` exists; the background created the item there (updating an item
 * that does not exist rejects), and the Studio page opens from the URL the item opens.
 */
import { expect, extensionPage, openCrm, test } from '../e2e/firefox-fixtures';

test('Firefox: the toolbar menu item exists in `menus`, and the Studio page opens', async ({
  firefox,
  crmUrl,
}) => {
  const { panel } = await openCrm(firefox, `${crmUrl}/accounts/CC20240002`);
  // The background makes the item when its worker starts, which may still be under way: wait for it.
  await expect
    .poll(() =>
      panel.evaluate(async () => {
        const b = (
          globalThis as unknown as {
            browser: {
              menus?: { update(id: string, change: object): Promise<void> };
              contextMenus?: unknown;
            };
          }
        ).browser;
        const created = await b.menus?.update('open-studio', {}).then(
          () => true,
          () => false,
        );
        return { created, contextMenus: typeof b.contextMenus };
      }),
    )
    .toEqual({ created: true, contextMenus: 'undefined' });
  await panel.evaluate(() => {
    const b = (
      globalThis as unknown as {
        browser: {
          tabs: { create(o: { url: string }): Promise<unknown> };
          runtime: { getURL(p: string): string };
        };
      }
    ).browser;
    void b.tabs.create({ url: b.runtime.getURL('/studio.html') });
  });
  await expect.poll(async () => (await extensionPage(firefox, '/studio.html')) !== undefined).toBe(true);
});
