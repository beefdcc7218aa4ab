/**
 * Why a pack was refused, in words a quality lead understands in Chinese and in English.
 * Every sentence says what is wrong and, where it helps, what is allowed; the JSON path says where.
 */
import type { LocalizedText } from '../i18n/text';

export interface PackError {
  /** A readable JSON path such as `scripts[0].stages[2].lines[1].text`; `(root)` for the whole pack. */
  path: string;
  code: string;
  message: LocalizedText;
}

/** A parse returns at most this many errors; the last one then says how many more were found. */
export const MAX_PACK_ERRORS = 100;

export const ROOT_PATH = '(root)';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['scripts', 0, 'stages']` → `scripts[0].stages`; odd keys are quoted: `constants["bank.name"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out === '' ? ROOT_PATH : out;
}

const UNSAFE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]+/gu;

/**
 * Text from a pack or an envelope made safe to show in a status line (issue 14 item 7): control,
 * format and bidi characters become one space (so "v9\u202e — OK" cannot reorder the sentence),
 * and the result is cut at `max` characters. Linear in the input.
 */
export function displaySafe(text: string, max: number): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = head.replace(UNSAFE, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** One line for a log, a CLI or a toast: `path: message`. */
export function formatPackError(error: PackError, language: 'zh' | 'en'): string {
  return `${error.path}: ${error.message[language]}`;
}

export function packError(
  path: readonly PropertyKey[] | string,
  code: string,
  message: LocalizedText,
): PackError {
  return { path: typeof path === 'string' ? path : formatPath(path), code, message };
}

/** The value as the author wrote it, shortened so one bad 2,000-character line does not flood the list. */
export function quote(value: unknown, max = 60): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

const list = (values: readonly unknown[], max = 12): string => {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? v : quote(v)));
  return values.length > max ? `${shown.join(', ')}, … (${values.length})` : shown.join(', ');
};
const listZh = (values: readonly unknown[], max = 12): string => list(values, max).replaceAll(', ', '、');

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表 [...]', en: 'a list [...]' },
  object: { zh: '对象 {...}', en: 'an object {...}' },
  record: { zh: '对象 {...}', en: 'an object {...}' },
  null: { zh: 'null', en: 'null' },
};

export function typeName(expected: string): LocalizedText {
  return TYPE_NAMES[expected] ?? { zh: expected, en: expected };
}

/** What the author actually wrote, e.g. `数字 12` / `a number (12)`. */
export function describeValue(value: unknown): LocalizedText {
  if (value === null) return { zh: '空值 null', en: 'null' };
  if (Array.isArray(value))
    return {
      zh: `列表（${value.length} 项）`,
      en: `a list of ${value.length} item${value.length === 1 ? '' : 's'}`,
    };
  switch (typeof value) {
    case 'string':
      return { zh: `文本 ${quote(value)}`, en: `the text ${quote(value)}` };
    case 'number':
      return { zh: `数字 ${value}`, en: `the number ${value}` };
    case 'boolean':
      return { zh: String(value), en: String(value) };
    case 'object':
      return { zh: '对象 {...}', en: 'an object {...}' };
    default:
      return { zh: typeof value, en: typeof value };
  }
}

