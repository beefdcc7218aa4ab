// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AccountContext, CrmReport } from '../../../lib/crm/context';
import { extractAccount, fieldSourceText } from '../../../lib/crm/extract';
import type { Adapter } from '../../../lib/pack/schema';
import { demoAdapter } from '../../fixtures/crm/demo-adapter';

const NOW = Date.UTC(2026, 8, 1, 2, 0);
const URL_A = 'http://127.0.0.1:5178/accounts/CC20240001';

/** A fixture as its own document (DOMParser: scripts never run, as in a content script's read). */
function page(name: string): Document {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/crm', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function account(report: CrmReport): AccountContext {
  if (report.kind !== 'account') throw new Error(`expected an account, got: ${report.reason}`);
  return report.context;
}

const values = (context: AccountContext) =>
  Object.fromEntries(Object.entries(context.fields).map(([name, reading]) => [name, reading.value]));

describe('extractAccount on the demo contract', () => {
  it('reads every field of a complete account page', () => {
    const context = account(extractAccount(page('account-full.html'), demoAdapter, NOW, URL_A));
    expect(context.accountKey).toBe('CC20240001');
    expect(context.adapterId).toBe('demo-crm');
    expect(context.url).toBe(URL_A);
    expect(context.readAt).toBe(NOW);
    expect(values(context)).toEqual({
      accountKey: 'CC20240001',
      name: '张伟',
      overdueAmount: 1_234_567,
      balance: 3_800_000,
      minimumDue: 123_450,
      dpd: 75,
      dueDate: '2026-09-15',
      phone: '13800138000',
      region: '上海市',
      timezone: 'Asia/Shanghai',
      flags: ['complaint', 'hardship'],
      hardship: true,
      brokenPromises: 2,
      cardLast4: '1234',
      product: '白金卡',
    });
    expect(context.problems).toEqual([]);
    expect(context.callState).toEqual({ raw: '通话中', active: true });
  });

  it('records where each value came from and the raw text', () => {
    const context = account(extractAccount(page('account-full.html'), demoAdapter, NOW));
    expect(context.fields.overdueAmount).toEqual({
      raw: '¥12,345.67',
      value: 1_234_567,
      parse: 'money',
      source: { label: '逾期金额' },
    });
    expect(context.fields.name?.source).toEqual({ selector: '#customer-name' });
    expect(context.fields.dpd?.raw).toBe('75 天');
    expect(context.fields.flags?.raw).toBe('complaint,hardship');
  });

  it('skips a list header with the same text as a label (no value beside it)', () => {
    // account-full.html has <th>逾期金额</th> in the account list before the facts.
    const context = account(extractAccount(page('account-full.html'), demoAdapter, NOW));
    expect(context.fields.overdueAmount?.raw).toBe('¥12,345.67');
  });

  it('uses the url it is given, else the document location', () => {
    expect(account(extractAccount(page('account-full.html'), demoAdapter, NOW, 'http://x/y')).url).toBe(
      'http://x/y',
    );
    const long = `http://127.0.0.1/accounts/CC20240001?q=${'x'.repeat(5000)}`;
    expect(account(extractAccount(page('account-full.html'), demoAdapter, NOW, long)).url).toHaveLength(4000);
    history.replaceState(null, '', '/accounts/CC20240001');
    document.body.replaceWith(document.importNode(page('account-full.html').body, true));
    expect(account(extractAccount(document, demoAdapter, NOW)).url).toBe(
      `${location.origin}/accounts/CC20240001`,
    );
  });

  it('lists missing rows and placeholders as missing, and words as unparseable', () => {
    const context = account(extractAccount(page('account-missing.html'), demoAdapter, NOW));
    expect(context.accountKey).toBe('CC20240012');
    expect(context.problems).toEqual([
      { field: 'overdueAmount', problem: 'missing', required: true },
      { field: 'minimumDue', problem: 'missing', required: false, raw: '暂无' },
      { field: 'dpd', problem: 'unparseable', required: true, raw: '未知' },
      { field: 'dueDate', problem: 'missing', required: false, raw: '--' },
      { field: 'region', problem: 'missing', required: false, raw: '—' },
      { field: 'timezone', problem: 'missing', required: false },
      { field: 'brokenPromises', problem: 'missing', required: false },
      { field: 'cardLast4', problem: 'missing', required: false },
    ]);
    // Absent values are absent, never zero or blank.
    expect(context.fields.overdueAmount).toBeUndefined();
    expect(context.fields.dpd).toBeUndefined();
    expect(context.fields.flags?.value).toEqual([]);
    expect(context.fields.hardship?.value).toBe(false);
    expect(context.callState).toEqual({ raw: '空闲', active: false });
  });

  it('survives garbage values without throwing, and never reads script text', () => {
    const context = account(extractAccount(page('account-garbage.html'), demoAdapter, NOW));
    expect(context.accountKey).toBe('CC20240099');
    expect(context.fields.name?.value).toBe('钱 多多');
    expect(context.fields.minimumDue?.value).toBe(10_000);
    expect(context.fields.cardLast4?.value).toBe('<b>5678');
    const unparseable = context.problems
      .filter((p) => p.problem === 'unparseable')
      .map((p) => [p.field, p.raw]);
    expect(unparseable).toEqual([
      ['overdueAmount', '约一万二'],
      ['balance', '¥1,2,3'],
      ['dpd', '很久'],
      ['dueDate', '2026-02-30'],
      ['phone', '12'],
      ['hardship', '可能'],
      ['brokenPromises', '2.5'],
    ]);
    expect(context.problems.find((p) => p.field === 'flags')).toEqual({
      field: 'flags',
      problem: 'missing',
      required: false,
    });
    expect(context.callState).toEqual({ raw: '通话中 (00:42)', active: false });
  });

  it('reports no account on a page without one', () => {
    const report = extractAccount(page('list-only.html'), demoAdapter, NOW, 'http://127.0.0.1:5178/');
    expect(report).toEqual({
      kind: 'none',
      adapterId: 'demo-crm',
      url: 'http://127.0.0.1:5178/',
      readAt: NOW,
      reason: 'accountKey not found: #account',
    });
  });

  it('reports no account when the key is empty', () => {
    const doc = page('account-full.html');
    doc.getElementById('account')?.setAttribute('data-account-key', ' ');
    const report = extractAccount(doc, demoAdapter, NOW);
    expect(report.kind).toBe('none');
    expect(report.kind === 'none' && report.reason).toBe('accountKey empty: #account');
  });

  it('never carries a value over from an earlier read of another account', () => {
    const doc = page('account-full.html');
    account(extractAccount(doc, demoAdapter, NOW));
    const row = [...doc.querySelectorAll('dt')].find((dt) => dt.textContent === '逾期金额')?.parentElement;
    row?.remove();
    doc.getElementById('account')?.setAttribute('data-account-key', 'CC20240002');
    const second = account(extractAccount(doc, demoAdapter, NOW + 1));
    expect(second.accountKey).toBe('CC20240002');
    expect(second.fields.overdueAmount).toBeUndefined();
    expect(second.problems).toContainEqual({ field: 'overdueAmount', problem: 'missing', required: true });
  });
});

