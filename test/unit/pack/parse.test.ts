import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatPackError, MAX_PACK_ERRORS, type PackError } from '../../../lib/pack/errors';
import { MAX_JSON_DEPTH, type ParseResult, parsePack } from '../../../lib/pack/parse';
import {
  conditionDepth,
  isMatchPattern,
  nestedQuantifier,
  patternProblem,
} from '../../../lib/pack/references';
import { LIMITS, type Pack } from '../../../lib/pack/schema';

const root = resolve(__dirname, '../../..');
const minimalText = readFileSync(resolve(root, 'test/fixtures/packs/minimal.json'), 'utf8');

// The fixture is edited freely by each case, so every case gets its own deep copy.
// biome-ignore lint/suspicious/noExplicitAny: tests reach into the JSON to break it on purpose
type Json = any;
const minimal = (): Json => JSON.parse(minimalText);
const mutated = (edit: (pack: Json) => void): Json => {
  const pack = minimal();
  edit(pack);
  return pack;
};

function errorsOf(result: ParseResult): PackError[] {
  if (result.ok) throw new Error('expected the pack to be refused, but it parsed');
  return result.errors;
}

interface Case {
  name: string;
  edit: (pack: Json) => void;
  path: string;
  code: string;
  zh: string[];
  en: string[];
  /** How many errors the edit causes in all (default 1). */
  count?: number;
}

const longText = 'x'.repeat(LIMITS.text + 1);
const twoAnswers = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
];

