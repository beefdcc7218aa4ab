import { createTabContext } from '@/lib/background/tab-context';
import type { CrmReport } from '@/lib/crm/context';
import type { TabReport } from '@/lib/crm/tab-reports';

const CRM = 'http://crm.bank.cn/accounts/CC1';

function accountReport(key: string, url = CRM): CrmReport {
  return {
    kind: 'account',
    context: { adapterId: 'demo-crm', accountKey: key, fields: {}, problems: [], url, readAt: 1 },
  };
}

function setup({ alive = new Set<string>(), withheld = false } = {}) {
  const stored = new Map<number, TabReport>();
  const pushed: [number, CrmReport | null][] = [];
  const pings: string[] = [];
  const tabs = createTabContext({
    load: async (tabId) => stored.get(tabId) ?? null,
    save: async (tabId, entry) => {
      stored.set(tabId, entry);
    },
    forget: async (tabId) => {
      stored.delete(tabId);
    },
    push: (tabId, report) => pushed.push([tabId, report]),
    isCrmUrl: async (url) => url.startsWith('http://crm.bank.cn/'),
    tabUrl: async () => (withheld ? undefined : CRM),
    answers: async (_tabId, documentId) => {
      pings.push(documentId);
      return alive.has(documentId);
    },
    now: () => 42,
  });
  const last = () => pushed.at(-1)?.[1];
  return { tabs, stored, pushed, pings, last, alive };
}

describe('the background tab context', () => {
  it('never answers a panel that starts following with a read older than a report pushed to it', async () => {
    const stored = new Map<number, TabReport>();
    const panel: (CrmReport | null)[] = [];
    let releaseRead: () => void = () => undefined;
    let reads = 0;
    const tabs = createTabContext({
      // The first read (the panel's) is slow: the content script reports while it is pending.
      load: async (tabId) => {
        const entry = stored.get(tabId) ?? null;
        if (reads++ === 0) await new Promise<void>((resolve) => (releaseRead = resolve));
        return entry;
      },
      save: async (tabId, entry) => {
        stored.set(tabId, entry);
      },
      forget: async () => undefined,
      push: (_tabId, report) => panel.push(report),
      isCrmUrl: async () => true,
      tabUrl: async () => CRM,
      answers: async () => true,
      now: () => 42,
    });
    const following = tabs.follow(7, (report) => panel.push(report));
    const reported = tabs.report(7, accountReport('CC1'), 'doc-a');
    await Promise.resolve();
    releaseRead();
    await Promise.all([following, reported]);
    expect(panel.at(-1)).toEqual(accountReport('CC1'));
    expect(panel).toEqual([null, accountReport('CC1')]);
  });

  it('stores and pushes a report with the document that sent it', async () => {
    const { tabs, stored, last } = setup();
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    expect(stored.get(7)).toEqual({ report: accountReport('CC1'), documentId: 'doc-a' });
    expect(last()).toEqual(accountReport('CC1'));
    expect(await tabs.load(7)).toEqual(accountReport('CC1'));
  });

  it('clears the account when the tab goes to a URL no adapter reads, and says so', async () => {
    const { tabs, stored, last, pings } = setup();
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    await tabs.updated(7, { status: 'loading', url: 'https://www.baidu.com/' });
    expect(last()).toEqual({
      kind: 'none',
      adapterId: 'demo-crm',
      url: 'https://www.baidu.com/',
      readAt: 42,
      reason: 'the tab left the CRM',
      cause: 'left',
    });
    expect(stored.get(7)?.report.kind).toBe('none');
    expect(pings).toEqual([]);
  });

  it('clears the account when another page loads in its place (the old document is gone)', async () => {
    const { tabs, last } = setup();
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    await tabs.updated(7, { status: 'loading' });
    expect(last()).toMatchObject({ kind: 'none', cause: 'loading', url: CRM });
  });

  it('keeps the account through an SPA navigation: the same document still answers', async () => {
    const { tabs, pushed, pings } = setup({ alive: new Set(['doc-a']) });
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    await tabs.updated(7, { status: 'loading', url: 'http://crm.bank.cn/accounts/CC2' });
    expect(pings).toEqual(['doc-a']);
    expect(pushed).toHaveLength(1);
  });

  it('clears the account when the browser withholds the new URL: not a granted origin, so not the CRM', async () => {
    const { tabs, last, pings } = setup({ alive: new Set(['doc-a']), withheld: true });
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    await tabs.updated(7, { status: 'loading' });
    expect(last()).toMatchObject({ kind: 'none', cause: 'left', url: CRM });
    expect(pings).toEqual([]);
  });

  it('clears the account when the loaded page is another document, even if no loading event was seen', async () => {
    const { tabs, last } = setup();
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    await tabs.updated(7, { status: 'complete' });
    expect(last()).toMatchObject({ kind: 'none', cause: 'loading' });
  });

  it('does nothing for tabs without an account, or for updates that are not navigation', async () => {
    const { tabs, pushed, pings } = setup({ alive: new Set(['doc-a']) });
    await tabs.updated(3, { status: 'loading', url: 'https://www.baidu.com/' });
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    await tabs.updated(7, { title: 'CRM' } as never);
    await tabs.updated(7, { status: 'complete' });
    await tabs.report(8, { kind: 'none', adapterId: null, url: CRM, readAt: 1, reason: 'x' }, 'doc-b');
    await tabs.updated(8, { status: 'loading', url: 'https://www.baidu.com/' });
    expect(pushed).toHaveLength(2);
    // Only the loaded page was checked: its document still answers, so nothing was cleared.
    expect(pings).toEqual(['doc-a']);
  });

  it('handles a report and a navigation in arrival order, so a new page is never cleared', async () => {
    const { tabs, last } = setup({ alive: new Set(['doc-b']) });
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    // The navigation check and the new page's first report arrive back to back.
    await Promise.all([
      tabs.updated(7, { status: 'loading' }),
      tabs.report(7, accountReport('CC2'), 'doc-b'),
    ]);
    expect(last()).toEqual(accountReport('CC2'));
  });

  it('forgets a closed tab', async () => {
    const { tabs, stored } = setup();
    await tabs.report(7, accountReport('CC1'), 'doc-a');
    await tabs.removed(7);
    expect(stored.has(7)).toBe(false);
  });
});
