import type { CrmReport } from '@/lib/crm/context';
import { createReporter } from '@/lib/crm/reporter';
import type { Adapter } from '@/lib/pack/schema';

const adapter = { id: 'demo-crm' } as Adapter;

function setup(pages: Record<string, { key: string; amount: number } | null>) {
  const sent: CrmReport[] = [];
  let lookups = 0;
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
  });
  return { reporter, sent, lookups: () => lookups };
}

const summary = (r: CrmReport) =>
  r.kind === 'account' ? `${r.context.accountKey}:${r.context.fields.overdueAmount?.value}` : r.kind;

describe('the content script reporter', () => {
  it('sends a page once, however often the DOM changes without changing a value', async () => {
    const { reporter, sent, lookups } = setup({ 'http://h/crm/1': { key: 'CC1', amount: 100 } });
    await reporter.update('http://h/crm/1');
    await reporter.update('http://h/crm/1');
    await reporter.update('http://h/crm/1');
    expect(sent).toHaveLength(1);
    expect(lookups()).toBe(1);
  });

  it('sends again when a value or the account changes, and says "none" when it disappears', async () => {
    const pages: Record<string, { key: string; amount: number } | null> = {
      'http://h/crm/1': { key: 'CC1', amount: 100 },
      'http://h/crm/2': { key: 'CC2', amount: 200 },
      'http://h/crm/list': null,
    };
    const { reporter, sent } = setup(pages);
    await reporter.update('http://h/crm/1');
    pages['http://h/crm/1'] = { key: 'CC1', amount: 150 };
    await reporter.update('http://h/crm/1');
    await reporter.update('http://h/crm/2');
    await reporter.update('http://h/crm/list');
    expect(sent.map(summary)).toEqual(['CC1:100', 'CC1:150', 'CC2:200', 'none']);
  });

  it('reports "no adapter" for a page no adapter matches', async () => {
    const { reporter, sent } = setup({});
    await reporter.update('http://h/elsewhere');
    expect(sent).toEqual([
      expect.objectContaining({ kind: 'none', adapterId: null, reason: 'no adapter for this page' }),
    ]);
  });

  it('keeps the order of updates even when they overlap', async () => {
    const { reporter, sent } = setup({
      'http://h/crm/1': { key: 'CC1', amount: 1 },
      'http://h/crm/2': { key: 'CC2', amount: 2 },
    });
    await Promise.all([reporter.update('http://h/crm/1'), reporter.update('http://h/crm/2')]);
    expect(sent.map(summary)).toEqual(['CC1:1', 'CC2:2']);
  });

  it('sends the same page again after a reset', async () => {
    const { reporter, sent } = setup({ 'http://h/crm/1': { key: 'CC1', amount: 1 } });
    await reporter.update('http://h/crm/1');
    reporter.reset();
    await reporter.update('http://h/crm/1');
    expect(sent).toHaveLength(2);
  });
});