const schemaCases: Case[] = [
  {
    name: 'wrong format',
    edit: (p) => {
      p.format = 'call-assist/pack@2';
    },
    path: 'format',
    code: 'invalid_value',
    zh: ['必须是 "call-assist/pack@1"', '"call-assist/pack@2"'],
    en: ['must be "call-assist/pack@1"', 'but it is "call-assist/pack@2"'],
  },
  {
    name: 'missing title',
    edit: (p) => {
      delete p.title;
    },
    path: 'title',
    code: 'required',
    zh: ['缺少必填项', '标题 "title"'],
    en: ['Required "title" is missing', 'text'],
  },
  {
    name: 'version written as text',
    edit: (p) => {
      p.version = '3';
    },
    path: 'version',
    code: 'invalid_type',
    zh: ['版本号 "version"', '应为数字', '实际是文本 "3"'],
    en: ['"version" must be a number', 'but it is the text "3"'],
  },
  {
    name: 'fractional version',
    edit: (p) => {
      p.version = 3.5;
    },
    path: 'version',
    code: 'invalid_type',
    zh: ['应为整数', '3.5'],
    en: ['must be a whole number', '3.5'],
  },
  {
    name: 'misspelt key in a stage',
    edit: (p) => {
      p.scripts[0].stages[0].titel = 'x';
    },
    path: 'scripts[0].stages[0].titel',
    code: 'unrecognized_keys',
    zh: ['未知字段 "titel"', '是不是想写 "title"', '允许的字段'],
    en: ['Unknown field "titel"', 'did you mean "title"?', 'fields allowed here: id, title, phase'],
  },
  {
    name: 'unknown key in a rule names that rule type’s keys',
    edit: (p) => {
      p.rules[1].maxPerdays = 6;
    },
    path: 'rules[1].maxPerdays',
    code: 'unrecognized_keys',
    zh: ['未知字段 "maxPerdays"', '"maxPerDay"'],
    en: ['Unknown field "maxPerdays"', 'did you mean "maxPerDay"?', 'counts'],
  },
  {
    name: 'unknown phase',
    edit: (p) => {
      p.scripts[0].stages[3].phase = 'negotiation';
    },
    path: 'scripts[0].stages[3].phase',
    code: 'invalid_value',
    zh: ['通话环节 "phase"', '"negotiation" 无效', '可选值：identify、disclose', 'negotiate'],
    en: ['"phase" has an invalid value "negotiation"', 'allowed values: identify, disclose', 'escalate'],
  },
  {
    name: 'id with a space',
    edit: (p) => {
      p.objections[0].id = 'no money';
    },
    path: 'objections[0].id',
    code: 'id',
    zh: ['"no money"', '不是合法编号', '字母、数字'],
    en: ['"no money" is not a valid id', 'letters, digits'],
  },
  {
    name: 'changelog date with slashes',
    edit: (p) => {
      p.changelog[0].date = '2025/12/01';
    },
    path: 'changelog[0].date',
    code: 'isoDate',
    zh: ['YYYY-MM-DD', '"2025/12/01"'],
    en: ['must be a date YYYY-MM-DD', '"2025/12/01"'],
  },
  {
    name: 'publishedAt without an offset',
    edit: (p) => {
      p.publishedAt = '2026-01-15 09:00';
    },
    path: 'publishedAt',
    code: 'isoDateTime',
    zh: ['发布时间 "publishedAt"', 'ISO 8601', '+08:00'],
    en: ['ISO 8601 time with an offset', '"2026-01-15 09:00"'],
  },
  {
    name: 'call window hour without a leading zero',
    edit: (p) => {
      p.rules[0].start = '8:00';
    },
    path: 'rules[0].start',
    code: 'clock',
    zh: ['开始时间 "start"', 'HH:MM', '"8:00"'],
    en: ['24-hour time HH:MM', '"8:00"'],
  },
  {
    name: 'locale with an underscore',
    edit: (p) => {
      p.locale = 'zh_CN';
    },
    path: 'locale',
    code: 'locale',
    zh: ['语言代码', 'zh-CN', '"zh_CN"'],
    en: ['language tag such as zh-CN or en-US', '"zh_CN"'],
  },
  {
    name: 'currency in lower case',
    edit: (p) => {
      p.currency = 'rmb';
    },
    path: 'currency',
    code: 'currency',
    zh: ['货币代码', 'CNY', '"rmb"'],
    en: ['three-letter upper-case currency code', '"rmb"'],
  },
  {
    name: 'field spec with neither selector nor label',
    edit: (p) => {
      p.crm.adapters[0].fields.dpd = { parse: 'int' };
    },
    path: 'crm.adapters[0].fields.dpd',
    code: 'fieldNeedsSelectorOrLabel',
    zh: ['"selector"', '"label"', 'CRM 页面'],
    en: ['needs a "selector"', 'or a "label"'],
  },
  {
    name: 'more than 100 adapter fields',
    edit: (p) => {
      for (let i = 0; i < 100; i++) p.crm.adapters[0].fields[`extra${i}`] = { label: `L${i}`, parse: 'text' };
    },
    path: 'crm.adapters[0].fields',
    code: 'tooMany',
    zh: ['最多 100 项', '现有 110 项'],
    en: ['at most 100 entries', 'it has 110'],
  },
  {
    name: 'blank title',
    edit: (p) => {
      p.scripts[0].stages[1].title = '   ';
    },
    path: 'scripts[0].stages[1].title',
    code: 'too_small',
    zh: ['标题 "title" 不能为空'],
    en: ['"title" must not be empty'],
  },
  {
    name: 'line text over 2000 characters',
    edit: (p) => {
      p.scripts[0].stages[2].lines[0].text = longText;
    },
    path: 'scripts[0].stages[2].lines[0].text',
    code: 'too_big',
    zh: ['太长', '最多 2000 个字符', '现有 2001 个'],
    en: ['too long', 'at most 2000 characters, it has 2001'],
  },
  {
    name: 'ask line with one answer',
    edit: (p) => {
      p.scripts[0].stages[0].lines[1].answers.pop();
    },
    path: 'scripts[0].stages[0].lines[1].answers',
    code: 'too_small',
    zh: ['答案选项 "answers"', '至少需要 2 项', '现有 1 项'],
    en: ['needs at least 2 items, it has 1'],
  },
  {
    name: 'rate above 100 %',
    edit: (p) => {
      p.planPolicies[0].minDownPaymentRate = 1.5;
    },
    path: 'planPolicies[0].minDownPaymentRate',
    code: 'too_big',
    zh: ['不能大于 1', '1.5'],
    en: ['must be at most 1', 'it is 1.5'],
  },
  {
    name: 'negative minimum instalment',
    edit: (p) => {
      p.planPolicies[1].minInstalment = -100;
    },
    path: 'planPolicies[1].minInstalment',
    code: 'too_small',
    zh: ['不能小于 0', '-100'],
    en: ['must be at least 0', 'it is -100'],
  },
  {
    name: 'unknown rule type',
    edit: (p) => {
      p.rules[0].type = 'nightWindow';
    },
    path: 'rules[0].type',
    code: 'invalid_value',
    zh: ['"nightWindow" 无效', 'callWindow', 'retention'],
    en: ['invalid value "nightWindow"', 'allowed values: callWindow, attemptCap'],
  },
  {
    name: 'rule without a type',
    edit: (p) => {
      delete p.rules[2].type;
    },
    path: 'rules[2].type',
    code: 'required',
    zh: ['类型 "type" 缺失', '可选值'],
    en: ['"type" is missing', 'allowed values: callWindow'],
  },
  {
    name: 'unknown condition operator',
    edit: (p) => {
      p.segments[1].when.all[0].op = 'eqq';
    },
    path: 'segments[1].when.all[0].op',
    code: 'invalid_value',
    zh: ['运算符 "op"', '"eqq" 无效', 'eq、ne、gt'],
    en: ['"op" has an invalid value "eqq"', 'allowed values: eq, ne, gt, gte, lt, lte, in, exists'],
  },
  {
    name: 'empty condition',
    edit: (p) => {
      p.segments[0].when = {};
    },
    path: 'segments[0].when',
    code: 'invalid_union',
    zh: ['条件 "when" 写法不对', '{"all": [...]}'],
    en: ['"when" is not a valid condition', '{"field", "op", "value"}'],
  },
  {
    name: 'unknown key in a nested condition',
    edit: (p) => {
      p.segments[1].when.all[1].not.vaule = 1;
    },
    path: 'segments[1].when.all[1].not.vaule',
    code: 'unrecognized_keys',
    zh: ['未知字段 "vaule"', '"value"'],
    en: ['Unknown field "vaule"', 'did you mean "value"?'],
  },
  {
    name: 'condition value that is an object',
    edit: (p) => {
      p.segments[1].when.all[0].value = { days: 90 };
    },
    path: 'segments[1].when.all[0].value',
    code: 'invalid_type',
    zh: ['值 "value" 应为', '文本、数字', '列表', '实际是对象'],
    en: ['"value" must be text, or a number', 'a list', 'but it is an object'],
  },
  {
    name: 'constant key starting with a digit',
    edit: (p) => {
      p.constants['1bank'] = 'x';
    },
    path: 'constants["1bank"]',
    code: 'invalid_key',
    zh: ['键名 "1bank" 不合规', '以字母开头'],
    en: ['The key "1bank" is not valid', 'a letter first'],
  },
  {
    name: 'adapter field name with a space',
    edit: (p) => {
      p.crm.adapters[0].fields['overdue amount'] = { label: '逾期金额', parse: 'money' };
    },
    path: 'crm.adapters[0].fields["overdue amount"]',
    code: 'invalid_key',
    zh: ['键名 "overdue amount" 不合规', '字母、数字'],
    en: ['The key "overdue amount" is not valid', 'letters, digits'],
  },
  {
    name: 'objections as an object',
    edit: (p) => {
      p.objections = {};
    },
    path: 'objections',
    code: 'invalid_type',
    zh: ['异议 "objections" 应为列表', '实际是对象'],
    en: ['"objections" must be a list [...]', 'but it is an object'],
  },
  {
    name: 'trigger that is a number',
    edit: (p) => {
      p.objections[1].triggers[1] = 42;
    },
    path: 'objections[1].triggers[1]',
    code: 'invalid_type',
    zh: ['触发词 "triggers[1]"', '应为文本', '数字 42'],
    en: ['"triggers[1]" must be text', 'the number 42'],
  },
  {
    name: 'no segments',
    edit: (p) => {
      p.segments = [];
    },
    path: 'segments',
    code: 'too_small',
    zh: ['客群 "segments" 至少需要 1 项', '现有 0 项'],
    en: ['"segments" needs at least 1 item, it has 0'],
  },
];

