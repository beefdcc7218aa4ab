// @vitest-environment jsdom
/**
 * CRM page text is untrusted and folded before matching (the one folding, lib/text/fold.ts): a
 * label shown in another case, in full-width letters or in the 您-form is the pack's label, found
 * without a selector (red team 9: such fields were reported missing).
 */

import { extractAccount, labelKey } from '../../../lib/crm/extract';
import type { Adapter } from '../../../lib/pack/schema';

const NOW = Date.UTC(2026, 8, 1, 2, 0);
const adapter: Adapter = {
  id: 'folded',
  name: 'folded',
  match: ['http://crm.example/*'],
  accountKey: { label: 'Account no', parse: 'text', required: true },
  fields: {
    overdueAmount: { label: 'Overdue amount', parse: 'money', required: true },
    dpd: { label: 'DPD', parse: 'int', required: true },
    product: { label: '你的卡产品', parse: 'text' },
  },
};

function read(body: string) {
  document.body.innerHTML = body;
  const report = extractAccount(document, adapter, NOW);
  if (report.kind !== 'account') throw new Error(`expected an account, got: ${report.reason}`);
  return report.context;
}

describe('labels compared folded', () => {
  it('reads labels shown in upper case, full width and the 您-form', () => {
    const context = read(
      '<dl><dt>ACCOUNT NO:</dt><dd>A-1001</dd><dt>OVERDUE AMOUNT：</dt><dd>1,234.50</dd>' +
        '<dt>ＤＰＤ</dt><dd>45</dd><dt>您的卡产品</dt><dd>白金卡</dd></dl>',
    );
    expect(context.fields.overdueAmount?.value).toBe(123450);
    expect(context.fields.dpd?.value).toBe(45);
    expect(context.fields.product?.value).toBe('白金卡');
  });

  it('still tells different labels apart', () => {
    const context = read(
      '<dl><dt>Account no</dt><dd>A-1</dd><dt>Overdue amounts due</dt><dd>9.00</dd><dt>DPD</dt><dd>3</dd></dl>',
    );
    expect(context.fields.overdueAmount).toBeUndefined();
  });

  it('folds width, case and invisible characters, keeps the words', () => {
    expect(labelKey('ＯＶＥＲＤＵＥ\u200b Amount：')).toBe(labelKey('overdue amount'));
    expect(labelKey('逾期金额')).not.toBe(labelKey('逾期天数'));
  });
});
