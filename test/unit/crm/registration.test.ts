import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runtimeOrigins, syncContentScripts } from '@/lib/crm/registration';

// WXT's fake browser has no `permissions` or `scripting`: stub the calls the registration makes.
type Registered = { id: string; js: string[]; matches: string[] };

function stubBrowser(
  granted: string[],
  manifestMatches: string[],
  openTabs: { id: number; url: string }[] = [],
) {
  const registered: Registered[] = [];
  const injected: number[] = [];
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.permissions = { getAll: async () => ({ origins: granted, permissions: [] }) };
  b.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      registered.filter((r) => ids.includes(r.id)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids)
        registered.splice(
          registered.findIndex((r) => r.id === id),
          1,
        );
    },
    registerContentScripts: async (scripts: Registered[]) => {
      registered.push(...scripts);
    },
    executeScript: async ({ target }: { target: { tabId: number } }) => {
      injected.push(target.tabId);
      return [];
    },
  };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '1',
    content_scripts: [{ matches: manifestMatches, js: ['content-scripts/crm.js'] }],
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => openTabs as never);
  return { registered, injected };
}

afterEach(() => vi.restoreAllMocks());

describe('CRM origins granted at run time', () => {
  it('registers the content script for granted origins the manifest does not already cover', async () => {
    const { registered, injected } = stubBrowser(
      ['http://127.0.0.1/*', 'https://crm.bank.cn/*', 'chrome://favicon/*'],
      ['http://127.0.0.1/*'],
      [{ id: 7, url: 'https://crm.bank.cn/accounts/1' }],
    );
    expect(await runtimeOrigins()).toEqual(['https://crm.bank.cn/*']);
    expect(await syncContentScripts()).toEqual(['https://crm.bank.cn/*']);
    expect(registered).toEqual([
      expect.objectContaining({
        id: 'call-assist-crm',
        js: ['/content-scripts/crm.js'],
        matches: ['https://crm.bank.cn/*'],
      }),
    ]);
    // A tab already open on the new origin gets the script now, not on its next reload.
    expect(injected).toEqual([7]);
  });

  it('replaces its registration instead of adding a second one, and removes it when nothing is granted', async () => {
    const { registered } = stubBrowser(['https://crm.bank.cn/*'], []);
    await syncContentScripts();
    await syncContentScripts();
    expect(registered).toHaveLength(1);
    const b = fakeBrowser as unknown as { permissions: { getAll: () => Promise<unknown> } };
    b.permissions.getAll = async () => ({ origins: [] });
    expect(await syncContentScripts()).toEqual([]);
    expect(registered).toHaveLength(0);
  });
});
