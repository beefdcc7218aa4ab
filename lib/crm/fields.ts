/**
 * The canonical CRM field vocabulary (issue 17 item 8): the names adapters map page values to and
 * scripts, conditions and rules read. A pack may add its own fields; these are the ones the
 * product's engines know, with the parse type a value of that field has and what it means to a
 * quality lead. The Studio's forms, its field picker and the default-pack tests read this list.
 */

import type { LocalizedText } from '@/lib/i18n/text';
import type { FieldParser } from '@/lib/pack/schema';

export interface CrmField {
  parse: FieldParser;
  /** What the field holds, as a quality lead reads it in the Studio. */
  label: LocalizedText;
  /** Only some markets' packs use it (e.g. Reg F's validation period). */
  market?: 'US';
  /**
   * An empty cell (`无`, `--`) is itself the reading "none yet", not a value the CRM failed to show:
   * an account never reached has no last conversation, and the rules read its absence so.
   */
  emptyMeansNone?: true;
}

export const CRM_FIELDS = {
  accountKey: {
    parse: 'text',
    label: { zh: '账户编号（区分客户）', en: 'Account key (tells customers apart)' },
  },
  name: { parse: 'text', label: { zh: '持卡人姓名', en: 'Cardholder name' } },
  overdueAmount: { parse: 'money', label: { zh: '逾期金额', en: 'Overdue amount' } },
  balance: { parse: 'money', label: { zh: '欠款余额', en: 'Balance' } },
  minimumDue: { parse: 'money', label: { zh: '最低还款额', en: 'Minimum due' } },
  principal: { parse: 'money', label: { zh: '本金', en: 'Principal' } },
  interestAndFees: { parse: 'money', label: { zh: '利息和费用', en: 'Interest and fees' } },
  dpd: { parse: 'int', label: { zh: '逾期天数', en: 'Days past due' } },
  dueDate: { parse: 'date', label: { zh: '到期还款日', en: 'Due date' } },
  phone: { parse: 'phone', label: { zh: '拨打的号码', en: 'Dialled number' } },
  workPhone: { parse: 'list', label: { zh: '单位电话', en: 'Work phone numbers' } },
  region: { parse: 'text', label: { zh: '地区', en: 'Region' } },
  timezone: { parse: 'text', label: { zh: '客户所在时区', en: "Customer's time zone" } },
  flags: { parse: 'list', label: { zh: '账户标记', en: 'Account flags' } },
  hardship: { parse: 'bool', label: { zh: '困难客户', en: 'Hardship' } },
  brokenPromises: { parse: 'int', label: { zh: '违约承诺次数', en: 'Broken promises' } },
  cardLast4: { parse: 'text', label: { zh: '卡号后四位', en: 'Card last four digits' } },
  product: { parse: 'text', label: { zh: '产品', en: 'Product' } },
  attemptsToday: { parse: 'int', label: { zh: '今日拨打次数', en: 'Attempts today' } },
  attempts7d: { parse: 'int', label: { zh: '7 天内拨打次数', en: 'Attempts in 7 days' } },
  connectsToday: { parse: 'int', label: { zh: '今日接通次数', en: 'Conversations today' } },
  lastConversation: {
    parse: 'date',
    label: { zh: '最近通话日期', en: 'Last conversation' },
    emptyMeansNone: true,
  },
  tpNoContactNumbers: {
    parse: 'list',
    label: { zh: '第三方要求勿扰的号码', en: 'Third-party no-contact numbers' },
  },
  planInDefault: { parse: 'bool', label: { zh: '还款计划已违约', en: 'Plan in default' } },
  agentName: { parse: 'text', label: { zh: '坐席姓名', en: 'Agent name' } },
  agentId: { parse: 'text', label: { zh: '坐席工号', en: 'Agent id' } },
  state: { parse: 'text', label: { zh: '州', en: 'State' }, market: 'US' },
  validationSent: {
    parse: 'bool',
    label: { zh: '已寄出债务确认通知', en: 'Validation notice sent' },
    market: 'US',
  },
  validationEnd: { parse: 'date', label: { zh: '确认期截止日', en: 'Validation period ends' }, market: 'US' },
  inValidationPeriod: {
    parse: 'bool',
    label: { zh: '在确认期内', en: 'In validation period' },
    market: 'US',
  },
  creditReported: {
    parse: 'bool',
    label: { zh: '已报送征信', en: 'Reported to credit bureaus' },
    market: 'US',
  },
} as const satisfies Record<string, CrmField>;

export type CrmFieldName = keyof typeof CRM_FIELDS;

export const CRM_FIELD_NAMES = Object.keys(CRM_FIELDS) as CrmFieldName[];

export function isCrmField(name: string): name is CrmFieldName {
  return Object.hasOwn(CRM_FIELDS, name);
}

/** Whether an empty value of this field reads as "none yet" rather than as missing. */
export function emptyMeansNone(name: string): boolean {
  return isCrmField(name) && (CRM_FIELDS[name] as CrmField).emptyMeansNone === true;
}
