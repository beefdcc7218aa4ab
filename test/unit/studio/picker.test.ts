// @vitest-environment jsdom

import { extractAccount } from '@/lib/crm/extract';
import { firstUnset } from '@/lib/studio/adapters';
import { guessField, guessParse } from '@/lib/studio/picker-guess';
import { describePick, labelCandidates, selectorOf, valueElement } from '@/lib/studio/picker-label';
import { adapterResults, fieldResult, probeAdapter } from '@/lib/studio/picker-probe';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const at = (selector: string) => {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`fixture lacks ${selector}`);
  return element;
};

describe('labelCandidates: the page’s own label for a value', () => {
  it('reads <dt> before <dd>, the previous cell of a row, <label for>, aria-labelledby and a previous sibling', () => {
    page(`
      <dl><div><dt>逾期金额：</dt><dd id="a"><b>¥12,345.67</b></dd></div></dl>
      <table><tr><th>逾期天数</th><td id="b">75 天</td></tr><tr><td>手机号码</td><td id="c">138 0013 8000</td></tr></table>
      <label for="d">到期还款日</label><input id="d" value="2026-09-15">
      <span id="lab">地区</span><div><span id="e" aria-labelledby="lab">上海</span></div>
      <div><span>卡号后四位</span> <span id="f">1234</span></div>`);
    expect(labelCandidates(at('#a'))).toEqual(['逾期金额']);
    expect(labelCandidates(at('#b'))).toEqual(['逾期天数']);
    expect(labelCandidates(at('#c'))).toEqual(['手机号码']);
    expect(labelCandidates(at('#d'))[0]).toBe('到期还款日');
    expect(labelCandidates(at('#e'))[0]).toBe('地区');
    expect(labelCandidates(at('#f'))).toEqual(['卡号后四位']);
  });

  it('drops invisible characters and a trailing colon, and ignores sentence-long neighbours', () => {
    page(
      `<dl><dt>逾期\u200b天数 : </dt><dd id="a">75</dd></dl><p>${'很长的说明'.repeat(20)}</p><span id="b">x</span>`,
    );
    expect(labelCandidates(at('#a'))).toEqual(['逾期天数']);
    expect(labelCandidates(at('#b'))).toEqual([]);
  });

  it('takes the cell around a click on an inner element when it shows the same text', () => {
    page(
      '<table><tr><th>本金</th><td id="cell"> <span id="inner">¥32,680.00</span> </td><td><b id="part">¥1</b> 元</td></tr></table>',
    );
    expect(valueElement(at('#inner'))).toBe(at('#cell'));
    expect(valueElement(at('#part'))).toBe(at('#part'));
  });
});

describe('selectorOf', () => {
  it('finds exactly the clicked element, preferring a word-like id', () => {
    page(
      '<div class="facts"><span class="v">1</span><span class="v">2</span></div><h1 id="customer-name">张伟</h1>',
    );
    expect(selectorOf(at('#customer-name'))).toBe('#customer-name');
    const second = document.querySelectorAll('.v')[1] as Element;
    const selector = selectorOf(second);
    expect(selector).not.toBeNull();
    expect(document.querySelectorAll(selector ?? '')).toHaveLength(1);
    expect(document.querySelector(selector ?? '')).toBe(second);
  });
});

describe('describePick', () => {
  it('proposes the label when the real extractor reads the clicked value from it', () => {
    page('<dl><dt>逾期金额</dt><dd><span id="v">¥12,345.67</span></dd></dl>');
    expect(describePick(at('#v'))).toEqual({
      text: '¥12,345.67',
      selector: expect.any(String),
      label: '逾期金额',
      labelWorks: true,
    });
  });

  it('says when the label found does not lead the extractor to the value (same label twice)', () => {
    page(`<table><tr><th>金额</th><td>¥1.00</td></tr><tr><th>金额</th><td id="v">¥2.00</td></tr></table>`);
    const picked = describePick(at('#v'));
    expect(picked).toMatchObject({ text: '¥2.00', label: '金额', labelWorks: false });
    expect(picked.selector).not.toBeNull();
  });
});

describe('firstUnset', () => {
  it('proposes the account key first, then the first canonical field the adapter does not find', () => {
    expect(firstUnset({ accountKey: { parse: 'text' }, fields: {} })).toBe('accountKey');
    expect(
      firstUnset({
        accountKey: { selector: '#k', parse: 'text' },
        fields: { name: { label: '姓名', parse: 'text' } },
      }),
    ).toBe('overdueAmount');
  });
});

describe('guessParse and guessField', () => {
  it.each([
    ['¥12,345.67', 'money'],
    ['１２，３４５．６７元', 'money'],
    ['2026-09-15', 'date'],
    ['2026年9月15日', 'date'],
    ['138 0013 8000', 'phone'],
    ['+1 (213) 555-0148', 'phone'],
    ['75 天', 'int'],
    ['1234', 'int'],
    ['\u221212.30', 'money'],
    ['\u20133 天', 'int'],
    ['是', 'bool'],
    ['白金卡', 'text'],
    ['', 'text'],
  ])('%s reads as %s', (raw, parse) => {
    expect(guessParse(raw)).toBe(parse);
  });

  it('keeps a known field’s own type when the text reads as it', () => {
    expect(guessParse('1234', 'cardLast4')).toBe('text');
    expect(guessParse('否', 'hardship')).toBe('bool');
    expect(guessParse('not a date', 'dueDate')).toBe('text');
  });

  it('maps a page label to the canonical field by its Chinese or English name, folded', () => {
    expect(guessField('逾期金额')).toBe('overdueAmount');
    expect(guessField('ＤＡＹＳ ＰＡＳＴ ＤＵＥ')).toBe('dpd');
    expect(guessField('账户编号')).toBe('accountKey');
    expect(guessField('Account key')).toBe('accountKey');
    expect(guessField('手机号码')).toBeNull();
    expect(guessField(null)).toBeNull();
  });
});

describe('the probe adapter reads one field with the real extractor', () => {
  it('gives value, missing and unparseable, and lists every field of an adapter', () => {
    page('<dl><dt>逾期天数</dt><dd>75 天</dd><dt>到期还款日</dt><dd>15/09/2026</dd></dl>');
    const report = extractAccount(
      document,
      probeAdapter({
        dpd: { label: '逾期天数', parse: 'int' },
        dueDate: { label: '到期还款日', parse: 'date' },
        phone: { label: '手机号码', parse: 'phone' },
      }),
      0,
    );
    expect(fieldResult(report, 'dpd')).toEqual({ state: 'value', raw: '75 天', value: 75 });
    expect(fieldResult(report, 'dueDate')).toEqual({ state: 'unparseable', raw: '15/09/2026' });
    expect(fieldResult(report, 'phone')).toEqual({ state: 'missing' });
    const adapter = { fields: { dpd: { label: '逾期天数', parse: 'int' as const } } };
    expect(adapterResults(report, adapter).map((r) => r.name)).toEqual(['accountKey', 'dpd']);
  });

  it('reports no account when the adapter’s own key is not on the page', () => {
    page('<p>nothing</p>');
    const report = extractAccount(
      document,
      { ...probeAdapter({}), accountKey: { selector: '#account', parse: 'text' } },
      0,
    );
    expect(adapterResults(report, { fields: {} })).toEqual([
      { name: 'accountKey', result: { state: 'no-account', reason: expect.stringContaining('#account') } },
    ]);
  });
});
