// @vitest-environment jsdom
/**
 * Extraction on pages that fight back (issue 15 item 11): a huge remarks box must cost time in
 * proportion to the page, and bidi controls from the CRM never reach the panel.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AccountContext, CrmReport } from '../../../lib/crm/context';
import { extractAccount } from '../../../lib/crm/extract';
import { hasBidiControl } from '../../../lib/text/fold';
import { demoAdapter } from '../../fixtures/crm/demo-adapter';

const NOW = Date.UTC(2026, 8, 1, 2, 0);

function page(): Document {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/crm/account-full.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function account(report: CrmReport): AccountContext {
  if (report.kind !== 'account') throw new Error(`expected an account, got: ${report.reason}`);
  return report.context;
}

/** The demo account page plus a remarks box of `lines` lines separated by `<br>`. */
function pageWithRemarks(lines: number): Document {
  const doc = page();
  const box = doc.createElement('div');
  box.id = 'remarks-log';
  for (let i = 0; i < lines; i++) {
    if (i > 0) box.append(doc.createElement('br'));
    box.append(doc.createTextNode(`2026-06-${String((i % 28) + 1).padStart(2, '0')} 客户称下周还款 ${i}`));
  }
  doc.getElementById('account')?.append(box);
  return doc;
}

/** How many times text node contents are read during one extraction: the work the label search does. */
function textReads(doc: Document): { reads: number; context: AccountContext } {
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeValue');
  if (!descriptor?.get) throw new Error('nodeValue is not an accessor here');
  const get = descriptor.get;
  let reads = 0;
  Object.defineProperty(Node.prototype, 'nodeValue', {
    ...descriptor,
    get(this: Node) {
      reads++;
      return get.call(this);
    },
  });
  try {
    const context = account(extractAccount(doc, demoAdapter, NOW));
    return { reads, context };
  } finally {
    Object.defineProperty(Node.prototype, 'nodeValue', descriptor);
  }
}

describe('extraction cost on a page with a long remarks box', () => {
  it('reads text in proportion to the page: 4,000 <br> lines cost twice 2,000, not four times', () => {
    const small = textReads(pageWithRemarks(2000));
    const large = textReads(pageWithRemarks(4000));
    // Every value is still read correctly.
    expect(large.context.fields.overdueAmount?.value).toBe(1_234_567);
    expect(large.context.fields.dpd?.value).toBe(75);
    // Linear: a few reads per text node. Rebuilding the parent's text per node would be ~16 million.
    expect(large.reads).toBeLessThan(4000 * 4);
    expect(large.reads - small.reads).toBeLessThan(2000 * 4);
    expect(large.reads / small.reads).toBeLessThan(2.2);
  });

  it('reads a value element holding the whole remarks box, cut to the value limit', () => {
    const doc = pageWithRemarks(4000);
    const adapter = {
      ...demoAdapter,
      fields: { remarks: { selector: '#remarks-log', parse: 'text' as const } },
    };
    const context = account(extractAccount(doc, adapter, NOW));
    expect(context.fields.remarks?.raw.length).toBe(500);
  });

  it('finds a label among thousands of same-parent lines that are not labels', () => {
    const doc = pageWithRemarks(4000);
    const box = doc.getElementById('remarks-log');
    const label = doc.createElement('span');
    label.textContent = '跳票次数';
    const value = doc.createElement('span');
    value.textContent = '7';
    box?.append(label, value);
    for (const dt of doc.querySelectorAll('dt')) {
      if (dt.textContent?.trim() === '跳票次数') dt.parentElement?.remove();
    }
    expect(account(extractAccount(doc, demoAdapter, NOW)).fields.brokenPromises?.value).toBe(7);
  });
});

describe('labels the page splits or pads', () => {
  it('finds a label split over several text nodes, and one with invisible characters inside', () => {
    const doc = page();
    for (const dt of doc.querySelectorAll('dt')) {
      if (dt.textContent === '逾期天数') dt.replaceChildren('逾期', '\u200b天数');
      if (dt.textContent === '欠款总额') dt.replaceChildren('\u2066欠款', doc.createComment('x'), '总额：');
    }
    const context = account(extractAccount(doc, demoAdapter, NOW));
    expect(context.fields.dpd?.value).toBe(75);
    expect(context.fields.balance?.value).toBe(3_800_000);
  });
});

describe('invisible and bidi characters from the CRM', () => {
  it('removes bidi overrides and invisible characters from every value, and still finds labels', () => {
    const doc = page();
    const name = doc.getElementById('customer-name');
    if (!name) throw new Error('fixture without #customer-name');
    // U+202E would show the rest of a script line reversed; U+2066..2069 isolate, U+200B hides.
    name.textContent = '\u202e张\u200b伟\u202c';
    for (const dt of doc.querySelectorAll('dt')) {
      if (dt.textContent?.trim() === '逾期金额') dt.textContent = '逾期\u200b金额\u2066';
    }
    const region = [...doc.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === '所在地区');
    const regionValue = region?.nextElementSibling;
    if (regionValue) regionValue.textContent = '上海\u2067市\u2069';
    const context = account(extractAccount(doc, demoAdapter, NOW));
    expect(context.fields.name?.value).toBe('张伟');
    expect(context.fields.overdueAmount?.value).toBe(1_234_567);
    expect(context.fields.region?.value).toBe('上海市');
    for (const reading of Object.values(context.fields)) {
      expect(hasBidiControl(reading.raw)).toBe(false);
      expect(typeof reading.value === 'string' && hasBidiControl(reading.value)).toBe(false);
    }
  });

  it('removes them from the account key read from an attribute', () => {
    const doc = page();
    doc.getElementById('account')?.setAttribute('data-account-key', 'CC2024\u202e0001');
    expect(account(extractAccount(doc, demoAdapter, NOW)).accountKey).toBe('CC20240001');
  });
});