/** Chinese names for the pack's keys, so a sentence reads `标题 "title"` rather than a bare key. */
const KEY_NAMES_ZH: Record<string, string> = {
  format: '格式',
  id: '编号',
  version: '版本号',
  title: '标题',
  name: '名称',
  locale: '语言',
  currency: '币种',
  timezone: '时区',
  publishedAt: '发布时间',
  expiresAt: '过期时间',
  changelog: '更新记录',
  date: '日期',
  summary: '摘要',
  constants: '常量',
  crm: 'CRM 设置',
  adapters: 'CRM 适配器',
  match: '匹配网址',
  accountKey: '账户编号字段',
  fields: '字段',
  callState: '通话状态字段',
  callActive: '通话中状态文字',
  sample: '示例',
  selector: 'CSS 选择器',
  label: '标签',
  attr: '属性',
  pattern: '正则表达式',
  parse: '解析方式',
  required: '是否必填',
  segments: '客群',
  when: '条件',
  field: '字段',
  op: '运算符',
  value: '值',
  scriptId: '话术编号',
  planPolicyId: '还款政策编号',
  scripts: '话术',
  stages: '阶段',
  phase: '通话环节',
  lines: '话术行',
  kind: '类型',
  text: '文本',
  must: '必说',
  ticks: '勾选项',
  answers: '答案选项',
  goto: '跳转目标',
  thirdParty: '第三方',
  checklist: '检查清单',
  next: '下一步',
  objections: '异议',
  category: '类别',
  triggers: '触发词',
  say: '话术',
  do: '操作',
  never: '禁语',
  leadsTo: '后续',
  plan: '方案',
  flag: '标记',
  disposition: '结果代码',
  severity: '严重程度',
  rules: '规则',
  type: '类型',
  source: '依据',
  start: '开始时间',
  end: '结束时间',
  items: '清单项',
  beforePhase: '须在此环节前',
  discloses: '泄露词',
  categories: '类别',
  phrases: '短语',
  instead: '替代说法',
  planPolicies: '还款政策',
  types: '方案类型',
  dispositions: '结果代码',
  requires: '必填信息',
  conversation: '是否接通交谈',
  paid: '已还款',
};

/** The field a path ends in: `title`, or `triggers[2]` for a list item. */
export function fieldOf(path: readonly PropertyKey[]): LocalizedText {
  let i = path.length - 1;
  while (i >= 0 && typeof path[i] === 'number') i--;
  if (i < 0)
    return path.length === 0
      ? { zh: '话术包', en: 'The pack' }
      : { zh: formatPath(path), en: formatPath(path) };
  const key = String(path[i]);
  const shown =
    key +
    path
      .slice(i + 1)
      .map((index) => `[${String(index)}]`)
      .join('');
  const zhName = KEY_NAMES_ZH[key];
  return { zh: zhName ? `${zhName} "${shown}"` : `"${shown}"`, en: `"${shown}"` };
}

// ---- Before the schema: size, syntax, nesting, dangerous keys ---------------------------------

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export const preflightText = {
  tooLarge: (bytes: number, atLeast: boolean, limit: number): LocalizedText => ({
    zh: `话术包${atLeast ? '至少' : '约'} ${mb(bytes)} MB，超过大小上限 ${mb(limit)} MB，未解析`,
    en: `The pack is ${atLeast ? 'at least' : 'about'} ${mb(bytes)} MB, over the ${mb(limit)} MB size limit; it was not parsed`,
  }),
  notText: (value: unknown): LocalizedText => ({
    zh: `话术包应为 JSON 文本或对象，实际是${describeValue(value).zh}`,
    en: `A pack must be JSON text or an object, but it is ${describeValue(value).en}`,
  }),
  invalidJson: (
    at: { line: number; column: number; position: number },
    problem: LocalizedText,
  ): LocalizedText => ({
    zh: `不是有效的 JSON：第 ${at.line} 行第 ${at.column} 列（字符位置 ${at.position}）${problem.zh}`,
    en: `Not valid JSON: ${problem.en} at line ${at.line}, column ${at.column} (position ${at.position})`,
  }),
  tooDeep: (limit: number): LocalizedText => ({
    zh: `嵌套层级超过 ${limit} 层，未解析（正常的话术包远低于此）`,
    en: `Nested deeper than ${limit} levels; it was not parsed (a real pack stays far below this)`,
  }),
  forbiddenKey: (key: string): LocalizedText => ({
    zh: `不允许使用键名 "${key}"：它可被用来篡改对象原型，话术包中任何位置都不能出现`,
    en: `The key "${key}" is not allowed anywhere in a pack: it can be used to tamper with object prototypes`,
  }),
  tooManyKeys: (count: number, limit: number): LocalizedText => ({
    zh: `一个对象至少有 ${count} 个键，超过上限 ${limit}，未继续检查`,
    en: `An object has at least ${count} keys, over the limit of ${limit}; it was not checked further`,
  }),
  duplicateKey: (key: string): LocalizedText => ({
    zh: `键 ${quote(key, 40)} 重复出现：JSON 只保留最后一个，审阅者看到的可能不是生效的内容`,
    en: `The key ${quote(key, 40)} appears twice: JSON keeps only the last one, so what a reviewer reads may not be what takes effect`,
  }),
  moreErrors: (more: number): LocalizedText => ({
    zh: `另有 ${more} 处错误未列出；请先修正以上错误`,
    en: `${more} more errors are not listed; fix the ones above first`,
  }),
};

