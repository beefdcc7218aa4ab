/**
 * Sentences for what is refused before the schema runs: size, JSON syntax, nesting, dangerous
 * keys (parse.ts, json-syntax.ts), in Chinese and English.
 */
import type { LocalizedText } from '../i18n/text';
import { describeValue, quote } from './errors';

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
  impreciseNumber: (
    literal: string,
    read: number | undefined,
    at: { line: number; column: number },
  ): LocalizedText => ({
    zh: `数字 ${quote(literal, 40)}（第 ${at.line} 行第 ${at.column} 列）超出 JSON 数字的精度或范围，${read === undefined ? '长度超过 40 个字符' : `读出来是 ${read}`}：审阅者看到的不是生效的值，请写出确切的数`,
    en: `The number ${quote(literal, 40)} (line ${at.line}, column ${at.column}) is beyond the precision or range of JSON numbers ${read === undefined ? '(over 40 characters long)' : `and reads as ${read}`}: what a reviewer reads is not what takes effect; write the exact number`,
  }),
  moreErrors: (more: number): LocalizedText => ({
    zh: `另有 ${more} 处错误未列出；请先修正以上错误`,
    en: `${more} more errors are not listed; fix the ones above first`,
  }),
  olderFormat: (got: string, current: string): LocalizedText => ({
    zh: `话术包是旧格式 ${got}，本版插件只读取 ${current}，未检查其他内容。升级：在「话术包工作室」打开它，或把 "format" 改为 "${current}" 后运行 npm run -s pack -- validate <文件>，按提示逐项改好，再用 npm run -s pack -- sign 重新签名发布`,
    en: `The pack is in an older format, ${got}; this version reads only ${current}, so nothing else was checked. To upgrade: open it in Pack Studio, or set "format" to "${current}" and run npm run -s pack -- validate <file>, fix what it lists, then sign it again with npm run -s pack -- sign`,
  }),
  newerFormat: (got: string, current: string): LocalizedText => ({
    zh: `话术包是较新的格式 ${got}，本版插件只读取 ${current}，未检查其他内容：请管理员先升级坐席的插件，或按 ${current} 重新发布`,
    en: `The pack is in a newer format, ${got}; this version of the extension reads only ${current}, so nothing else was checked: update the agents' extension first, or publish the pack as ${current}`,
  }),
  formatSpelling: (got: string, current: string): LocalizedText => ({
    zh: `"format" 是 ${got}，应一字不差地写作 "${current}"（小写、无空格）`,
    en: `"format" is ${got}; write it exactly as "${current}" (lower case, no spaces)`,
  }),
  noFormat: (current: string): LocalizedText => ({
    zh: `话术包没有 "format"：${current} 之前的草稿没有这一项。请加上 "format": "${current}"，运行 npm run -s pack -- validate <文件> 按提示改好，再签名发布`,
    en: `The pack has no "format": drafts before ${current} had none. Add "format": "${current}", run npm run -s pack -- validate <file> and fix what it lists, then sign it again`,
  }),
};

/** Where a JSON text stops being JSON, and why (see `locateJsonError` in json-syntax.ts). */
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