describe('extractAccount with broken adapters', () => {
  it('turns an invalid selector into a problem, not an exception', () => {
    const adapter: Adapter = {
      ...demoAdapter,
      fields: { ...demoAdapter.fields, name: { selector: 'h1[[[', parse: 'text', required: true } },
      callState: { selector: '###', parse: 'text' },
    };
    const context = account(extractAccount(page('account-full.html'), adapter, NOW));
    expect(context.problems).toEqual([{ field: 'name', problem: 'missing', required: true }]);
    expect(context.callState).toBeUndefined();
    expect(context.fields.overdueAmount?.value).toBe(1_234_567);
  });

  it('reports none when the account key selector is invalid', () => {
    const adapter: Adapter = { ...demoAdapter, accountKey: { selector: ':::', parse: 'text' } };
    const report = extractAccount(page('account-full.html'), adapter, NOW);
    expect(report).toMatchObject({ kind: 'none', reason: 'accountKey invalid selector: :::' });
  });

  it('treats an absent attribute as missing', () => {
    const adapter: Adapter = {
      ...demoAdapter,
      fields: { region: { selector: '#customer-name', attr: 'data-region', parse: 'text' } },
    };
    const context = account(extractAccount(page('account-full.html'), adapter, NOW));
    expect(context.problems).toEqual([{ field: 'region', problem: 'missing', required: false }]);
  });

  it('copes with an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.remove();
    expect(extractAccount(doc, demoAdapter, NOW).kind).toBe('none');
    expect(extractAccount(new DOMParser().parseFromString('', 'text/html'), demoAdapter, NOW).kind).toBe(
      'none',
    );
  });
});