const referenceCases: Case[] = [
  {
    name: 'duplicate script id',
    edit: (p) => {
      p.scripts[1].id = 'standard';
    },
    path: 'scripts[1].id',
    code: 'duplicateId',
    zh: ['话术编号 "standard" 重复', 'scripts[0].id'],
    en: ['Duplicate script id "standard"', 'already used at scripts[0].id'],
    count: 2, // and the hardship segment now names a script that is gone
  },
  {
    name: 'duplicate stage id within a script',
    edit: (p) => {
      p.scripts[1].stages[7].id = 'close';
    },
    path: 'scripts[1].stages[7].id',
    code: 'duplicateId',
    zh: ['阶段编号 "close" 重复', 'scripts[1].stages[5].id'],
    en: ['Duplicate stage id "close"', 'scripts[1].stages[5].id'],
  },
  {
    name: 'duplicate line id across stages of one script',
    edit: (p) => {
      p.scripts[0].stages[2].lines[0].id = 'greet';
    },
    path: 'scripts[0].stages[2].lines[0].id',
    code: 'duplicateId',
    zh: ['话术行编号 "greet" 重复', 'scripts[0].stages[0].lines[0].id'],
    en: ['Duplicate line id "greet"', 'scripts[0].stages[0].lines[0].id'],
  },
  {
    name: 'duplicate answer id within a line',
    edit: (p) => {
      p.scripts[0].stages[0].lines[1].answers[1].id = 'yes';
    },
    path: 'scripts[0].stages[0].lines[1].answers[1].id',
    code: 'duplicateId',
    zh: ['答案选项编号 "yes" 重复'],
    en: ['Duplicate answer id "yes"'],
  },
  {
    name: 'duplicate checklist item',
    edit: (p) => {
      p.checklist.push({ ...p.checklist[0] });
    },
    path: 'checklist[5].id',
    code: 'duplicateId',
    zh: ['检查清单项编号 "identity-verified" 重复', 'checklist[0].id'],
    en: ['Duplicate checklist item id "identity-verified"'],
  },
  {
    name: 'duplicate disposition',
    edit: (p) => {
      p.dispositions.push({ id: 'NA', label: '无人接听 2', conversation: false });
    },
    path: 'dispositions[7].id',
    code: 'duplicateId',
    zh: ['结果代码编号 "NA" 重复'],
    en: ['Duplicate disposition id "NA"', 'dispositions[6].id'],
  },
  {
    name: 'duplicate adapter',
    edit: (p) => {
      p.crm.adapters.push(structuredClone(p.crm.adapters[0]));
    },
    path: 'crm.adapters[1].id',
    code: 'duplicateId',
    zh: ['CRM 适配器编号 "demo-crm" 重复'],
    en: ['Duplicate adapter id "demo-crm"', 'crm.adapters[0].id'],
  },
  {
    name: 'duplicate rule and objection and plan policy and segment',
    edit: (p) => {
      p.rules.push(structuredClone(p.rules[7]));
    },
    path: 'rules[8].id',
    code: 'duplicateId',
    zh: ['规则编号 "retention" 重复'],
    en: ['Duplicate rule id "retention"'],
  },
  {
    name: 'segment names a missing script',
    edit: (p) => {
      p.segments[1].scriptId = 'standrd';
    },
    path: 'segments[1].scriptId',
    code: 'unknownReference',
    zh: ['话术 "standrd" 在本话术包中不存在', '是不是想写 "standard"', '现有：standard、hardship'],
    en: ['script "standrd" does not exist in this pack', 'did you mean "standard"?'],
  },
  {
    name: 'segment names a missing plan policy',
    edit: (p) => {
      p.segments[0].planPolicyId = 'vip-policy';
    },
    path: 'segments[0].planPolicyId',
    code: 'unknownReference',
    zh: ['还款政策 "vip-policy" 在本话术包中不存在', 'standard-policy'],
    en: ['plan policy "vip-policy" does not exist in this pack', 'hardship-policy'],
  },
  {
    name: 'stage checklist names a missing item',
    edit: (p) => {
      p.scripts[0].stages[0].checklist[0] = 'identity-checked';
    },
    path: 'scripts[0].stages[0].checklist[0]',
    code: 'unknownReference',
    zh: ['检查清单项 "identity-checked" 在检查清单中不存在'],
    en: ['checklist item "identity-checked" does not exist in the checklist'],
  },
  {
    name: 'line ticks a missing item',
    edit: (p) => {
      p.scripts[1].stages[1].lines[0].ticks = ['recording'];
    },
    path: 'scripts[1].stages[1].lines[0].ticks[0]',
    code: 'unknownReference',
    zh: ['检查清单项 "recording" 在检查清单中不存在'],
    en: ['checklist item "recording" does not exist'],
  },
  {
    name: 'next goes to a misspelt stage',
    edit: (p) => {
      p.scripts[0].stages[1].next[0].goto = 'negotiat';
    },
    path: 'scripts[0].stages[1].next[0].goto',
    code: 'unknownReference',
    zh: ['跳转目标阶段 "negotiat" 在本话术中不存在', '是不是想写 "negotiate"'],
    en: ['goto target stage "negotiat" does not exist in this script', 'did you mean "negotiate"?'],
  },
  {
    name: 'answer goes to a stage that is not in its script',
    edit: (p) => {
      p.scripts[0].stages[6].lines[1].answers[0].goto = 'wrap-up';
    },
    path: 'scripts[0].stages[6].lines[1].answers[0].goto',
    code: 'unknownReference',
    zh: ['跳转目标阶段 "wrap-up" 在本话术中不存在', '现有：identify'],
    en: ['goto target stage "wrap-up" does not exist in this script', 'existing: identify'],
  },
  {
    name: 'objection leads to a missing disposition',
    edit: (p) => {
      p.objections[0].leadsTo.disposition = 'HARD';
    },
    path: 'objections[0].leadsTo.disposition',
    code: 'unknownReference',
    zh: ['结果代码 "HARD" 在本话术包中不存在'],
    en: ['disposition "HARD" does not exist in this pack'],
  },
  {
    name: 'recording notice names a missing checklist item',
    edit: (p) => {
      p.rules[5].items = ['recording-told'];
    },
    path: 'rules[5].items[0]',
    code: 'unknownReference',
    zh: ['检查清单项 "recording-told" 在检查清单中不存在'],
    en: ['checklist item "recording-told" does not exist in the checklist'],
  },
  {
    name: 'misspelt time zone',
    edit: (p) => {
      p.timezone = 'Asia/Shangai';
    },
    path: 'timezone',
    code: 'unknownTimezone',
    zh: ['时区 "Asia/Shangai" 不是有效的 IANA 时区名'],
    en: ['"Asia/Shangai" is not a valid IANA zone name'],
  },
  {
    name: 'pattern that does not compile',
    edit: (p) => {
      p.crm.adapters[0].fields.dpd.pattern = '(\\d+\\s*天';
    },
    path: 'crm.adapters[0].fields.dpd.pattern',
    code: 'badPattern',
    zh: ['正则表达式', '无法编译'],
    en: ['does not compile'],
  },
  {
    name: 'pattern with two capture groups',
    edit: (p) => {
      p.crm.adapters[0].fields.dpd.pattern = '(\\d+)\\s*(天)';
    },
    path: 'crm.adapters[0].fields.dpd.pattern',
    code: 'patternGroups',
    zh: ['恰好有 1 个捕获组', '现有 2 个', '(?:...)'],
    en: ['exactly one capture group', 'it has 2'],
  },
  {
    name: 'pattern with no capture group',
    edit: (p) => {
      p.crm.adapters[0].accountKey.pattern = 'CC\\d+';
    },
    path: 'crm.adapters[0].accountKey.pattern',
    code: 'patternGroups',
    zh: ['现有 0 个'],
    en: ['it has 0'],
  },
  {
    name: 'pattern with a nested quantifier',
    edit: (p) => {
      p.crm.adapters[0].fields.dpd.pattern = '(\\d+)+天';
    },
    path: 'crm.adapters[0].fields.dpd.pattern',
    code: 'nestedQuantifier',
    zh: ['嵌套量词', '灾难性回溯'],
    en: ['nested quantifier', 'catastrophically'],
  },
  {
    name: 'match pattern without a scheme',
    edit: (p) => {
      p.crm.adapters[0].match[1] = 'localhost/*';
    },
    path: 'crm.adapters[0].match[1]',
    code: 'badMatchPattern',
    zh: ['匹配网址 "localhost/*" 无效', '<协议>://<主机>/<路径>'],
    en: ['match pattern "localhost/*" is not valid', '<scheme>://<host>/<path>'],
  },
  {
    name: 'plan type without its terms',
    edit: (p) => {
      delete p.planPolicies[0].instalmentFlat;
    },
    path: 'planPolicies[0].types[2]',
    code: 'planTermsMissing',
    zh: ['方案类型包含 "instalmentFlat"', '没有给出 "instalmentFlat" 条款'],
    en: ['types include "instalmentFlat"', 'no "instalmentFlat" terms'],
  },
  {
    name: 'plan terms without their type',
    edit: (p) => {
      p.planPolicies[1].deferral = { maxMonths: 3, interest: 'frozen', monthlyRate: 0 };
    },
    path: 'planPolicies[1].deferral',
    code: 'planTermsUnused',
    zh: ['给出了 "deferral" 条款', '没有 "deferral"'],
    en: ['"deferral" terms are given', 'does not include "deferral"'],
  },
  {
    name: 'agent may discount more than a supervisor',
    edit: (p) => {
      p.planPolicies[0].settlement.agentMaxDiscountRate = 0.35;
    },
    path: 'planPolicies[0].settlement.agentMaxDiscountRate',
    code: 'settlementRates',
    zh: ['最大减免比例 35%', '主管审批上限 30%'],
    en: ["agent's maximum discount 35%", "supervisor's maximum 30%"],
  },
  {
    name: 'expiry before publication',
    edit: (p) => {
      p.expiresAt = '2026-01-01T00:00:00+08:00';
    },
    path: 'expiresAt',
    code: 'expiresBeforePublished',
    zh: ['过期时间', '不晚于发布时间'],
    en: ['expiresAt 2026-01-01T00:00:00+08:00 is not after publishedAt'],
  },
  {
    name: 'changelog ahead of the pack version',
    edit: (p) => {
      p.changelog.push({ version: 4, date: '2026-02-01', summary: '未来版本' });
    },
    path: 'changelog[2].version',
    code: 'changelogAhead',
    zh: ['版本 4 高于话术包版本 3'],
    en: ["version 4 is above the pack's version 3"],
  },
  {
    name: 'condition nested too deep',
    edit: (p) => {
      let condition: Json = { field: 'dpd', op: 'gt', value: 0 };
      for (let i = 0; i < LIMITS.conditionDepth; i++) condition = { not: condition };
      p.scripts[0].stages[2].lines[1].when = condition;
    },
    path: 'scripts[0].stages[2].lines[1].when',
    code: 'conditionTooDeep',
    zh: ['条件嵌套 9 层', '上限 8 层'],
    en: ['nested 9 levels deep', 'limit of 8'],
  },
  {
    name: 'answers on a say line',
    edit: (p) => {
      p.scripts[0].stages[1].lines[0].answers = twoAnswers;
    },
    path: 'scripts[0].stages[1].lines[0].answers',
    code: 'answersNotAsk',
    zh: ['只有提问行', '"say"'],
    en: ['Only an ask line', 'this line is a "say" line'],
  },
];

