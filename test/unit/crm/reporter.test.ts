import type { CrmReport } from '@/lib/crm/context';
import { createReporter } from '@/lib/crm/reporter';
import type { Adapter } from '@/lib/pack/schema';

const adapter = { id: 'demo-crm' } as Adapter;

function setup(pages: Record<string, { key: string; amount: number } | null>) {
  const sent: CrmReport[] = [];
  let lookups = 0;
  let settles = 0;
  let settleAsked = false;
  let clock = 1000;
  const reporter = createReporter({
    adapterFor: async (url) => {
      lookups++;
      return url.includes('/crm/') ? adapter : null;
    },
    extract: (_adapter, url, now) => {
      const page = pages[url];
      if (!page) return { kind: 'none', adapterId: 'demo-crm', url, readAt: now, reason: 'no account' };
      return {
        kind: 'account',
        context: {
          adapterId: 'demo-crm',
          accountKey: page.key,
          fields: {
            overdueAmount: { raw: '', value: page.amount, parse: 'money', source: { label: '逾期金额' } },
          },
          problems: [],
          url,
          readAt: now,
        },
      };
    },
    send: async (report) => {
      sent.push(report);
    },
    now: () => clock++,
    settle: () => {
      settles++;
      settleAsked = true;
    },
  });
  /** One read, then the reads the reporter asks for, as the watcher does once the page is quiet. */
  const read = async (url: string, between?: () => void) => {
    await reporter.update(url);
    while (settleAsked) {
      settleAsked = false;
      between?.();
      await reporter.update(url);
    }
  };
  return { reporter, read, sent, lookups: () => lookups, settles: () => settles };
}

const summary = (r: CrmReport) =>
  r.kind === 'account' ? `${r.context.accountKey}:${r.context.fields.overdueAmount?.value}` : r.kind;

describe('the content script reporter', () => {
  it('sends a page once, however often the DOM changes without changing a value', async () => {
    const { read, sent, lookups } = setup({ 'http://h/crm/1': { key: 'CC1', amount: 100 } });
    await read('http://h/crm/1');
    await read('http://h/crm/1');
    await read('http://h/crm/1');
    expect(sent).toHaveLength(1);
    expect(lookups()).toBe(1);
  });

  it('sends again when a value or the account changes, and says "none" when it disappears', async () => {
    const pages: Record<string, { key: string; amount: number } | null> = {
      'http://h/crm/1': { key: 'CC1', amount: 100 },
      'http://h/crm/2': { key: 'CC2', amount: 200 },
      'http://h/crm/list': null,
    };
    const { read, sent } = setup(pages);
    await read('http://h/crm/1');
    pages['http://h/crm/1'] = { key: 'CC1', amount: 150 };
    await read('http://h/crm/1');
    await read('http://h/crm/2');
    await read('http://h/crm/list');
    expect(sent.map(summary)).toEqual(['CC1:100', 'CC1:150', 'CC2:200', 'none']);
  });

  it('reports "no adapter" for a page no adapter matches', async () => {
    const { read, sent } = setup({});
    await read('http://h/elsewhere');
    expect(sent).toEqual([
      expect.objectContaining({ kind: 'none', adapterId: null, reason: 'no adapter for this page' }),
    ]);
  });

  it('keeps the order of updates even when they overlap', async () => {
    const { reporter, sent } = setup({
      'http://h/crm/1': { key: 'CC1', amount: 1 },
      'http://h/crm/2': { key: 'CC2', amount: 2 },
    });
    // Each page read twice (a read and its confirmation), the second page's reads queued behind.
    await Promise.all([
      reporter.update('http://h/crm/1'),
      reporter.update('http://h/crm/1'),
      reporter.update('http://h/crm/2'),
      reporter.update('http://h/crm/2'),
    ]);
    expect(sent.map(summary)).toEqual(['CC1:1', 'CC2:2']);
  });

  it('sends the same page again after a reset', async () => {
    const { reporter, read, sent } = setup({ 'http://h/crm/1': { key: 'CC1', amount: 1 } });
    await read('http://h/crm/1');
    reporter.reset();
    await read('http://h/crm/1');
    expect(sent).toHaveLength(2);
  });

  it("never sends a new key with the previous account's amounts (two-step render)", async () => {
    const pages: Record<string, { key: string; amount: number } | null> = {
      'http://h/crm/1': { key: 'CC1', amount: 100 },
    };
    const { read, sent } = setup(pages);
    await read('http://h/crm/1');
    // Step one of the switch: the new key is shown, the amounts are still the old account's.
    pages['http://h/crm/2'] = { key: 'CC2', amount: 100 };
    await read('http://h/crm/2', () => {
      // Step two lands before the confirming read.
      pages['http://h/crm/2'] = { key: 'CC2', amount: 200 };
    });
    expect(sent.map(summary)).toEqual(['CC1:100', 'CC2:200']);
  });

  it('sends a new account, and a changed value, only after a second, identical read', async () => {
    const pages = { 'http://h/crm/1': { key: 'CC1', amount: 100 } };
    const { reporter, sent, settles } = setup(pages);
    await reporter.update('http://h/crm/1');
    expect(sent).toHaveLength(0);
    expect(settles()).toBe(1);
    await reporter.update('http://h/crm/1');
    expect(sent.map(summary)).toEqual(['CC1:100']);
    // An SPA may write the next customer's amounts before the key (red team 11): confirmed too.
    pages['http://h/crm/1'] = { key: 'CC1', amount: 90 };
    await reporter.update('http://h/crm/1');
    expect(sent.map(summary)).toEqual(['CC1:100']);
    expect(settles()).toBe(2);
    await reporter.update('http://h/crm/1');
    expect(sent.map(summary)).toEqual(['CC1:100', 'CC1:90']);
  });

  it('still sends a page whose values change on every read, after a bounded number of reads', async () => {
    const pages = { 'http://h/crm/1': { key: 'CC1', amount: 0 } };
    const { read, sent, settles } = setup(pages);
    await read('http://h/crm/1', () => {
      pages['http://h/crm/1'] = { key: 'CC1', amount: pages['http://h/crm/1'].amount + 1 };
    });
    expect(sent.map(summary)).toEqual(['CC1:5']);
    expect(settles()).toBe(5);
  });

  it('asks for the adapter again after forgetAdapter (the active pack changed)', async () => {
    const { reporter, read, lookups } = setup({ 'http://h/crm/1': { key: 'CC1', amount: 1 } });
    await read('http://h/crm/1');
    expect(lookups()).toBe(1);
    reporter.forgetAdapter();
    await read('http://h/crm/1');
    expect(lookups()).toBe(2);
  });
});
