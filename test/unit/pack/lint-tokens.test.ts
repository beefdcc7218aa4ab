/**
 * Placeholders that render, but wrong (content review 12), and the regulators and hotlines a text
 * names: the default packs have none, and each edit a quality lead could make to their own pack is
 * a warning at the line that makes it.
 */
import { lintPack } from '../../../lib/pack/lint';
import { channelProblems } from '../../../lib/pack/lint-channels';
import { authoringNote, tokenProblems } from '../../../lib/pack/lint-tokens';
import type { FieldParser, Pack } from '../../../lib/pack/schema';
import { render } from '../../../lib/script/render';
import { loadDefaultPack } from './content-helpers';

const zh = loadDefaultPack('zh-CN');
const en = loadDefaultPack('en-US');

const CODES = new Set([
  'moneyUnformatted',
  'dateUnformatted',
  'listOrFlagRendered',
  'formatterMismatch',
  'currencyTwice',
  'constantAuthoringNote',
  'hotlineForOtherPurpose',
  'outdatedRegulator',
]);
const ours = (pack: Pack) => lintPack(pack).filter((f) => CODES.has(f.code));

const KINDS = new Map<string, FieldParser>([
  ['overdueAmount', 'money'],
  ['dueDate', 'date'],
  ['dpd', 'int'],
  ['flags', 'list'],
  ['hardship', 'bool'],
  ['cardLast4', 'text'],
  ['promise.amount', 'money'],
]);
const codes = (text: string) => tokenProblems(text, KINDS).map((p) => p.code);

/** Replaces one objection's first say line. */
function withSay(pack: Pack, id: string, text: string): { pack: Pack; at: string } {
  const o = pack.objections.findIndex((x) => x.id === id);
  const edited = structuredClone(pack);
  edited.objections[o]?.say.splice(0, 1, text);
  return { pack: edited, at: `objections[${o}].say[0]` };
}

describe('pack lint: placeholders that render wrong', () => {
  it('finds nothing in the default packs', () => {
    expect(ours(zh).map((f) => `${f.path}: ${f.message.en}`)).toEqual([]);
    expect(ours(en).map((f) => `${f.path}: ${f.message.en}`)).toEqual([]);
  });

  it('an amount without |money reads a hundred times the debt', () => {
    // What the renderer really gives, so the warning is about a real misreading.
    const rendered = render('您的逾期金额为{{overdueAmount}}元', {
      context: {
        adapterId: 'demo-crm',
        accountKey: 'A1',
        fields: {
          overdueAmount: { raw: '¥12,345.67', value: 1234567, parse: 'money', source: { label: '逾期金额' } },
        },
        problems: [],
        url: 'http://localhost/',
        readAt: 0,
      },
      pack: { constants: {}, currency: 'CNY', locale: 'zh-CN' },
      agent: { name: '', id: '' },
    });
    expect(rendered.text).toBe('您的逾期金额为1234567元');
    expect(codes('您的逾期金额为{{overdueAmount}}元')).toEqual(['moneyUnformatted']);
    expect(codes('Please pay {{ promise.amount }} today')).toEqual(['moneyUnformatted']);
    expect(codes('您的逾期金额为{{overdueAmount|money}}')).toEqual([]);
  });

  it('a currency beside a formatted amount is said twice, in any width', () => {
    expect(codes('逾期金额{{overdueAmount|money}}元')).toEqual(['currencyTwice']);
    expect(codes('逾期金额 {{overdueAmount|money}} 块钱')).toEqual(['currencyTwice']);
    expect(codes('人民币{{overdueAmount|money}}')).toEqual(['currencyTwice']);
    expect(codes('逾期金额￥{{overdueAmount|money}}')).toEqual(['currencyTwice']);
    expect(codes('a payment of ＄{{promise.amount|money}}')).toEqual(['currencyTwice']);
    expect(codes('{{promise.amount|money}} dollars by Friday')).toEqual(['currencyTwice']);
    // A word that only starts like a currency is not one.
    expect(codes('{{promise.amount|money}} due by Friday')).toEqual([]);
    expect(codes('{{overdueAmount|money}}，元旦前还上')).toEqual([]);
  });

  it('dates, lists, yes/no fields and formatters on the wrong kind', () => {
    expect(codes('到期还款日是{{dueDate}}')).toEqual(['dateUnformatted']);
    expect(codes('您的账户标记是{{flags}}')).toEqual(['listOrFlagRendered']);
    expect(codes('困难客户：{{hardship}}')).toEqual(['listOrFlagRendered']);
    expect(codes('逾期{{dpd|money}}天')).toEqual(['formatterMismatch']);
    expect(codes('尾号{{cardLast4|date}}')).toEqual(['formatterMismatch']);
    expect(codes('逾期{{dpd}}天，尾号{{cardLast4}}，{{dueDate|date}}')).toEqual([]);
    // A name the adapter does not read is the undefined-variable lint's, not this one's.
    expect(codes('{{unknown}}元')).toEqual([]);
  });

  it('is a warning at the line, judged by the pack’s own adapter', () => {
    const { pack, at } = withSay(zh, 'no-money', '您这个月能先还{{minimumDue}}元吗？');
    const found = ours(pack);
    expect(found.map((f) => [f.severity, f.code, f.path])).toEqual([['warning', 'moneyUnformatted', at]]);
    expect(found[0]?.message.zh).toContain('|money');
    // The same name parsed as text by this pack's adapter reads as it is there, and the lines
    // that format it as money are the wrong ones.
    const asText = structuredClone(pack);
    const field = asText.crm.adapters[0]?.fields.minimumDue;
    if (field) field.parse = 'text';
    const asTextFound = ours(asText);
    expect(asTextFound.filter((f) => f.path === at)).toEqual([]);
    expect(asTextFound.length).toBeGreaterThan(0);
    expect(new Set(asTextFound.map((f) => f.code))).toEqual(new Set(['formatterMismatch']));
  });

  it('a constant holding a note for its author is read out: warned at the constant', () => {
    expect(
      authoringNote('California DFPI license 10000-00 (example: replace with the real number)'),
    ).toBeDefined();
    expect(authoringNote('TODO: real number')).toBeDefined();
    expect(authoringNote('400-000-0000（示例，请替换为本行号码）')).toBeDefined();
    expect(authoringNote('[INSERT LICENSE NUMBER]')).toBeDefined();
    // The demo bank's name is a name, not a note; a word merely containing "example" is not one.
    expect(authoringNote('示例银行信用卡中心')).toBeUndefined();
    expect(authoringNote('northwindrecovery.example')).toBeUndefined();
    const edited = structuredClone(en);
    edited.constants['company.caLicense'] = '10000-00 (replace with the real number)';
    expect(ours(edited).map((f) => [f.code, f.path])).toEqual([
      ['constantAuthoringNote', 'constants["company.caLicense"]'],
    ]);
  });
});