/** Where a JSON text stops being JSON, and why (see `locateJsonError` in parse.ts). */
export const jsonProblemText = {
  unexpectedEnd: (expected: LocalizedText): LocalizedText => ({
    zh: `内容意外结束，缺少${expected.zh}`,
    en: `unexpected end of text, ${expected.en} is missing`,
  }),
  unexpected: (found: string, expected: LocalizedText): LocalizedText => ({
    zh: `出现意外的 ${quote(found)}，此处应为${expected.zh}`,
    en: `unexpected ${quote(found)} where ${expected.en} was expected`,
  }),
  unterminatedString: (): LocalizedText => ({
    zh: '文本缺少结尾的双引号',
    en: 'a text is missing its closing double quote',
  }),
  controlCharacter: (): LocalizedText => ({
    zh: '文本中含有未转义的换行或控制字符（换行请写成 \\n）',
    en: 'a text contains an unescaped line break or control character (write a line break as \\n)',
  }),
  badEscape: (found: string): LocalizedText => ({
    zh: `文本中的转义 "\\${found}" 无效`,
    en: `the escape "\\${found}" in a text is not valid`,
  }),
  unknown: (engineMessage: string): LocalizedText => ({ zh: engineMessage, en: engineMessage }),
  expected: {
    value: { zh: '一个值', en: 'a value' },
    key: { zh: '双引号括起的字段名', en: 'a property name in double quotes' },
    keyOrEnd: { zh: '双引号括起的字段名或 "}"', en: 'a property name in double quotes or "}"' },
    valueOrEnd: { zh: '一个值或 "]"', en: 'a value or "]"' },
    colon: { zh: '冒号 ":"', en: 'a colon ":"' },
    commaOrObjectEnd: { zh: '逗号 "," 或 "}"', en: 'a comma "," or "}"' },
    commaOrArrayEnd: { zh: '逗号 "," 或 "]"', en: 'a comma "," or "]"' },
    end: { zh: '文件结束', en: 'the end of the text' },
  } satisfies Record<string, LocalizedText>,
};

// ---- Schema (zod) issues --------------------------------------------------------------------

