/** Packs the zod schema refuses, each with the sentence expected in both languages (parse.test.ts). */
import { LIMITS } from '../../../lib/pack/schema';
import type { Case } from './parse-helpers';

const longText = 'x'.repeat(LIMITS.text + 1);

export const schemaCases: Case[] = [
  {
    name: 'wrong format',
    edit: (p) => {
      p.format = 'call-assist/pack@2';
    },
    path: 'format',
    // A newer format is named and the extension's update asked for (red team 11, gate-format.test.ts).
    code: 'newerFormat',
    zh: ['较新的格式 "call-assist/pack@2"', '只读取 call-assist/pack@1'],
    en: ['newer format, "call-assist/pack@2"', 'reads only call-assist/pack@1'],
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
    name: 'a date order on a field that is not a date',
    edit: (p) => {
      p.crm.adapters[0].fields.dpd = { label: '逾期天数', parse: 'int', dateOrder: 'mdy' };
    },
    path: 'crm.adapters[0].fields.dpd.dateOrder',
    code: 'dateOrderNeedsDate',
    zh: ['"parse": "date"', '请删除它'],
    en: ['applies only to a field with "parse": "date"'],
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
