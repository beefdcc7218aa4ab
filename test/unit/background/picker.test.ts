import { fakeBrowser } from 'wxt/testing/fake-browser';
import { crmTabs, pickOnTab, readTab } from '@/lib/background/picker';
import { probeAdapter } from '@/lib/studio/picker-probe';

const GRANTED = 'https://crm.bank.cn';

/** The browser as the background sees it: tabs, the granted origin, and what the page returns. */
async function setup(pageReturns: unknown) {
  fakeBrowser.reset();
  const crm = await fakeBrowser.tabs.create({ url: `${GRANTED}/accounts/CC1` });
  const other = await fakeBrowser.tabs.create({ url: 'https://mail.example.com/' });
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async ({ origins }) =>
    (origins ?? []).every((o) => o === `${GRANTED}/*`),
  );
  const injected: unknown[] = [];
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (options: unknown) => {
    injected.push(options);
    return [{ frameId: 0, documentId: 'd', result: pageReturns }];
  }) as never);
  return { crm: crm.id ?? -1, other: other.id ?? -1, injected };
}

afterEach(() => vi.restoreAllMocks());

describe('the background’s picker (issue 17 item 6)', () => {
  it('lists only tabs on granted CRM origins', async () => {
    const { crm } = await setup(null);
    expect((await crmTabs()).tabs.map((tab) => tab.tabId)).toEqual([crm]);
  });

  it('injects the picker file, then calls it, only into a granted tab', async () => {
    const picked = { text: '¥1.00', selector: 'td', label: '逾期金额', labelWorks: true };
    const { crm, other, injected } = await setup(picked);
    expect(await pickOnTab(crm, 'click')).toEqual({ picked });
    expect(injected[0]).toEqual({ target: { tabId: crm }, files: ['/picker.js'] });
    expect(injected[1]).toMatchObject({ target: { tabId: crm }, args: ['click'] });
    await expect(pickOnTab(other, 'click')).rejects.toThrow('not on a granted CRM address');
    expect(injected).toHaveLength(2);
  });

  it('refuses what a hostile page sends back beyond the label, selector and text', async () => {
    const { crm } = await setup({ text: 'x', selector: null, label: null, labelWorks: false, html: '<x>' });
    await expect(pickOnTab(crm, 'click')).rejects.toThrow();
    const broken = await setup({ kind: 'account', context: { adapterId: 'x' } });
    await expect(readTab(broken.crm, probeAdapter({}))).rejects.toThrow();
  });
});