export const schemaText = {
  missing: (field: LocalizedText, expected: LocalizedText): LocalizedText => ({
    zh: `缺少必填项 ${field.zh}（应为${expected.zh}）`,
    en: `Required ${field.en} is missing (it must be ${expected.en})`,
  }),
  wrongType: (field: LocalizedText, expected: LocalizedText, got: LocalizedText): LocalizedText => ({
    zh: `${field.zh} 应为${expected.zh}，实际是${got.zh}`,
    en: `${field.en} must be ${expected.en}, but it is ${got.en}`,
  }),
  empty: (field: LocalizedText): LocalizedText => ({
    zh: `${field.zh} 不能为空`,
    en: `${field.en} must not be empty`,
  }),
  textTooShort: (field: LocalizedText, min: number, length: number | undefined): LocalizedText => ({
    zh: `${field.zh} 太短：至少 ${min} 个字符${length === undefined ? '' : `，现有 ${length} 个`}`,
    en: `${field.en} is too short: at least ${min} characters${length === undefined ? '' : `, it has ${length}`}`,
  }),
  textTooLong: (field: LocalizedText, max: number, length: number | undefined): LocalizedText => ({
    zh: `${field.zh} 太长：最多 ${max} 个字符${length === undefined ? '' : `，现有 ${length} 个`}`,
    en: `${field.en} is too long: at most ${max} characters${length === undefined ? '' : `, it has ${length}`}`,
  }),
  tooFewItems: (field: LocalizedText, min: number, count: number | undefined): LocalizedText => ({
    zh: `${field.zh} 至少需要 ${min} 项${count === undefined ? '' : `，现有 ${count} 项`}`,
    en: `${field.en} needs at least ${min} item${min === 1 ? '' : 's'}${count === undefined ? '' : `, it has ${count}`}`,
  }),
  tooManyItems: (field: LocalizedText, max: number, count: number | undefined): LocalizedText => ({
    zh: `${field.zh} 最多 ${max} 项${count === undefined ? '' : `，现有 ${count} 项`}`,
    en: `${field.en} allows at most ${max} items${count === undefined ? '' : `, it has ${count}`}`,
  }),
  numberTooSmall: (field: LocalizedText, min: number, inclusive: boolean, value: unknown): LocalizedText => ({
    zh: `${field.zh} ${inclusive ? '不能小于' : '必须大于'} ${min}${value === undefined ? '' : `（现为 ${quote(value)}）`}`,
    en: `${field.en} must be ${inclusive ? 'at least' : 'more than'} ${min}${value === undefined ? '' : ` (it is ${quote(value)})`}`,
  }),
  numberTooBig: (field: LocalizedText, max: number, inclusive: boolean, value: unknown): LocalizedText => ({
    zh: `${field.zh} ${inclusive ? '不能大于' : '必须小于'} ${max}${value === undefined ? '' : `（现为 ${quote(value)}）`}`,
    en: `${field.en} must be ${inclusive ? 'at most' : 'less than'} ${max}${value === undefined ? '' : ` (it is ${quote(value)})`}`,
  }),
  notMultipleOf: (field: LocalizedText, divisor: number): LocalizedText => ({
    zh: `${field.zh} 必须是 ${divisor} 的整数倍`,
    en: `${field.en} must be a multiple of ${divisor}`,
  }),
  unknownKey: (
    key: string,
    allowed: readonly string[] | undefined,
    suggestion: string | undefined,
  ): LocalizedText => ({
    zh:
      `未知字段 "${key}"（本格式不允许额外字段）` +
      (suggestion ? `；是不是想写 "${suggestion}"？` : '') +
      (allowed ? `；此处允许的字段：${listZh(allowed, 20)}` : ''),
    en:
      `Unknown field "${key}" (this format allows no extra fields)` +
      (suggestion ? `; did you mean "${suggestion}"?` : '') +
      (allowed ? `; fields allowed here: ${list(allowed, 20)}` : ''),
  }),
  mustEqual: (field: LocalizedText, expected: unknown, got: unknown): LocalizedText => ({
    zh: `${field.zh} 必须是 ${quote(expected)}${got === undefined ? '' : `，实际是 ${quote(got)}`}`,
    en: `${field.en} must be ${quote(expected)}${got === undefined ? '' : `, but it is ${quote(got)}`}`,
  }),
  notOneOf: (field: LocalizedText, allowed: readonly unknown[], got: unknown): LocalizedText => ({
    zh: `${field.zh} ${got === undefined ? '缺失' : `的值 ${quote(got)} 无效`}；可选值：${listZh(allowed, 20)}`,
    en: `${field.en} ${got === undefined ? 'is missing' : `has an invalid value ${quote(got)}`}; allowed values: ${list(allowed, 20)}`,
  }),
  noFormMatches: (field: LocalizedText): LocalizedText => ({
    zh: `${field.zh} 不符合任何允许的写法`,
    en: `${field.en} does not match any allowed form`,
  }),
  oneOfTypes: (field: LocalizedText, types: readonly LocalizedText[], got: LocalizedText): LocalizedText => ({
    zh: `${field.zh} 应为${types.map((t) => t.zh).join('、')}之一，实际是${got.zh}`,
    en: `${field.en} must be ${types.map((t) => t.en).join(', or ')}, but it is ${got.en}`,
  }),
  badCondition: (field: LocalizedText): LocalizedText => ({
    zh: `${field.zh} 写法不对：条件应为 {"field", "op", "value"}、{"all": [...]}、{"any": [...]} 或 {"not": {...}} 之一`,
    en: `${field.en} is not a valid condition: use {"field", "op", "value"}, {"all": [...]}, {"any": [...]} or {"not": {...}}`,
  }),
  badKey: (key: string, problem: LocalizedText): LocalizedText => ({
    zh: `键名 ${quote(key)} 不合规：${problem.zh}`,
    en: `The key ${quote(key)} is not valid: ${problem.en}`,
  }),
  keyPattern: (pattern: string): LocalizedText => ({
    zh: `须匹配 ${pattern}（以字母开头，只含字母、数字、_ 和 .）`,
    en: `it must match ${pattern} (a letter first, then letters, digits, _ and .)`,
  }),
  keyTooLong: (max: number): LocalizedText => ({ zh: `最多 ${max} 个字符`, en: `at most ${max} characters` }),
  idRule: (): LocalizedText => ({
    zh: '编号只能用字母、数字和 . _ -，且以字母或数字开头',
    en: 'an id uses only letters, digits, . _ - and starts with a letter or digit',
  }),
  badId: (field: LocalizedText, got: unknown): LocalizedText => ({
    zh: `${field.zh} 的值 ${quote(got)} 不是合法编号：只能用字母、数字和 . _ -，且以字母或数字开头（不能有空格或中文）`,
    en: `${field.en} ${quote(got)} is not a valid id: use only letters, digits, . _ - and start with a letter or digit (no spaces)`,
  }),
  badIsoDate: (field: LocalizedText, got: unknown): LocalizedText => ({
    zh: `${field.zh} 应为日期 YYYY-MM-DD（如 2026-01-15），实际是 ${quote(got)}`,
    en: `${field.en} must be a date YYYY-MM-DD (e.g. 2026-01-15), but it is ${quote(got)}`,
  }),
  badIsoDateTime: (field: LocalizedText, got: unknown): LocalizedText => ({
    zh: `${field.zh} 应为带时区的 ISO 8601 时间（如 2026-01-15T09:00:00+08:00），实际是 ${quote(got)}`,
    en: `${field.en} must be an ISO 8601 time with an offset (e.g. 2026-01-15T09:00:00+08:00), but it is ${quote(got)}`,
  }),
  badClock: (field: LocalizedText, got: unknown): LocalizedText => ({
    zh: `${field.zh} 应为 24 小时制时间 HH:MM（00:00–23:59，如 08:00），实际是 ${quote(got)}`,
    en: `${field.en} must be a 24-hour time HH:MM (00:00–23:59, e.g. 08:00), but it is ${quote(got)}`,
  }),
  badLocale: (field: LocalizedText, got: unknown): LocalizedText => ({
    zh: `${field.zh} 应为语言代码，如 zh-CN 或 en-US，实际是 ${quote(got)}`,
    en: `${field.en} must be a language tag such as zh-CN or en-US, but it is ${quote(got)}`,
  }),
  badCurrency: (field: LocalizedText, got: unknown): LocalizedText => ({
    zh: `${field.zh} 应为三位大写的货币代码，如 CNY 或 USD，实际是 ${quote(got)}`,
    en: `${field.en} must be a three-letter upper-case currency code such as CNY or USD, but it is ${quote(got)}`,
  }),
  badFormat: (field: LocalizedText, pattern: string | undefined, got: unknown): LocalizedText => ({
    zh: `${field.zh} 格式不对${pattern ? `（须匹配 ${pattern}）` : ''}${got === undefined ? '' : `，实际是 ${quote(got)}`}`,
    en: `${field.en} has the wrong format${pattern ? ` (it must match ${pattern})` : ''}${got === undefined ? '' : `; it is ${quote(got)}`}`,
  }),
  fieldNeedsSelectorOrLabel: (field: LocalizedText): LocalizedText => ({
    zh: `${field.zh} 须给出 "selector"（CSS 选择器）或 "label"（页面上的标签文字）之一，否则无法在 CRM 页面上找到它`,
    en: `${field.en} needs a "selector" (CSS selector) or a "label" (the label text on the page), or it cannot be found on the CRM page`,
  }),
  tooManyEntries: (field: LocalizedText, max: number, count: number | undefined): LocalizedText => ({
    zh: `${field.zh} 最多 ${max} 项${count === undefined ? '' : `，现有 ${count} 项`}`,
    en: `${field.en} allows at most ${max} entries${count === undefined ? '' : `, it has ${count}`}`,
  }),
  other: (field: LocalizedText, zodMessage: string): LocalizedText => ({
    zh: `${field.zh} 无效（${zodMessage}）`,
    en: `${field.en} is not valid (${zodMessage})`,
  }),
};

