// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ACCOUNTS } from '../../../demo/crm/accounts.js';
import { type AccountContext, bucketOf } from '../../../lib/crm/context';
import { extractAccount } from '../../../lib/crm/extract';
import { watchCrm } from '../../../lib/crm/watch';
import { demoAdapter } from '../../fixtures/crm/demo-adapter';

const NOW = Date.UTC(2026, 8, 1);

function read(): ReturnType<typeof extractAccount> {
  return extractAccount(document, demoAdapter, NOW);
}

function context(): AccountContext {
  const report = read();
  if (report.kind !== 'account') throw new Error(`no account: ${report.reason}`);
  return report.context;
}

function open(key: string): void {
  const link = document.querySelector<HTMLAnchorElement>(`#account-list li[data-key="${key}"] a`);
  if (!link) throw new Error(`no link for ${key}`);
  link.click();
}

function button(id: string): HTMLButtonElement {
  return document.getElementById(id) as HTMLButtonElement;
}

beforeAll(async () => {
  // Load the real index.html and app.js, as the browser would.
  const html = readFileSync(resolve(import.meta.dirname, '../../../demo/crm/index.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  history.replaceState(null, '', '/');
  await import('../../../demo/crm/app.js');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the demo CRM rendered in jsdom', () => {
  it('starts on the queue with no account open', () => {
    expect(document.querySelectorAll('#account-list li')).toHaveLength(ACCOUNTS.length);
    expect(ACCOUNTS.length).toBeGreaterThanOrEqual(10);
    expect(read()).toMatchObject({ kind: 'none', reason: 'accountKey not found: #account' });
    expect(document.getElementById('agent')?.textContent).toContain('A1024');
  });

  it('navigates with pushState, without a reload, and the adapter reads every account', () => {
    for (const account of ACCOUNTS) {
      open(account.key);
      expect(location.pathname).toBe(`/accounts/${account.key}`);
      const read = context();
      expect(read.accountKey).toBe(account.key);
      expect(read.fields.name?.value).toBe(account.name);
      expect(read.fields.flags?.value).toEqual(account.flags);
      expect(read.fields.hardship?.value).toBe(account.hardship);
      expect(read.callState).toEqual({ raw: '空闲', active: false });
      if (account.key !== 'CC20240011') {
        expect(read.problems, account.key).toEqual([]);
        expect(read.fields.overdueAmount?.value).toBe(account.overdueAmount);
        expect(read.fields.balance?.value).toBe(account.balance);
        expect(read.fields.minimumDue?.value).toBe(account.minimumDue);
        expect(read.fields.dpd?.value).toBe(account.dpd);
        expect(read.fields.dueDate?.value).toBe(account.dueDate);
        expect(read.fields.timezone?.value).toBe(account.timezone);
        expect(read.fields.brokenPromises?.value).toBe(account.brokenPromises);
      }
      expect(document.querySelector('#account-list a[aria-current="page"]')?.closest('li')?.dataset.key).toBe(
        account.key,
      );
    }
  });

  it('the zh-CN pack reads every field of every demo account; both read the agent from the CRM header', async () => {
    const { default: zh } = await import('../../../lib/pack/defaults/zh-CN.json');
    const { default: en } = await import('../../../lib/pack/defaults/en-US.json');
    for (const pack of [zh, en]) {
      const adapter = pack.crm.adapters.find((a) => a.id === 'demo-crm') as unknown as typeof demoAdapter;
      for (const account of ACCOUNTS) {
        open(account.key);
        const report = extractAccount(document, adapter, NOW);
        if (report.kind !== 'account') throw new Error(`no account: ${report.reason}`);
        const read = report.context;
        // Never having talked to the debtor is a 无, shown as such; every other field is read.
        const problems = read.problems.filter((p) => p.field !== 'lastConversation');
        // The en-US adapter also reads US fields (state, validation) only the US demo accounts show.
        if (pack.id === 'default-zh-CN' && account.key !== 'CC20240011')
          expect(problems, `${pack.id} ${account.key}`).toEqual([]);
        expect(read.fields.agentName?.value).toBe('李娜');
        expect(read.fields.agentId?.value).toBe('A1024');
      }
    }
  });

  it('covers the buckets and special cases the packs segment on', () => {
    const byKey = new Map<string, AccountContext>();
    for (const account of ACCOUNTS) {
      open(account.key);
      byKey.set(account.key, context());
    }
    const dpds = [...byKey.values()].map((c) => c.fields.dpd?.value).filter((d) => typeof d === 'number');
    const buckets = new Set(dpds.map((d) => bucketOf(d)));
    for (const bucket of ['M1', 'M2', 'M3', 'M4', 'M6+']) expect(buckets).toContain(bucket);
    expect(dpds.some((d) => d <= 15)).toBe(true);
    const all = [...byKey.values()];
    const flagged = (c: AccountContext, flag: string) => {
      const flags = c.fields.flags?.value;
      return Array.isArray(flags) && flags.includes(flag);
    };
    expect(all.some((c) => flagged(c, 'hardship') && c.fields.hardship?.value === true)).toBe(true);
    expect(all.some((c) => flagged(c, 'complaint'))).toBe(true);
    expect(all.some((c) => flagged(c, 'attorney'))).toBe(true);
    expect(all.some((c) => c.fields.brokenPromises?.value === 3)).toBe(true);
    const la = all.find((c) => c.fields.timezone?.value === 'America/Los_Angeles');
    expect(la?.fields.phone?.value).toMatch(/^\+1\d{10}$/);
  });

  it('shows the account with missing fields as missing', () => {
    open('CC20240011');
    expect(context().problems).toEqual([
      { field: 'overdueAmount', problem: 'missing', required: true },
      { field: 'minimumDue', problem: 'missing', required: false, raw: '暂无' },
      { field: 'dpd', problem: 'unparseable', required: true, raw: '未知' },
    ]);
  });

  it('moves the call state 空闲 → 振铃中 → 通话中 → 已结束', async () => {
    open('CC20240001');
    vi.useFakeTimers();
    expect(button('hang-up').disabled).toBe(true);
    button('dial').click();
    expect(context().callState).toEqual({ raw: '振铃中', active: false });
    expect(button('dial').disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(context().callState).toEqual({ raw: '通话中', active: true });
    await vi.advanceTimersByTimeAsync(12_000);
    expect(document.getElementById('call-timer')?.textContent).toBe('通话时长 00:12');
    button('hang-up').click();
    expect(context().callState).toEqual({ raw: '已结束', active: false });
    expect(button('dial').disabled).toBe(false);
    const logged = [...document.querySelectorAll('#contact-history tbody tr:first-child td')].map(
      (td) => td.textContent,
    );
    expect(logged[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(logged.slice(1, 4)).toEqual(['电话外呼', '138****8000', '已接通']);
  });

  it('resets the call when the agent moves to another account', async () => {
    open('CC20240002');
    button('dial').click();
    open('CC20240003');
    expect(context().callState).toEqual({ raw: '空闲', active: false });
  });

  it('switches tabs by #hash and keeps the call going', async () => {
    open('CC20240009');
    button('dial').click();
    expect(document.getElementById('panel-repayments')?.hidden).toBe(false);
    location.hash = '#contacts';
    await vi.waitFor(() => expect(document.getElementById('panel-contacts')?.hidden).toBe(false));
    expect(document.getElementById('panel-repayments')?.hidden).toBe(true);
    expect(document.getElementById('tab-contacts')?.getAttribute('aria-selected')).toBe('true');
    expect(context().callState?.raw).toBe('振铃中');
    expect(context().accountKey).toBe('CC20240009');
  });

  it('goes back with the browser history (popstate)', async () => {
    open('CC20240004');
    open('CC20240005');
    history.back();
    await vi.waitFor(() => expect(context().accountKey).toBe('CC20240004'));
    history.forward();
    await vi.waitFor(() => expect(context().accountKey).toBe('CC20240005'));
  });

  it('keeps CRM text as text in the remark box', () => {
    open('CC20240001');
    location.hash = '';
    const box = document.getElementById('crm-remark') as HTMLTextAreaElement;
    box.value = '<img src=x onerror=alert(1)> 客户承诺周五还款';
    (box.form as HTMLFormElement).requestSubmit();
    const item = document.querySelector('.remarks li');
    expect(item?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.remarks img')).toBeNull();
  });

  it('shows a not-found page for an unknown key, which reads as no account', async () => {
    history.pushState(null, '', '/accounts/CC29999999');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(document.getElementById('not-found')).not.toBeNull();
    expect(read().kind).toBe('none');
  });

  it('wakes the watcher on navigation, so the content script reads the new account', async () => {
    open('CC20240001');
    const controller = new AbortController();
    const seen: string[] = [];
    watchCrm({
      window,
      signal: controller.signal,
      onChange: () => {
        const report = read();
        seen.push(report.kind === 'account' ? report.context.accountKey : 'none');
      },
    });
    open('CC20240007');
    await vi.waitFor(() => expect(seen).toEqual(['CC20240001', 'CC20240007']));
    controller.abort();
  });
});