describe('parsePack: the minimal pack', () => {
  it('accepts the minimal fixture as text and as a parsed value', () => {
    expect(parsePack(minimalText)).toMatchObject({ ok: true });
    expect(parsePack(minimal())).toMatchObject({ ok: true });
  });

  it('returns a typed pack with the fixture’s content', () => {
    const result = parsePack(minimalText);
    if (!result.ok) throw new Error(result.errors.map((e) => formatPackError(e, 'en')).join('\n'));
    expectTypeOf(result.pack).toEqualTypeOf<Pack>();
    const pack: Pack = result.pack;
    expect(pack.scripts.map((s) => s.id)).toEqual(['standard', 'hardship']);
    expect(pack.scripts[0]?.stages.map((s) => s.phase)).toEqual([
      'identify',
      'disclose',
      'understand',
      'negotiate',
      'commit',
      'close',
      'thirdParty',
      'escalate',
    ]);
    expect(new Set(pack.rules.map((r) => r.type)).size).toBe(8);
    expect(pack.constants['bank.hotline']).toBe('400-000-0000');
  });

  it('accepts a leading byte-order mark', () => {
    expect(parsePack(`\uFEFF${minimalText}`).ok).toBe(true);
  });

  it('the brief’s goto example reads as a whole line in both languages', () => {
    const errors = errorsOf(
      parsePack(
        mutated((p) => {
          p.scripts[0].stages[1].next[0].goto = 'negotiat';
        }),
      ),
    );
    expect(formatPackError(errors[0] as PackError, 'zh')).toMatch(
      /^scripts\[0]\.stages\[1]\.next\[0]\.goto: 跳转目标阶段 "negotiat" 在本话术中不存在/,
    );
    expect(formatPackError(errors[0] as PackError, 'en')).toMatch(
      /^scripts\[0]\.stages\[1]\.next\[0]\.goto: goto target stage "negotiat" does not exist in this script/,
    );
  });
});