// ---- Cross-references and meaning (references.ts) -------------------------------------------

export const referenceText = {
  duplicateId: (kind: LocalizedText, id: string, firstPath: string): LocalizedText => ({
    zh: `${kind.zh}编号 "${id}" 重复：${firstPath} 已使用（编号必须唯一）`,
    en: `Duplicate ${kind.en} id "${id}": already used at ${firstPath} (ids must be unique)`,
  }),
  unknown: (
    kind: LocalizedText,
    id: string,
    scope: LocalizedText | undefined,
    existing: readonly string[],
    suggestion: string | undefined,
  ): LocalizedText => ({
    zh:
      `${kind.zh} "${id}" ${scope ? scope.zh : ''}不存在` +
      (suggestion ? `；是不是想写 "${suggestion}"？` : '') +
      (existing.length > 0 ? `（现有：${listZh(existing)}）` : ''),
    en:
      `${kind.en} "${id}" does not exist${scope ? ` ${scope.en}` : ''}` +
      (suggestion ? `; did you mean "${suggestion}"?` : '') +
      (existing.length > 0 ? ` (existing: ${list(existing)})` : ''),
  }),
  unknownTimezone: (zone: string): LocalizedText => ({
    zh: `时区 ${quote(zone)} 不是有效的 IANA 时区名（如 Asia/Shanghai、America/New_York）`,
    en: `The time zone ${quote(zone)} is not a valid IANA zone name (e.g. Asia/Shanghai, America/New_York)`,
  }),
  patternDoesNotCompile: (pattern: string, reason: string): LocalizedText => ({
    zh: `正则表达式 ${quote(pattern)} 无法编译：${reason}`,
    en: `The pattern ${quote(pattern)} does not compile: ${reason}`,
  }),
  patternGroups: (pattern: string, groups: number): LocalizedText => ({
    zh: `正则表达式 ${quote(pattern)} 须恰好有 1 个捕获组（括起要取的值），现有 ${groups} 个；不取值的括号请写成 (?:...)`,
    en: `The pattern ${quote(pattern)} must have exactly one capture group (around the value to take), it has ${groups}; write other brackets as (?:...)`,
  }),
  nestedQuantifier: (pattern: string, fragment: string): LocalizedText => ({
    zh: `正则表达式 ${quote(pattern)} 含嵌套量词 ${quote(fragment)}（类似 (a+)+），可能导致灾难性回溯而卡死 CRM 页面；请改写为不重复嵌套的形式`,
    en: `The pattern ${quote(pattern)} has a nested quantifier ${quote(fragment)} (like (a+)+), which can backtrack catastrophically and freeze the CRM page; rewrite it without nested repetition`,
  }),
  badMatchPattern: (pattern: string): LocalizedText => ({
    zh: `匹配网址 ${quote(pattern)} 无效：应为 <协议>://<主机>/<路径>，协议为 http、https 或 *，主机为 *.example.com 或具体主机名（如 http://127.0.0.1/*），不能是 * 或 *.com 这类所有网站`,
    en: `The match pattern ${quote(pattern)} is not valid: use <scheme>://<host>/<path> with scheme http, https or *, and host *.example.com or a host name (e.g. http://127.0.0.1/*), never * or *.com (every site)`,
  }),
  planTermsMissing: (type: string): LocalizedText => ({
    zh: `方案类型包含 "${type}"，但本政策没有给出 "${type}" 条款`,
    en: `The types include "${type}", but this policy gives no "${type}" terms`,
  }),
  planTermsUnused: (type: string): LocalizedText => ({
    zh: `给出了 "${type}" 条款，但方案类型 "types" 中没有 "${type}"（条款不会生效）`,
    en: `"${type}" terms are given, but "types" does not include "${type}" (the terms would never apply)`,
  }),
  settlementRates: (agent: number, supervisor: number): LocalizedText => ({
    zh: `坐席可自行给出的最大减免比例 ${percent(agent)} 高于主管审批上限 ${percent(supervisor)}`,
    en: `The agent's maximum discount ${percent(agent)} is above the supervisor's maximum ${percent(supervisor)}`,
  }),
  expiresBeforePublished: (expiresAt: string, publishedAt: string): LocalizedText => ({
    zh: `过期时间 ${expiresAt} 不晚于发布时间 ${publishedAt}，话术包一发布就已过期`,
    en: `expiresAt ${expiresAt} is not after publishedAt ${publishedAt}, so the pack would be expired on arrival`,
  }),
  changelogAhead: (entry: number, version: number): LocalizedText => ({
    zh: `更新记录中的版本 ${entry} 高于话术包版本 ${version}`,
    en: `The changelog entry's version ${entry} is above the pack's version ${version}`,
  }),
  conditionTooDeep: (depth: number, limit: number): LocalizedText => ({
    zh: `条件嵌套 ${depth} 层，超过上限 ${limit} 层；请拆成更简单的条件`,
    en: `The condition is nested ${depth} levels deep, over the limit of ${limit}; simplify it`,
  }),
  answersNotAsk: (kind: string): LocalizedText => ({
    zh: `只有提问行（"kind": "ask"）可以有答案选项，本行类型为 "${kind}"`,
    en: `Only an ask line ("kind": "ask") can have answers; this line is a "${kind}" line`,
  }),
};

