/**
 * Sentences for what the schema cannot see (references.ts): duplicate and unknown ids, time zones,
 * patterns, plan terms, dates; and the names of the things a pack refers to.
 */
import type { LocalizedText } from '../i18n/text';
import { list, listZh, quote } from './errors';

export const referenceText = {
  duplicateId: (kind: LocalizedText, id: string, firstPath: string): LocalizedText => ({
    zh: `${kind.zh}编号 "${id}" 重复：${firstPath} 已使用（编号必须唯一）`,
    en: `Duplicate ${kind.en} id "${id}": already used at ${firstPath} (ids must be unique)`,
  }),
  /** The same id in another case or width (`PTP` and `ptp`): one thing to whatever compares folded. */
  duplicateIdWritten: (kind: LocalizedText, id: string, first: string, firstPath: string): LocalizedText => ({
    zh: `${kind.zh}编号 "${id}" 与 ${firstPath} 的 "${first}" 只差大小写或全角半角：两者会被当作同一个编号，请改成不同的编号或删去一个`,
    en: `${kind.en} id "${id}" differs from "${first}" at ${firstPath} only in case or width: the two read as one id; rename one or remove it`,
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
  adapterPatternsTooHeavy: (size: number, limit: number): LocalizedText => ({
    zh: `此适配器各字段的正则表达式合计编译为 ${size} 步/字符，超过上限 ${limit}：CRM 页面每次变化都要在每个字段最多 500 个字符上重跑它们，会让页面卡顿；请简化（如把 .{0,50} 换成 [^，]+）或减少带正则的字段`,
    en: `The patterns of this adapter's fields compile to ${size} steps per character together, over the limit of ${limit}: every change of the CRM page re-runs them on up to 500 characters per field and would make the page stall; simplify them (e.g. [^,]+ instead of .{0,50}) or use fewer patterns`,
  }),
  badMatchPattern: (pattern: string): LocalizedText => ({
    zh: `匹配网址 ${quote(pattern)} 无效：应为 <协议>://<主机>/<路径>，协议为 http、https 或 *，主机为 *.example.com 或具体主机名（如 http://127.0.0.1/*），不能是 * 或 *.com、*.com.cn、*.github.io 这类任何人都能注册或托管网站的后缀（应写银行自己的域名，如 *.bank.com.cn）`,
    en: `The match pattern ${quote(pattern)} is not valid: use <scheme>://<host>/<path> with scheme http, https or *, and host *.example.com or a host name (e.g. http://127.0.0.1/*), never * or a suffix anyone can register or host under, such as *.com, *.com.cn or *.github.io (write the bank's own domain, e.g. *.bank.com.cn)`,
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
  flag: { zh: '停催标记', en: 'stop flag' },
} satisfies Record<string, LocalizedText>;

export const SCOPES = {
  inThisScript: { zh: '在本话术中', en: 'in this script' },
  inChecklist: { zh: '在检查清单中', en: 'in the checklist' },
  inPack: { zh: '在本话术包中', en: 'in this pack' },
} satisfies Record<string, LocalizedText>;