describe.each([
  ['schema', schemaCases],
  ['references', referenceCases],
])('parsePack refuses an invalid pack (%s)', (_kind, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const errors = errorsOf(parsePack(mutated(c.edit)));
    expect(errors).toHaveLength(c.count ?? 1);
    const error = errors.find((e) => e.path === c.path);
    expect(error, `no error at ${c.path}; got ${errors.map((e) => e.path).join(', ')}`).toBeDefined();
    expect(error?.code).toBe(c.code);
    for (const part of c.zh) expect(error?.message.zh).toContain(part);
    for (const part of c.en) expect(error?.message.en).toContain(part);
    // A sentence never leaks zod's own wording.
    expect(error?.message.en).not.toMatch(/Invalid input|expected .*, received/);
  });
});

describe('parsePack: before the schema', () => {
  it('refuses a string over the size limit quickly, without parsing it', () => {
    const huge = `{"title":"${'a'.repeat(LIMITS.packBytes + 10)}"}`;
    const started = performance.now();
    const errors = errorsOf(parsePack(huge));
    const elapsed = performance.now() - started;
    expect(errors).toEqual([expect.objectContaining({ path: '(root)', code: 'tooLarge' })]);
    expect(errors[0]?.message.zh).toContain('至少 5.0 MB，超过大小上限 5.0 MB');
    expect(errors[0]?.message.en).toContain('at least 5.0 MB, over the 5.0 MB size limit');
    expect(elapsed).toBeLessThan(100);
  });

  it('counts UTF-8 bytes, not characters: 2 million Chinese characters are 6 MB', () => {
    const chinese = `"${'催'.repeat(2_000_000)}"`;
    expect(chinese.length).toBeLessThan(LIMITS.packBytes);
    const error = errorsOf(parsePack(chinese))[0];
    expect(error?.code).toBe('tooLarge');
    expect(error?.message.en).toContain('about 5.7 MB');
  });

  it('refuses deeply nested JSON text before JSON.parse, with where it happens', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const errors = errorsOf(parsePack(deep));
    expect(errors).toEqual([expect.objectContaining({ path: '(root)', code: 'tooDeep' })]);
    expect(errors[0]?.message.zh).toContain(`超过 ${MAX_JSON_DEPTH} 层`);
    expect(errors[0]?.message.en).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
    expect(errors[0]?.message.en).toContain('(line 1, column 65)');
  });

  it('ignores brackets inside strings when measuring depth', () => {
    const pack = mutated((p) => {
      p.scripts[0].stages[0].lines[0].text = `${'['.repeat(100)}{{name}}`;
    });
    expect(parsePack(JSON.stringify(pack)).ok).toBe(true);
  });

  it('allows exactly 64 levels and refuses 65', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(errorsOf(parsePack(nested(MAX_JSON_DEPTH)))[0]?.code).toBe('invalid_type');
    expect(errorsOf(parsePack(nested(MAX_JSON_DEPTH + 1)))[0]?.code).toBe('tooDeep');
  });

  it('refuses a deeply nested or cyclic parsed value without recursing', () => {
    let deep: Json = {};
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const errors = errorsOf(parsePack(deep));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('tooDeep');
    expect(errors[0]?.path).toBe(`next${'.next'.repeat(MAX_JSON_DEPTH - 1)}`);

    const cyclic: Json = minimal();
    cyclic.constants.self = cyclic;
    expect(errorsOf(parsePack(cyclic))[0]?.code).toBe('tooDeep');
  });

  it('refuses __proto__ anywhere, naming the key and its path', () => {
    const text = minimalText.replace(
      '"bank.name": "示例银行",',
      '"bank.name": "示例银行", "__proto__": { "polluted": "yes" },',
    );
    const errors = errorsOf(parsePack(text));
    expect(errors).toEqual([expect.objectContaining({ path: 'constants.__proto__', code: 'forbiddenKey' })]);
    expect(errors[0]?.message.zh).toContain('不允许使用键名 "__proto__"');
    expect(errors[0]?.message.en).toContain('The key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype keys, also in an already-parsed value', () => {
    const value = JSON.parse(
      minimalText.replace('"sample": {', '"sample": { "constructor": "x", "prototype": "y",'),
    ) as Json;
    const errors = errorsOf(parsePack(value));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['crm.adapters[0].sample.constructor', 'forbiddenKey'],
      ['crm.adapters[0].sample.prototype', 'forbiddenKey'],
    ]);
    const own = JSON.parse('{"__proto__": {"x": 1}}') as object;
    expect(errorsOf(parsePack(own))[0]).toMatchObject({ path: '__proto__', code: 'forbiddenKey' });
  });

  it('refuses invalid JSON with line, column and what was expected', () => {
    const text = minimalText.replace('"version": 3,', '"version": 3,,');
    const errors = errorsOf(parsePack(text));
    expect(errors).toEqual([expect.objectContaining({ path: '(root)', code: 'invalidJson' })]);
    expect(errors[0]?.message.zh).toContain('第 4 行第 16 列');
    expect(errors[0]?.message.zh).toContain('出现意外的 ","');
    expect(errors[0]?.message.en).toMatch(
      /unexpected "," where a property name in double quotes .* line 4, column 16/,
    );
  });

  it.each([
    ['{"a": [1, 2,]}', 'line 1, column 13', 'unexpected "]" where a value was expected'],
    ['{"a": 1', 'line 1, column 8', 'unexpected end of text'],
    ['{"a": "x\ny"}', 'line 1, column 9', 'unescaped line break'],
    ["{'a': 1}", 'line 1, column 2', 'property name in double quotes'],
    ['{"a": 1} x', 'line 1, column 10', 'the end of the text'],
    ['', 'line 1, column 1', 'unexpected end of text'],
    ['{"a": tru}', 'line 1, column 7', 'unexpected "t"'],
    ['{"a": "\\x"}', 'line 1, column 8', 'the escape "\\x"'],
  ])('locates the JSON error in %j', (text, where, what) => {
    const error = errorsOf(parsePack(text))[0];
    expect(error?.code).toBe('invalidJson');
    expect(error?.message.en).toContain(where);
    expect(error?.message.en).toContain(what);
    expect(error?.message.zh).toContain('不是有效的 JSON');
  });

  it('refuses a value that is neither text nor an object', () => {
    const errors = errorsOf(parsePack(42));
    expect(errors).toEqual([expect.objectContaining({ path: '(root)', code: 'invalid_type' })]);
    expect(errors[0]?.message.en).toContain('JSON text or an object');
  });

  it('caps the error list at 100, the last one counting the rest', () => {
    const pack = mutated((p) => {
      p.objections = Array.from({ length: 150 }, (_, i) => ({ ...p.objections[0], id: `bad id ${i}` }));
    });
    const errors = errorsOf(parsePack(pack));
    expect(errors).toHaveLength(MAX_PACK_ERRORS);
    expect(errors[0]?.path).toBe('objections[0].id');
    expect(errors[98]?.path).toBe('objections[98].id');
    expect(errors[99]).toMatchObject({ path: '(root)', code: 'tooManyErrors' });
    expect(errors[99]?.message.zh).toContain('另有 51 处错误');
    expect(errors[99]?.message.en).toContain('51 more errors');
  });

  it('reports several independent problems at once', () => {
    const errors = errorsOf(
      parsePack(
        mutated((p) => {
          p.locale = 'chinese';
          delete p.segments[0].name;
          p.scripts[1].stages[0].lines[0].kind = 'tell';
        }),
      ),
    );
    expect(errors.map((e) => e.path)).toEqual([
      'locale',
      'segments[0].name',
      'scripts[1].stages[0].lines[0].kind',
    ]);
  });
});

