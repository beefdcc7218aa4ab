/**
 * Sentences for the zod schema's issues (zod-issues.ts turns each issue into one of these), in
 * Chinese and English: what is wrong with the field and, where it helps, what is allowed.
 */
import type { LocalizedText } from '../i18n/text';
import { list, listZh, quote } from './errors';

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
  /** A constant written in another case or width (`Block`, `ＭＯＮＥＹ`): the constants are exact. */
  constantWrittenOtherwise: (field: LocalizedText, meant: string, got: string): LocalizedText => ({
    zh: `${field.zh} 的值 ${quote(got)} 无效：应写作 ${quote(meant)}（取值区分大小写和全角半角，须与列出的写法完全一致）`,
    en: `${field.en} has an invalid value ${quote(got)}: write ${quote(meant)} (values are exact, case and width included)`,
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
  dateOrderNeedsDate: (field: LocalizedText): LocalizedText => ({
    zh: `${field.zh} 只对 "parse": "date" 的字段有意义：请删除它，或把 parse 改为 date`,
    en: `${field.en} applies only to a field with "parse": "date": remove it, or make parse date`,
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
