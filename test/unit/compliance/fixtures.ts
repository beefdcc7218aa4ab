/** Small inline rules, contexts and a minimal pack for the compliance tests. */
import type { AccountContext, FieldReading, FieldValue } from '../../../lib/crm/context';
import type { Pack, Rule } from '../../../lib/pack/schema';

/** Epoch ms of a wall-clock time at a given UTC offset, written out so a test shows the offset it assumes. */
export function at(localIso: string, offset: string): number {
  const t = Date.parse(`${localIso}${offset}`);
  if (Number.isNaN(t)) throw new Error(`bad time ${localIso}${offset}`);
  return t;
}

export const DAY = 86_400_000;

function reading(value: FieldValue, raw?: string): FieldReading {
  const parse = Array.isArray(value)
    ? 'list'
    : typeof value === 'number'
      ? 'int'
      : typeof value === 'boolean'
        ? 'bool'
        : 'text';
  return {
    raw: raw ?? (Array.isArray(value) ? value.join(',') : String(value)),
    value,
    parse,
    source: { selector: '#x' },
  };
}

/** An account context with the given field values; `raw` overrides the page text of a field. */
export function account(
  fields: Record<string, FieldValue>,
  options: { accountKey?: string; raw?: Record<string, string> } = {},
): AccountContext {
  const accountKey = options.accountKey ?? 'CC20240001';
  return {
    adapterId: 'demo-crm',
    accountKey,
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, reading(v, options.raw?.[k])])),
    problems: [],
    url: `http://127.0.0.1:5178/accounts/${accountKey}`,
    readAt: 0,
  };
}

const base = { title: 'rule', source: 'test' } as const;

type RuleOf<T extends Rule['type']> = Extract<Rule, { type: T }>;

export const CN_WINDOW: RuleOf<'callWindow'> = {
  ...base,
  id: 'cn-window',
  type: 'callWindow',
  severity: 'block',
  start: '08:00',
  end: '22:00',
};
export const US_WINDOW: RuleOf<'callWindow'> = {
  ...base,
  id: 'us-window',
  type: 'callWindow',
  severity: 'block',
  start: '08:00',
  end: '21:00',
};
export const CN_CAP: RuleOf<'attemptCap'> = {
  ...base,
  id: 'cn-cap',
  type: 'attemptCap',
  severity: 'block',
  maxPerDay: 6,
  counts: 'unanswered',
};
export const US_FREQ: RuleOf<'contactFrequency'> = {
  ...base,
  id: 'us-7in7',
  type: 'contactFrequency',
  severity: 'block',
  maxAttempts: 7,
  days: 7,
  quietDaysAfterConversation: 7,
};

export const STOP_FLAGS: RuleOf<'stopFlag'> = {
  ...base,
  id: 'stop',
  type: 'stopFlag',
  severity: 'block',
  field: 'flags',
  flags: [
    { flag: 'complaint', severity: 'block', reason: 'complaint open' },
    { flag: 'dispute', severity: 'block', reason: 'debt disputed' },
    { flag: 'attorney', severity: 'block', reason: 'contact the attorney only' },
    { flag: 'cease', severity: 'block', reason: 'cease request' },
    { flag: 'bankruptcy', severity: 'block', reason: 'bankruptcy filed' },
    { flag: 'deceased', severity: 'block', reason: 'debtor deceased' },
    { flag: 'hardship', severity: 'warn', reason: 'hardship: offer the personalised plan' },
    { flag: 'crisis', severity: 'warn', reason: 'crisis: supervisor first' },
  ],
};

export const THIRD_PARTY: RuleOf<'thirdParty'> = {
  ...base,
  id: 'third',
  type: 'thirdParty',
  severity: 'block',
  discloses: ['欠款', '逾期', '催收', '还款', 'debt', 'collect', 'overdue', 'past due'],
};

export const RECORDING: RuleOf<'recordingNotice'> = {
  ...base,
  id: 'recording',
  type: 'recordingNotice',
  severity: 'block',
  items: ['recording-notice', 'mini-miranda'],
  beforePhase: 'negotiate',
};

export const FORBIDDEN: RuleOf<'forbiddenPhrases'> = {
  ...base,
  id: 'phrases',
  type: 'forbiddenPhrases',
  severity: 'block',
  categories: [
    {
      category: 'threat',
      phrases: ['坐牢', '让你坐牢', 'jail', 'you will go to jail', '抓你'],
      instead: '信用卡欠款属于民事纠纷，请说明事实：逾期会影响征信。',
    },
    {
      category: 'falseLegal',
      phrases: ['法院传票', 'arrest warrant'],
      instead: 'State only the legal steps the contract allows.',
    },
    { category: 'insult', phrases: ['老赖', 'deadbeat', 'ass'], instead: '保持礼貌。' },
    { category: 'thirdPartyDisclosure', phrases: ['他欠钱'], instead: '只请对方转告回电。' },
    { category: 'privacy', phrases: ['身份证号'], instead: '不要向第三方透露个人信息。' },
  ],
};

export const RETENTION: RuleOf<'retention'> = {
  ...base,
  id: 'keep',
  type: 'retention',
  severity: 'warn',
  notesDays: 730,
  callsDays: 730,
};

/** A minimal valid pack; tests put texts into it. */
export function pack(partial: Partial<Pack> = {}): Pack {
  return {
    format: 'call-assist/pack@1',
    id: 'test-pack',
    version: 1,
    title: 'Test pack',
    locale: 'zh-CN',
    currency: 'CNY',
    timezone: 'Asia/Shanghai',
    publishedAt: '2026-01-01T00:00:00+08:00',
    changelog: [],
    constants: {},
    crm: {
      adapters: [
        {
          id: 'demo-crm',
          name: 'Demo',
          match: ['http://127.0.0.1/*'],
          accountKey: { selector: '#account', attr: 'data-account-key', parse: 'text', required: true },
          fields: {},
        },
      ],
    },
    segments: [
      { id: 'all', name: 'All', when: { field: 'dpd', op: 'exists' }, scriptId: 's', planPolicyId: 'p' },
    ],
    scripts: [
      {
        id: 's',
        name: 'Script',
        stages: [
          { id: 'open', title: '开场', phase: 'identify', lines: [{ id: 'l1', kind: 'say', text: '您好' }] },
        ],
      },
    ],
    objections: [],
    checklist: [],
    rules: [FORBIDDEN, THIRD_PARTY],
    planPolicies: [{ id: 'p', name: 'Policy', types: ['full'], minInstalment: 0, minDownPaymentRate: 0 }],
    dispositions: [{ id: 'PTP', label: 'PTP', conversation: true }],
    ...partial,
  };
}