describe('reference helpers', () => {
  it.each([
    ['(\\d+)', undefined],
    ['(?:¥)?([\\d,.]+)', undefined],
    ['([\\d+]+)', undefined], // a quantifier inside a character class is a literal
    ['(?<days>\\d+) 天', undefined],
    ['(\\d{1,3})(?:,\\d{3})*', undefined],
    ['(\\d+)(天)', 'patternGroups'],
    ['((?:\\d{1,3},?)+)', 'nestedQuantifier'],
    ['(a*)*', 'nestedQuantifier'],
    ['(?:(\\w+)\\s?)+', 'nestedQuantifier'],
    ['(a{2})+', undefined], // a fixed count cannot be split two ways
    ['(?:,(\\d{3}))*', undefined],
    ['(a+){3}', 'nestedQuantifier'],
    ['(a?)+', undefined], // ? does not repeat
    ['[', 'badPattern'],
    ['\\-(\\d+)', 'badPattern'], // valid without the u flag, but the extractor uses u
  ])('pattern %s → %s', (pattern, code) => {
    expect(patternProblem(pattern)?.code).toBe(code);
  });

  it('returns the offending fragment of a nested quantifier', () => {
    expect(nestedQuantifier('x(\\d+\\s)+y')).toBe('(\\d+\\s)+');
    expect(nestedQuantifier('(\\d+)')).toBeUndefined();
  });

  it.each([
    ['http://127.0.0.1/*', true],
    ['https://*.bank.example/crm/*', true],
    ['*://crm.example.com/*', true],
    ['http://localhost:5178/*', true],
    ['http://*/*', false], // every host, like <all_urls> (issue 14 item 4)
    ['*://*/*', false],
    ['https://*/*', false],
    ['https://*:8443/*', false],
    ['https://*.com/*', false],
    ['https://*.example.com/*', true],
    ['ftp://example.com/*', false],
    ['http://example.com', false],
    ['http://*example.com/*', false],
    ['http://exa*mple.com/*', false],
    ['<all_urls>', false],
  ])('match pattern %s valid: %s', (pattern, valid) => {
    expect(isMatchPattern(pattern)).toBe(valid);
  });

  it('counts condition depth in levels of condition objects', () => {
    expect(conditionDepth({ field: 'dpd', op: 'gt', value: 0 })).toBe(1);
    expect(
      conditionDepth({ all: [{ field: 'dpd', op: 'gt', value: 0 }, { not: { field: 'x', op: 'exists' } }] }),
    ).toBe(3);
  });
});

describe('the default packs parse', () => {
  const defaults = ['zh-CN', 'en-US']
    .map((name) => resolve(root, `lib/pack/defaults/${name}.json`))
    .filter((file) => existsSync(file));
  for (const file of defaults) {
    it(file.replace(`${root}/`, ''), () => {
      const result = parsePack(readFileSync(file, 'utf8'));
      if (!result.ok) {
        throw new Error(result.errors.map((e) => formatPackError(e, 'en')).join('\n'));
      }
      expect(result.pack.format).toBe('call-assist/pack@1');
    });
  }
});