function percent(rate: number): string {
  return `${Math.round(rate * 10_000) / 100}%`;
}

/** Names of the things a pack refers to, for duplicate and unknown-reference sentences. */
export const KINDS = {
  adapter: { zh: 'CRM 适配器', en: 'adapter' },
  segment: { zh: '客群', en: 'segment' },
  script: { zh: '话术', en: 'script' },
  stage: { zh: '阶段', en: 'stage' },
  gotoStage: { zh: '跳转目标阶段', en: 'goto target stage' },
  line: { zh: '话术行', en: 'line' },
  answer: { zh: '答案选项', en: 'answer' },
  objection: { zh: '异议', en: 'objection' },
  checklistItem: { zh: '检查清单项', en: 'checklist item' },
  rule: { zh: '规则', en: 'rule' },
  planPolicy: { zh: '还款政策', en: 'plan policy' },
  disposition: { zh: '结果代码', en: 'disposition' },
} satisfies Record<string, LocalizedText>;

export const SCOPES = {
  inThisScript: { zh: '在本话术中', en: 'in this script' },
  inChecklist: { zh: '在检查清单中', en: 'in the checklist' },
  inPack: { zh: '在本话术包中', en: 'in this pack' },
} satisfies Record<string, LocalizedText>;

/** The candidate closest to a misspelt word (edit distance ≤ 2, or equal ignoring case), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.min(2, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Optimal string alignment distance: a swap of two neighbours ("titel") counts as one edit. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.length, b.length);
}
