import { findUnmaskedRuns, maskPersonalNumbers, maskWithLongRuns } from '../../../lib/privacy/mask';
import { readDigits } from '../../../lib/privacy/mask/digits';
import { isSsnOrItin } from '../../../lib/privacy/mask/ssn';
import { foldWithOffsets } from '../../../lib/text/fold';

/** Review 2026-11 item 7: one test per class the probe found kept verbatim. */
const masks = (typed: string) => maskPersonalNumbers(typed);
const counts = (typed: string) =>
  Object.fromEntries(masks(typed).masked.map(({ kind, count }) => [kind, count]));
const read = (text: string) => readDigits(foldWithOffsets(text)).text;

describe('digit reading in the scan', () => {
  it('reads any script’s decimal digits as ASCII, one unit each, offsets kept', () => {
    expect(read('٦٢٢٥ ۶۲ ६२ ๖๒ ৬২ ၆၂')).toBe('6225 62 62 62 62 62');
    const astral = readDigits(foldWithOffsets('a\u{1e956}b'));
    expect(astral.text).toBe('a6b');
    expect(astral.starts).toEqual([0, 1, 3]);
    expect(astral.ends).toEqual([1, 3, 4]);
  });

  it('reads spelled Chinese numerals only in runs of three or more, or between digits', () => {
    expect(read('一三八零零一三八零零零')).toBe('13800138000');
    expect(read('陆贰贰伍、貳參陸、幺〇')).toBe('6225、236、幺〇');
    expect(read('138零零138')).toBe('13800138');
    expect(read('一 三 八 零')).toBe('1 3 8 0');
    expect(read('13800138000一直不接、三五天后、一一核对、两千')).toBe(
      '13800138000一直不接、三五天后、一一核对、两千',
    );
  });
});

describe('separators between groups', () => {
  it.each([
    ['卡号6225/8812/3452/1234', '卡号6225/88**/****/1234'],
    ['卡号 6225·8812·3452·1234', '卡号 6225·88**·****·1234'],
    ['卡号6225・8812・3452・1234', '卡号6225・88**・****・1234'],
    ['card 6225_8812_3452_1234', 'card 6225_88**_****_1234'],
    ['card 4111|1111|1111|1111', 'card 4111|11**|****|1111'],
    ['卡号 6225\n8812 3452 1234', '卡号 6225\n88** **** 1234'],
  ])('%j', (typed, stored) => {
    expect(masks(typed)).toEqual({ text: stored, masked: [{ kind: 'card', count: 1 }] });
  });

  it('masks a phone with slashes or middle dots, keeping the last four', () => {
    expect(masks('手机138/0013/8000').text).toBe('手机***/****/8000');
    expect(masks('手机 138·0013·8000').text).toBe('手机 ***·****·8000');
    expect(masks('电话：138 0013 8000/13912345678')).toEqual({
      text: '电话：*** **** 8000/*******5678',
      masked: [{ kind: 'phone', count: 2 }],
    });
  });

  it('keeps dates and fractions written with slashes', () => {
    for (const text of ['2026/12/01 12:30', '第3/12期', '12/01/2026', '09/28'])
      expect(masks(text)).toEqual({ text, masked: [] });
  });
});

describe('numbers spelled in Chinese numerals or other scripts', () => {
  it('masks them like the same number in digits; kept digits are written in ASCII', () => {
    expect(masks('电话一三八零零一三八零零零')).toEqual({
      text: '电话*******8000',
      masked: [{ kind: 'phone', count: 1 }],
    });
    expect(masks('卡号：陆贰贰伍捌捌壹贰叁肆伍贰壹贰叁肆').text).toBe('卡号：622588******1234');
    expect(masks('身份证一一零一零五一九四九一二三一零零二X').text).toBe('身份证110*************2X');
    expect(masks('卡号٦٢٢٥٨٨١٢٣٤٥٢١٢٣٤').text).toBe('卡号622588******1234');
  });

  it('does not let a numeral word glue onto the number before it', () => {
    expect(masks('电话13800138000一直不接').text).toBe('电话*******8000一直不接');
  });
});

