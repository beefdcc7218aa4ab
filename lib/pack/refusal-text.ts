/**
 * What the gate says when it refuses a pack, in both languages (envelope.ts, download.ts), kept
 * apart from the gate's logic as gateText and preflightText are.
 */
import type { LocalizedText } from '../i18n/text';
import { formatPackError, type PackError } from './errors';
import { packBytesText } from './pack-bytes';

const firstOf = (errors: readonly PackError[], language: 'zh' | 'en') =>
  errors[0] ? formatPackError(errors[0], language) : '';

export const refusalText = {
  empty: (): LocalizedText => ({ zh: '文件是空的', en: 'The file is empty' }),
  tooLarge: (bytes: number, limit: number): LocalizedText => ({
    zh: `超过大小上限：${bytes} 字节 > ${limit} 字节`,
    en: `Over the size cap: ${bytes} bytes > ${limit} bytes`,
  }),
  tooLargeStreaming: (limit: number): LocalizedText => ({
    zh: `超过大小上限 ${limit} 字节，已停止下载`,
    en: `Over the size cap of ${limit} bytes; the download was stopped`,
  }),
  notUtf8: packBytesText.notUtf8,
  html: (): LocalizedText => ({
    zh: '服务器返回的是网页（HTML），不是话术包（JSON）；请检查话术包网址或网络登录页',
    en: 'The server returned a web page (HTML), not a pack (JSON): check the pack URL or a network login page',
  }),
  notJson: (reason: string): LocalizedText => ({
    zh: `不是有效的 JSON：${reason}`,
    en: `Not valid JSON: ${reason}`,
  }),
  tooDeep: (): LocalizedText => ({ zh: 'JSON 嵌套层级过深', en: 'The JSON nests too deeply' }),
  forbiddenKey: (key: string): LocalizedText => ({
    zh: `包含不允许的键 "${key}"`,
    en: `Contains the forbidden key "${key}"`,
  }),
  duplicateKey: (path: string): LocalizedText => ({
    zh: `信封中的键重复出现：${path}`,
    en: `A key appears twice in the envelope: ${path}`,
  }),
  badEnvelope: (reason: LocalizedText): LocalizedText => ({
    zh: `不是签名的话术包信封 { payload, signatures }：${reason.zh}`,
    en: `Not a signed pack envelope { payload, signatures }: ${reason.en}`,
  }),
  notAnObject: (): LocalizedText => ({ zh: '不是对象 {...}', en: 'not an object {...}' }),
  brokenPayload: (): LocalizedText => ({
    zh: '签名内容（payload）含有不成对的代理项（\\uD800 之类）：它与签名的 UTF-8 字节不是同一段文字，拒绝',
    en: 'The signed content (payload) holds a lone surrogate (such as \\uD800): it is not the text whose UTF-8 bytes were signed; refused',
  }),
  tooManySignatures: (count: number, max: number): LocalizedText => ({
    zh: `信封带有 ${count} 个签名，最多只读 ${max} 个（一个版本通常由一个密钥签名，换密钥期间两个）：拒绝，未检查任何签名`,
    en: `The envelope carries ${count} signatures; at most ${max} are read (a release is signed by one key, two during a key rotation): refused without checking any of them`,
  }),
  unsigned: (): LocalizedText => ({
    zh: '话术包没有签名；只有开发者模式才接受未签名的话术包',
    en: 'The pack is not signed; only developer mode accepts unsigned packs',
  }),
  noTrustedKeys: (): LocalizedText => ({
    zh: '没有配置可信公钥，无法验证签名',
    en: 'No trusted public key is configured, so no signature can be verified',
  }),
  noReadableTrustedKey: (count: number): LocalizedText => ({
    zh: `配置的 ${count} 个可信公钥都不是有效的 Ed25519 公钥（32 字节，标准 base64），无法验证签名：请在设置中检查公钥`,
    en: `None of the ${count} trusted key${count === 1 ? ' is a' : 's is a'} valid Ed25519 public key (32 bytes, standard base64), so no signature can be verified: check the keys in the settings`,
  }),
  untrustedKey: (keyIds: readonly string[]): LocalizedText => ({
    zh: `签名所用的密钥不在可信公钥中（${keyIds.join('、')}）`,
    en: `Signed by a key that is not trusted (${keyIds.join(', ')})`,
  }),
  badSignature: (keyId: string): LocalizedText => ({
    zh: `签名无效（密钥 ${keyId}）：内容在签名后被改动，或签名已损坏`,
    en: `Bad signature (key ${keyId}): the content was changed after signing, or the signature is damaged`,
  }),
  invalidPack: (errors: readonly PackError[]): LocalizedText => ({
    zh: `话术包格式错误（${errors.length} 处）：${firstOf(errors, 'zh')}`,
    en: `The pack is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}): ${firstOf(errors, 'en')}`,
  }),
  lintErrors: (errors: readonly PackError[]): LocalizedText => ({
    zh: `话术包检查未通过（${errors.length} 处错误）：${firstOf(errors, 'zh')}`,
    en: `The pack fails lint (${errors.length} error${errors.length === 1 ? '' : 's'}): ${firstOf(errors, 'en')}`,
  }),
  otherPack: (got: string, expected: string): LocalizedText => ({
    zh: `这是另一个话术包（${got}），应为 ${expected}`,
    en: `This is another pack (${got}); expected ${expected}`,
  }),
  notNewer: (version: number, current: number): LocalizedText => ({
    zh: `版本 ${version} 不高于当前版本 ${current}，拒绝回退`,
    en: `Version ${version} is not higher than the current version ${current}: rollback refused`,
  }),
  expired: (at: string): LocalizedText => ({ zh: `话术包已于 ${at} 过期`, en: `The pack expired at ${at}` }),
};
