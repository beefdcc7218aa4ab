import type { AccountContext } from '@/lib/crm/context';
import type { Pack, Script } from '@/lib/pack/schema';

export const script: Script = {
  id: 'early',
  name: '早期提醒',
  stages: [
    {
      id: 'identify',
      title: '核实身份',
      phase: 'identify',
      lines: [
        { id: 'greet', kind: 'say', text: '您好，我是{{bank.name}}的{{agent.name}}。' },
        {
          id: 'who',
          kind: 'ask',
          text: '请问您是{{name}}本人吗？',
          answers: [
            { id: 'yes', label: '是本人', goto: 'disclose' },
            { id: 'other', label: '他人接听', thirdParty: true },
            { id: 'wrong', label: '打错了', goto: 'close' },
          ],
        },
      ],
    },
    {
      id: 'disclose',
      title: '告知',
      phase: 'disclose',
      lines: [{ id: 'rec', kind: 'say', text: '本次通话将被录音。', must: true, ticks: ['recording'] }],
      next: [
        { label: '困难', when: { field: 'hardship', op: 'eq', value: true }, goto: 'hardship' },
        { label: '一般', goto: 'understand' },
      ],
    },
    {
      id: 'understand',
      title: '了解情况',
      phase: 'understand',
      lines: [
        { id: 'amount', kind: 'say', text: '您的逾期金额为{{overdueAmount|money}}，已逾期{{dpd}}天。' },
        { id: 'late-only', kind: 'say', text: '已进入后期。', when: { field: 'dpd', op: 'gte', value: 61 } },
      ],
    },
    {
      id: 'hardship',
      title: '困难',
      phase: 'negotiate',
      lines: [{ id: 'h', kind: 'ask', text: '方便说说遇到的困难吗？' }],
    },
    {
      id: 'close',
      title: '结束',
      phase: 'close',
      lines: [{ id: 'bye', kind: 'say', text: '感谢接听，再见。' }],
    },
    {
      id: 'tp',
      title: '第三方',
      phase: 'thirdParty',
      lines: [{ id: 'tp1', kind: 'say', text: '麻烦转告回电{{callback.number}}。' }],
    },
    {
      id: 'loop-a',
      title: '循环A',
      phase: 'escalate',
      lines: [{ id: 'la', kind: 'do', text: 'a' }],
      next: [{ label: 'b', goto: 'loop-b' }],
    },
    {
      id: 'loop-b',
      title: '循环B',
      phase: 'escalate',
      lines: [{ id: 'lb', kind: 'do', text: 'b' }],
      next: [{ label: 'a', goto: 'loop-a' }],
    },
  ],
};

export function contextWith(
  fields: Record<string, string | number | boolean | string[]>,
  key = 'CC1',
): AccountContext {
  return {
    adapterId: 'demo-crm',
    accountKey: key,
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, value]) => [
        name,
        {
          raw: String(value),
          value,
          parse: typeof value === 'number' ? 'int' : 'text',
          source: { label: name },
        },
      ]),
    ),
    problems: [],
    url: 'http://127.0.0.1/accounts/CC1',
    readAt: 0,
  } as AccountContext;
}

export const pack = {
  locale: 'zh-CN',
  currency: 'CNY',
  constants: { 'bank.name': '示例银行', 'callback.number': '95500' },
  crm: {
    adapters: [
      {
        id: 'demo-crm',
        name: 'demo',
        match: ['http://127.0.0.1/*'],
        accountKey: { selector: '#account', parse: 'text' },
        fields: { dpd: { label: '逾期天数', parse: 'int' }, hardship: { label: '困难客户', parse: 'bool' } },
      },
    ],
  },
  segments: [
    {
      id: 'hardship',
      name: '困难',
      when: { field: 'hardship', op: 'eq', value: true },
      scriptId: 'early',
      planPolicyId: 'p',
    },
    {
      id: 'late',
      name: '后期',
      when: { field: 'dpd', op: 'gte', value: 61 },
      scriptId: 'early',
      planPolicyId: 'p',
    },
    { id: 'early', name: '早期', when: { field: 'dpd', op: 'exists' }, scriptId: 'early', planPolicyId: 'p' },
  ],
  scripts: [script],
  planPolicies: [{ id: 'p', name: 'p', types: ['full'], minInstalment: 0, minDownPaymentRate: 0 }],
} as unknown as Pack;