describe('spaced single digits', () => {
  it('reads seven or more spaced digits as one number, with the cue before it', () => {
    expect(masks('电话 1 3 8 0 0 1 3 8 0 0 0')).toEqual({
      text: '电话 * * * * * * * 8 0 0 0',
      masked: [{ kind: 'phone', count: 1 }],
    });
    expect(counts('ssn 1 2 3 4 5 6 7 8 9')).toEqual({ ssn: 1 });
    expect(masks('cvv 1 2 3').text).toBe('cvv * * *');
  });

  it('leaves a spaced list that is no number', () => {
    for (const text of ['1 2 3 4 5 6 7', '分 1 2 3 期都行'])
      expect(masks(text)).toEqual({ text, masked: [] });
  });
});

describe('account and card cues', () => {
  it('joins a card read in parts with words between, counting one card', () => {
    expect(masks('卡号6225 8812，后面是3452 1234')).toEqual({
      text: '卡号**** ****，后面是**** 1234',
      masked: [{ kind: 'card', count: 1 }],
    });
  });

  it('never joins amounts after an account cue', () => {
    for (const text of ['账户余额 38000.00 还款 12345.67', '账户余额 1234567.89', '账户欠款 12,345,678'])
      expect(masks(text)).toEqual({ text, masked: [] });
  });

  it('takes commas between card-shaped groups, and ends a number at a list comma', () => {
    expect(masks('卡号6225，8812，3452，1234').text).toBe('卡号****，****，****，1234');
    expect(masks('卡号 4111111111111112，3000 元').text).toBe('卡号 ************1112，3000 元');
  });

  it('takes the cue after the number, but not a date', () => {
    expect(masks('6225 8812 3456 7891 是他的卡号')).toEqual({
      text: '**** **** **** 7891 是他的卡号',
      masked: [{ kind: 'account', count: 1 }],
    });
    expect(masks('20261201 是账户的还款日').masked).toEqual([]);
  });

  it('takes the usual slips in cues', () => {
    expect(counts('acount 1234567890')).toEqual({ account: 1 });
    expect(counts('CCV 321')).toEqual({ cvv: 1 });
    expect(counts('身分证 110105194912310021')).toEqual({ idCard: 1 });
  });
});

describe('US Social Security numbers and ITINs', () => {
  it('knows which numbers can be issued', () => {
    expect(isSsnOrItin('123456789')).toBe(true);
    expect(isSsnOrItin('912784321')).toBe(true);
    for (const never of ['000123456', '666123456', '123006789', '123450000', '912934321', '12345678'])
      expect(isSsnOrItin(never)).toBe(false);
  });

  it('masks the 3-2-4 dashed shape anywhere and nine digits after a cue, last four kept', () => {
    expect(masks('called re 234-56-7890')).toEqual({
      text: 'called re ***-**-7890',
      masked: [{ kind: 'ssn', count: 1 }],
    });
    expect(masks('SSN#123456789').text).toBe('SSN#*****6789');
    expect(masks('social security number is 123 45 6789').text).toBe('social security number is *** ** 6789');
    expect(masks('ITIN 912-78-4321').text).toBe('ITIN ***-**-4321');
  });

  it('leaves zip codes, spaced amounts and numbers never issued', () => {
    for (const text of [
      'zip 94105-1234',
      'paid 250 06 2026',
      'ssn 000-12-3456',
      '912-93-1234',
      'last four of social 6789',
    ])
      expect(masks(text)).toEqual({ text, masked: [] });
  });

  it('US phones with spaces only after a phone cue', () => {
    expect(masks('cell 415 555 0134').text).toBe('cell *** *** 0134');
    expect(masks('paid 250 300 1000').masked).toEqual([]);
  });
});

describe('the count shown to the agent', () => {
  it('counts each number once, by kind, however it was written', () => {
    expect(
      counts(
        '卡号 6225/8812/3452/1234，手机一三八零零一三八零零零，ssn 123-45-6789，卡号6225 8812，后面是3452 1234',
      ),
    ).toEqual({
      card: 2,
      phone: 1,
      ssn: 1,
    });
  });

  it('the note box warning leaves amounts one per line', () => {
    expect(findUnmaskedRuns('还款记录\n3000\n2000\n1500')).toEqual([]);
    expect(findUnmaskedRuns('编号 123 456\n789 0123')).toEqual([]);
  });

  it('the note box warning and "mask it" read spelled numbers too', () => {
    expect(findUnmaskedRuns('编号 一二三四五六七八九零一二')).toEqual(['123456789012']);
    expect(maskWithLongRuns('编号 一二三四五六七八九零一二')).toEqual({
      text: '编号 ********9012',
      masked: [{ kind: 'number', count: 1 }],
    });
  });
});