describe('label lookup on another CRM layout', () => {
  const adapter: Adapter = {
    id: 'other-crm',
    name: 'Other',
    match: ['https://crm.example.cn/*'],
    accountKey: { selector: '#cust', attr: 'data-key', parse: 'text' },
    fields: {
      name: { selector: '.cust-name', parse: 'text' },
      overdueAmount: { label: '逾期金额', parse: 'money' },
      dpd: { label: '逾期天数', parse: 'int' },
      balance: { label: '欠款总额', parse: 'money' },
      phone: { label: '手机号码', parse: 'phone' },
      hardship: { label: '困难客户', parse: 'bool' },
      dueDate: { label: '到期还款日', parse: 'date' },
      timezone: { label: '当地时区', parse: 'text' },
      flags: { selector: '.tags', parse: 'list', pattern: '标签：(.*)' },
      product: { label: '卡产品', selector: '#cust', parse: 'text' },
    },
  };

  it('finds values beside th, label[for], label with a control inside, and plain siblings', () => {
    const context = account(extractAccount(page('label-variants.html'), adapter, NOW));
    expect(values(context)).toEqual({
      accountKey: 'LG-778812',
      name: '孙丽',
      overdueAmount: 1_234_567,
      dpd: 45,
      balance: 3_800_000,
      phone: '+8613900001111',
      hardship: true,
      dueDate: '2026-09-15',
      timezone: 'America/Los_Angeles',
      flags: ['complaint', 'attorney', 'hardship'],
    });
    expect(context.fields.phone?.raw).toBe('+86 139-0000-1111');
  });

  it('scopes a label to the selector when both are given', () => {
    // 卡产品 exists only outside #cust, so it is missing, not read from the aside.
    const context = account(extractAccount(page('label-variants.html'), adapter, NOW));
    expect(context.problems).toEqual([{ field: 'product', problem: 'missing', required: false }]);
    const unscoped: Adapter = { ...adapter, fields: { product: { label: '卡产品', parse: 'text' } } };
    expect(account(extractAccount(page('label-variants.html'), unscoped, NOW)).fields.product?.value).toBe(
      '钻石卡',
    );
  });

  it('reads a control value as it is now, not as first rendered', () => {
    const doc = page('label-variants.html');
    const input = doc.getElementById('phone-input') as HTMLInputElement;
    input.value = '139 1111 2222';
    expect(account(extractAccount(doc, adapter, NOW)).fields.phone?.value).toBe('13911112222');
  });
});

describe('fieldSourceText', () => {
  it('shows a selector as is and a label quoted', () => {
    expect(fieldSourceText({ selector: '#customer-name' })).toBe('#customer-name');
    expect(fieldSourceText({ label: '逾期金额' })).toBe('“逾期金额”');
  });
});

describe('an account never reached before', () => {
  it('reads "无" as the last conversation as no earlier call, not as a missing field', () => {
    const adapter: Adapter = {
      ...demoAdapter,
      fields: {
        ...demoAdapter.fields,
        lastConversation: { label: '最近通话日期', parse: 'date' },
        promiseDate: { label: '下次承诺日期', parse: 'date' },
      },
    };
    const html = (last: string) =>
      new DOMParser().parseFromString(
        page('account-full.html').documentElement.outerHTML.replace(
          '</body>',
          `<table><tr><th>最近通话日期</th><td>${last}</td></tr><tr><th>下次承诺日期</th><td>--</td></tr></table></body>`,
        ),
        'text/html',
      );
    const never = account(extractAccount(html('无'), adapter, NOW, URL_A));
    expect(never.fields.lastConversation).toBeUndefined();
    expect(never.problems.map((p) => p.field)).not.toContain('lastConversation');
    // Other empty fields are still missing, and a real date is still read.
    expect(never.problems.map((p) => p.field)).toContain('promiseDate');
    const reached = account(extractAccount(html('2026-08-28'), adapter, NOW, URL_A));
    expect(reached.fields.lastConversation?.value).toBe('2026-08-28');
  });
});