describe('pack lint: regulators and hotlines', () => {
  it('a crisis line given for a complaint, a complaint line given in a crisis', () => {
    const wrong = (text: string) => channelProblems(text).map((p) => p.code);
    expect(wrong('对处理结果不满意的，还可以拨打金融监管部门的投诉热线12356。')).toEqual([
      'hotlineForOtherPurpose',
    ]);
    expect(wrong('如果您心里特别难受，可以马上拨打12378。')).toEqual(['hotlineForOtherPurpose']);
    expect(wrong('您可以拨打１２３１５投诉。')).toEqual(['hotlineForOtherPurpose']);
    expect(wrong('If you are thinking about suicide, call 1-855-411-2372.')).toEqual([
      'hotlineForOtherPurpose',
    ]);
    expect(wrong('To make a complaint, call or text 988.')).toEqual(['hotlineForOtherPurpose']);
    // Right purpose, and numbers that only contain a hotline's digits.
    expect(wrong('您还可以直接拨打金融监管部门的消费者投诉热线12378。')).toEqual([]);
    expect(
      wrong('心里特别难受的话，可以拨打全国心理援助热线12356；也可拨打希望24热线400-161-9995。'),
    ).toEqual([]);
    expect(wrong('To make a complaint, call 1-800-555-0988.')).toEqual([]);
  });

  it('the regulator by a name it lost in 2023, not a document that bears it', () => {
    const wrong = (text: string) => channelProblems(text).map((p) => p.code);
    expect(wrong('您可以向银保监会投诉。')).toEqual(['outdatedRegulator']);
    expect(wrong('您可以向当地銀保監局反映。')).toEqual(['outdatedRegulator']);
    expect(wrong('按银保监规〔2022〕13号，分期要说明年化利率。')).toEqual([]);
    expect(wrong('北京银保监局关于代理处置信用卡债务的风险提示')).toEqual([]);
  });

  it('reads the numbers the constants bring in, at the line and at the constant', () => {
    const swapped = structuredClone(zh);
    swapped.constants['regulator.hotline'] = '12356';
    const complain = zh.objections.findIndex((o) => o.id === 'will-complain');
    const found = ours(swapped);
    expect(found.map((f) => [f.severity, f.code, f.path])).toContainEqual([
      'warning',
      'hotlineForOtherPurpose',
      `objections[${complain}].say[0]`,
    ]);
    const renamed = structuredClone(zh);
    renamed.constants['complaint.channel'] = '中国银保监会消费者权益保护局';
    expect(ours(renamed).map((f) => f.path)).toContain('constants["complaint.channel"]');
  });
});
