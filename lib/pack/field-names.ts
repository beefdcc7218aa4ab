/**
 * The field a pack error names, in words: a Chinese name for each pack key so a quality lead reads
 * `标题 "title"` rather than a bare key (split from errors.ts, code review 2026-11 item 8).
 */
import type { LocalizedText } from '../i18n/text';
import { formatPath } from './errors';

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
