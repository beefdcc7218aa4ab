// @vitest-environment jsdom
/**
 * Red team 12: a CRM in traditional Chinese (逾期金額, 客戶姓名, 最低應繳) read with a pack written in
 * simplified. The content script is built with an empty traditional table (its size budget): here it
 * folds with that table too, and learns only the pairs the background sends with the adapter.
 */
import { extractAccount } from '../../../lib/crm/extract';
import { traditionalPairsForAdapter } from '../../../lib/crm/traditional-words';
import type { Adapter } from '../../../lib/pack/schema';
import { traditionalTable } from '../../../lib/text/traditional';
import { TRADITIONAL_STEPS as TRADITIONAL_STEPS_NONE } from '../../../lib/text/traditional-data-none';

const adapter: Adapter = {
  id: 'tw',
  name: 'tw',
  match: ['http://127.0.0.1/*'],
  accountKey: { label: '账户编号', parse: 'text', required: true },
  fields: {
    name: { label: '客户姓名', parse: 'text', required: true },
    overdueAmount: { label: '逾期金额', parse: 'money', required: true },
    minimumDue: { label: '最低应缴', parse: 'money' },
    balance: { label: '账户余额', parse: 'money' },
    dpd: { label: '逾期天数', parse: 'int' },
    // A word only a pattern has (经办): its pairs are sent too, so the page's 經辦 reads (crm15).
    agentId: { selector: '#agent', pattern: '经办\\s*(\\w+)', parse: 'text' },
  },
  callState: { selector: '#state', parse: 'text' },
  callActive: ['通话中'],
};

const PAGE = `<span id="state">通話中</span><span id="agent">經辦 Ａ1024</span><dl>
  <dt>賬戶編號</dt><dd>TW-001</dd><dt>客戶姓名</dt><dd>陳大文</dd><dt>逾期金額</dt><dd>人民幣 12,345.00</dd>
  <dt>最低應繳</dt><dd>暫無</dd><dt>帳戶餘額</dt><dd title="點擊編輯"></dd><dt>逾期天數</dt><dd>75</dd></dl>`;

/** The table the content script is built with (traditional-data-none.ts): empty. */
const contentScriptTable = traditionalTable(TRADITIONAL_STEPS_NONE);

describe('a traditional-Chinese CRM read by a content script without the table', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('reads nothing without the pairs (the table is not in the content script)', () => {
    expect(extractAccount(document, adapter, 0, undefined, contentScriptTable).kind).toBe('none');
  });

  it('reads every label, the empty marker, the hint and the call state with the pairs the background sends', () => {
    const pairs = traditionalPairsForAdapter(adapter);
    expect(pairs.length).toBeGreaterThan(0);
    // Only what this adapter's words need, not the table.
    expect([...pairs].length).toBeLessThan(400);
    const learned = contentScriptTable.learned(pairs);
    const report = extractAccount(document, adapter, 0, undefined, learned);
    if (report.kind !== 'account') throw new Error(report.reason);
    const { fields, problems, callState } = report.context;
    expect(fields.accountKey?.value).toBe('TW-001');
    expect(fields.name?.value).toBe('陳大文');
    expect(fields.overdueAmount?.value).toBe(1234500);
    expect(fields.dpd?.value).toBe(75);
    expect(pairs).toContain('經经');
    expect(fields.agentId?.value).toBe('Ａ1024');
    expect(callState).toEqual({ raw: '通話中', active: true });
    expect(problems).toEqual([
      { field: 'minimumDue', problem: 'missing', required: false, raw: '暫無' },
      { field: 'balance', problem: 'missing', required: false },
    ]);
  });
});
