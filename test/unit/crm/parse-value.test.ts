import fc from 'fast-check';
import { parseFieldValue } from '../../../lib/crm/parse-value';
import type { DateOrder, FieldParser } from '../../../lib/pack/schema';

const value = (raw: string, parse: FieldParser, pattern?: string, dateOrder?: DateOrder) => {
  const outcome = parseFieldValue(raw, {
    parse,
    ...(pattern ? { pattern } : {}),
    ...(dateOrder ? { dateOrder } : {}),
  });
  return outcome.ok ? outcome.value : outcome.reason;
};

describe('invisible characters a CRM page carries (the one folding, lib/text/fold)', () => {
  it.each([
    ['\u2066¥12,345.67\u2069', 'money', 1_234_567],
    ['12,345.67\u200e', 'money', 1_234_567],
    ['2026-\u200e09-15', 'date', '2026-09-15'],
    ['\u202a138 0013 8000\u202c', 'phone', '13800138000'],
    ['7\u00ad5 天', 'int', 75],
    ['２０２６－０９－１５Ｔ１８：３０', 'date', '2026-09-15'],
  ] as const)('%j (%s) reads as %j', (raw, parse, expected) => {
    expect(value(raw, parse)).toBe(expected);
  });
});

describe('money → minor units', () => {
  it.each([
    ['¥12,345.67', 1_234_567],
    ['￥12,345.67', 1_234_567],
    ['$1,234.50', 123_450],
    ['12345.67', 1_234_567],
    ['12,345.67 元', 1_234_567],
    ['¥ 38,000.00', 3_800_000],
    ['38000', 3_800_000],
    ['0.5', 50],
    ['12.', 1200],
    ['１２，３４５．６７', 1_234_567],
    ['￥１２，３４５．６７元', 1_234_567],
    ['RMB 38,000', 3_800_000],
    ['CNY 100.00', 10_000],
    ['US$ 99.99', 9_999],
    ['人民币 5.00 元', 500],
    ['  ¥\u00a012,345.67  ', 1_234_567],
  ])('%s → %d', (raw, minor) => {
    expect(value(raw, 'money')).toBe(minor);
  });

  it.each([
    ['-12.30', -1230],
    ['(12.30)', -1230],
    ['¥(12.30)', -1230],
    ['－１２．３０', -1230],
    ['−12.30', -1230],
    ['-¥12.30', -1230],
    ['¥-12.30', -1230],
    ['+12.30', 1230],
    ['-0.00', 0],
  ])('negative %s → %d', (raw, minor) => {
    expect(value(raw, 'money')).toBe(minor);
  });

  it.each([
    ['1.005', 101],
    ['1.004', 100],
    ['1.0049', 100],
    ['2.675', 268],
    ['0.125', 13],
    ['-1.005', -101],
    ['(1.005)', -101],
    ['9.995', 1000],
  ])('more than two decimals round half-up: %s → %d', (raw, minor) => {
    expect(value(raw, 'money')).toBe(minor);
  });

  it.each(['', '   ', '--', '-', '—', '——', '暂无', '无', 'N/A', 'n/a', '－－'])('%j is empty', (raw) => {
    expect(value(raw, 'money')).toBe('empty');
  });

  it.each([
    '约一万二',
    '¥1,2,3',
    '12,34.5',
    '1.2.3',
    '--12',
    '-(12.30)',
    '12abc',
    '.5',
    '¥',
    '99999999999999.00',
    '1e5',
  ])('%j is unparseable', (raw) => {
    expect(value(raw, 'money')).toBe('unparseable');
  });

  it('reads back any amount the CRM prints with grouping (property)', () => {
    const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), (minor, fullWidth) => {
        const abs = Math.abs(minor);
        let text = `¥${group(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
        if (minor < 0) text = `-${text}`;
        if (fullWidth) text = text.replace(/[0-9,.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(value(text, 'money')).toBe(minor === 0 ? 0 : minor);
      }),
    );
  });
});

describe('int', () => {
  it.each([
    ['75 天', 75],
    ['75', 75],
    ['75天', 75],
    ['3 次', 3],
    ['１２０ 天', 120],
    ['1,200', 1200],
    ['-3', -3],
    ['0', 0],
    ['45 days', 45],
  ])('%s → %d', (raw, n) => {
    expect(value(raw, 'int')).toBe(n);
  });

  it.each(['未知', '2.5', '75 天 12', 'abc', '1,2', '天 75'])('%j is unparseable', (raw) => {
    expect(value(raw, 'int')).toBe('unparseable');
  });

  it('treats -- and 暂无 as empty', () => {
    expect(value('--', 'int')).toBe('empty');
    expect(value('暂无', 'int')).toBe('empty');
  });
});

describe('date → ISO', () => {
  it.each([
    ['2026-09-15', '2026-09-15'],
    ['2026/9/15', '2026-09-15'],
    ['2026.9.5', '2026-09-05'],
    ['2026年9月15日', '2026-09-15'],
    ['2026 年 9 月 15 日', '2026-09-15'],
    ['2026年09月15', '2026-09-15'],
    ['20260915', '2026-09-15'],
    ['2026-09-15 18:30', '2026-09-15'],
    ['2026-09-15T18:30:00', '2026-09-15'],
    ['２０２６－０９－１５', '2026-09-15'],
    ['2028-02-29', '2028-02-29'],
  ])('%s → %s', (raw, iso) => {
    expect(value(raw, 'date')).toBe(iso);
  });

  it.each([
    '15/09/2026',
    '09/15/2026',
    '1/2/2026',
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-4-0',
    '下个月',
    '0026-01-01',
  ])('%j is refused', (raw) => {
    expect(value(raw, 'date')).toBe('unparseable');
  });
});

describe("date in the CRM's own order (the field's dateOrder)", () => {
  it.each([
    ['12/15/2026', 'mdy', '2026-12-15'],
    ['1/2/2026', 'mdy', '2026-01-02'],
    ['01-02-2026', 'mdy', '2026-01-02'],
    ['12/15/2026 3:45 PM', 'mdy', '2026-12-15'],
    ['15/12/2026', 'dmy', '2026-12-15'],
    ['1/2/2026', 'dmy', '2026-02-01'],
    ['15.12.2026', 'dmy', '2026-12-15'],
    ['15.12.2026 18:30', 'dmy', '2026-12-15'],
    ['２９/０２/２０２８', 'dmy', '2028-02-29'],
    // Year first is never ambiguous: read whatever the order.
    ['2026-12-15', 'mdy', '2026-12-15'],
    ['2026/1/2', 'dmy', '2026-01-02'],
  ] as const)('%s (%s) → %s', (raw, order, iso) => {
    expect(value(raw, 'date', undefined, order)).toBe(iso);
  });

  it.each([
    ['15/12/2026', 'mdy'],
    ['12/31/2026', 'dmy'],
    ['29/02/2026', 'dmy'],
    ['12/15/26', 'mdy'],
    ['12/15-2026', 'mdy'],
    ['Dec 15, 2026', 'mdy'],
  ] as const)('%j (%s) is refused, never read the other way', (raw, order) => {
    expect(value(raw, 'date', undefined, order)).toBe('unparseable');
  });
});

describe('phone', () => {
  it.each([
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+1 (213) 555-0148', '+12135550148'],
    ['+86 139 0000 1111', '+8613900001111'],
    ['010-6512 3456', '01065123456'],
    ['１３８００１３８０００', '13800138000'],
    ['5550148', '5550148'],
  ])('%s → %s', (raw, phone) => {
    expect(value(raw, 'phone')).toBe(phone);
  });

  it.each([
    '12',
    '123456',
    '1234567890123456',
    '138****8000',
    '13800138000 ext 2',
    '++8613800138000',
    '86+138',
  ])('%j is unparseable', (raw) => {
    expect(value(raw, 'phone')).toBe('unparseable');
  });
});

describe('bool', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['YES', true],
    ['no', false],
    ['true', true],
    ['False', false],
    ['1', true],
    ['0', false],
    ['Ｙ', true],
  ])('%s → %s', (raw, b) => {
    expect(value(raw, 'bool')).toBe(b);
  });

  it('refuses anything else and treats 无 as empty', () => {
    expect(value('可能', 'bool')).toBe('unparseable');
    expect(value('2', 'bool')).toBe('unparseable');
    expect(value('无', 'bool')).toBe('empty');
  });
});

describe('list', () => {
  it.each([
    ['complaint,hardship', ['complaint', 'hardship']],
    ['complaint， hardship', ['complaint', 'hardship']],
    ['Complaint、Attorney；hardship', ['complaint', 'attorney', 'hardship']],
    ['complaint; dispute cease', ['complaint', 'dispute', 'cease']],
    [' complaint ,, complaint ', ['complaint']],
  ])('%j → %j', (raw, list) => {
    expect(value(raw, 'list')).toEqual(list);
  });

  it('reads an empty attribute or a placeholder as no items, not as missing', () => {
    expect(value('', 'list')).toEqual([]);
    expect(value('无', 'list')).toEqual([]);
    expect(value('--', 'list')).toEqual([]);
  });

  it('bounds the items', () => {
    const many = Array.from({ length: 80 }, (_, i) => `f${i}`).join(',');
    const list = value(many, 'list') as string[];
    expect(list).toHaveLength(50);
  });
});

describe('text', () => {
  it('collapses whitespace and keeps the characters as shown', () => {
    expect(value('  钱   多多\n  ', 'text')).toBe('钱 多多');
    expect(value('ＶＩＰ 白金卡', 'text')).toBe('ＶＩＰ 白金卡');
  });

  it('treats placeholders as empty', () => {
    expect(value('--', 'text')).toBe('empty');
    expect(value('暂无', 'text')).toBe('empty');
    expect(value(' ', 'text')).toBe('empty');
  });

  it('cuts input to 500 characters', () => {
    expect((value('字'.repeat(900), 'text') as string).length).toBe(500);
  });
});

describe('pattern', () => {
  it('applies the capture group before parsing', () => {
    expect(value('逾期 75 天（M3）', 'int', '(\\d+)\\s*天')).toBe(75);
    expect(value('应还 ¥1,234.50 / 已还 ¥0.00', 'money', '应还\\s*(\\S+)')).toBe(123_450);
    expect(value('CN-CC20240001', 'text', 'CN-(\\w+)')).toBe('CC20240001');
  });

  it('uses the whole match when the pattern has no group', () => {
    expect(value('卡号 **** 1234', 'text', '\\d{4}$')).toBe('1234');
  });

  it('refuses a non-matching or invalid pattern without throwing', () => {
    expect(value('no digits here', 'int', '(\\d+)')).toBe('unparseable');
    expect(value('75', 'int', '(unclosed')).toBe('unparseable');
    expect(value('', 'int', '(\\d+)')).toBe('empty');
  });

  it('sees only the first 500 characters', () => {
    expect(value(`${'x'.repeat(500)}42`, 'int', '(\\d+)')).toBe('unparseable');
    expect(value(`${'x'.repeat(498)}42`, 'int', '(\\d+)')).toBe(42);
  });

  it('an empty capture is empty', () => {
    expect(value('金额: --', 'money', '金额:\\s*(.*)')).toBe('empty');
  });
});

// crm15: a pattern reads the page's folded text, as labels do, and is folded itself (pack text is
// untrusted too); a text value is still the page's own characters (mapped through the folding).
describe('a pattern reads the folded text', () => {
  it('reads a 繁體 word with a simplified pattern, and a simplified word with a 繁體 one', () => {
    expect(value('坐席：李娜（工號 A1024）', 'text', '工号 ([A-Za-z0-9]+)')).toBe('A1024');
    expect(value('逾期天數 45 天', 'int', '逾期天数\\s*(\\d+)')).toBe(45);
    expect(value('工号 A1024', 'text', '工號 (\\w+)')).toBe('A1024');
  });

  it('reads full-width letters and digits, and writes none in the pattern', () => {
    expect(value('ＩＤ：１２３', 'int', 'ID:\\s*(\\d+)')).toBe(123);
    expect(value('ID: 123', 'int', 'ＩＤ：\\s*(\\d+)')).toBe(123);
    expect(value('编号　ＡＢ１２', 'text', '编号 ([A-Z]+\\d+)')).toBe('ＡＢ１２');
    expect(value('逾期 ７５ 天', 'int', '逾期 ([0-9]+) 天')).toBe(75);
  });

  it('reads a keyword with a zero-width space or a soft hyphen inside', () => {
    expect(value('工\u200b号 123', 'int', '工号 (\\d+)')).toBe(123);
    expect(value('逾\u00ad期 75 天', 'int', '逾期 (\\d+)')).toBe(75);
    expect(value('Agent\u2060ID 9', 'int', 'agentid (\\d+)')).toBe(9);
    // …and in the pattern.
    expect(value('工号 123', 'int', '工\u200b号 (\\d+)')).toBe(123);
  });

  it('reads either case, in the page and in the pattern', () => {
    expect(value('AGENT ID: 77', 'int', 'agent id: (\\d+)')).toBe(77);
    expect(value('agent id: 77', 'int', 'Agent ID: (\\d+)')).toBe(77);
    expect(value('ref ab12345', 'text', 'REF ([A-Z]{2}\\d+)')).toBe('ab12345');
  });

  it('reads 您 as 你', () => {
    expect(value('您的工号 12', 'int', '你的工号 (\\d+)')).toBe(12);
    expect(value('你的工号 12', 'int', '您的工号 (\\d+)')).toBe(12);
  });

  it('keeps the page’s own characters in a text capture', () => {
    expect(value('客戶：陳嘉欣（VIP）', 'text', '客户:([^(]+)')).toBe('陳嘉欣');
    expect(value('姓名：Ｃｈａｎ Ｔａｉ　Ｍａｎ', 'text', '姓名:(.+)$')).toBe('Ｃｈａｎ Ｔａｉ Ｍａｎ');
    // A character that folds to several (㎏ → kg) is kept whole, as the page shows it.
    expect(value('重量 5㎏ 净', 'text', '(\\d+kg)')).toBe('5㎏');
    // Characters folding removes before the capture do not shift it.
    expect(value('\u200b\u200b工\u00ad號：Ａ１２', 'text', '工号:(\\w+)')).toBe('Ａ１２');
  });

  it('parses a number from the folded capture', () => {
    expect(value('應還 ￥１，２３４．５０', 'money', '应还\\s*(\\S+)')).toBe(123_450);
    expect(value('到期日：２０２６年９月１５日', 'date', '到期日:(.+)$')).toBe('2026-09-15');
  });

  it('runs on at most 500 folded characters, however much folding lengthens the text', () => {
    // 300 characters of ㎏ are 600 once folded: the number after them is past what the matcher reads.
    expect(value(`${'㎏'.repeat(300)} 工号 5`, 'int', '工号 (\\d+)')).toBe('unparseable');
    expect(value(`${'㎏'.repeat(240)} 工号 5`, 'int', '工号 (\\d+)')).toBe(5);
  });
});
