/** Packs the schema accepts but references.ts refuses, with the sentence expected in both languages (parse.test.ts). */
import { LIMITS } from '../../../lib/pack/schema';
import type { Case, Json } from './parse-helpers';

const twoAnswers = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
];

export const referenceCases: Case[] = [
  {
    name: 'duplicate script id',
    edit: (p) => {
      p.scripts[1].id = 'standard';
    },
    path: 'scripts[1].id',
    code: 'duplicateId',
    zh: ['话术编号 "standard" 重复', 'scripts[0].id'],
    en: ['Duplicate script id "standard"', 'already used at scripts[0].id'],
    count: 2, // and the hardship segment now names a script that is gone
  },
  {
    name: 'duplicate stage id within a script',
    edit: (p) => {
      p.scripts[1].stages[7].id = 'close';
    },
    path: 'scripts[1].stages[7].id',
    code: 'duplicateId',
    zh: ['阶段编号 "close" 重复', 'scripts[1].stages[5].id'],
    en: ['Duplicate stage id "close"', 'scripts[1].stages[5].id'],
  },
  {
    name: 'duplicate line id across stages of one script',
    edit: (p) => {
      p.scripts[0].stages[2].lines[0].id = 'greet';
    },
    path: 'scripts[0].stages[2].lines[0].id',
    code: 'duplicateId',
    zh: ['话术行编号 "greet" 重复', 'scripts[0].stages[0].lines[0].id'],
    en: ['Duplicate line id "greet"', 'scripts[0].stages[0].lines[0].id'],
  },
  {
    name: 'duplicate answer id within a line',
    edit: (p) => {
      p.scripts[0].stages[0].lines[1].answers[1].id = 'yes';
    },
    path: 'scripts[0].stages[0].lines[1].answers[1].id',
    code: 'duplicateId',
    zh: ['答案选项编号 "yes" 重复'],
    en: ['Duplicate answer id "yes"'],
  },
  {
    name: 'duplicate checklist item',
    edit: (p) => {
      p.checklist.push({ ...p.checklist[0] });
    },
    path: 'checklist[5].id',
    code: 'duplicateId',
    zh: ['检查清单项编号 "identity-verified" 重复', 'checklist[0].id'],
    en: ['Duplicate checklist item id "identity-verified"'],
  },
  {
    name: 'duplicate disposition',
    edit: (p) => {
      p.dispositions.push({ id: 'NA', label: '无人接听 2', conversation: false });
    },
    path: 'dispositions[7].id',
    code: 'duplicateId',
    zh: ['结果代码编号 "NA" 重复'],
    en: ['Duplicate disposition id "NA"', 'dispositions[6].id'],
  },
  {
    name: 'duplicate adapter',
    edit: (p) => {
      p.crm.adapters.push(structuredClone(p.crm.adapters[0]));
    },
    path: 'crm.adapters[1].id',
    code: 'duplicateId',
    zh: ['CRM 适配器编号 "demo-crm" 重复'],
    en: ['Duplicate adapter id "demo-crm"', 'crm.adapters[0].id'],
  },
  {
    name: 'duplicate rule and objection and plan policy and segment',
    edit: (p) => {
      p.rules.push(structuredClone(p.rules[7]));
    },
    path: 'rules[8].id',
    code: 'duplicateId',
    zh: ['规则编号 "retention" 重复'],
    en: ['Duplicate rule id "retention"'],
  },
  {
    name: 'segment names a missing script',
    edit: (p) => {
      p.segments[1].scriptId = 'standrd';
    },
    path: 'segments[1].scriptId',
    code: 'unknownReference',
    zh: ['话术 "standrd" 在本话术包中不存在', '是不是想写 "standard"', '现有：standard、hardship'],
    en: ['script "standrd" does not exist in this pack', 'did you mean "standard"?'],
  },
  {
    name: 'segment names a missing plan policy',
    edit: (p) => {
      p.segments[0].planPolicyId = 'vip-policy';
    },
    path: 'segments[0].planPolicyId',
    code: 'unknownReference',
    zh: ['还款政策 "vip-policy" 在本话术包中不存在', 'standard-policy'],
    en: ['plan policy "vip-policy" does not exist in this pack', 'hardship-policy'],
  },
  {
    name: 'stage checklist names a missing item',
    edit: (p) => {
      p.scripts[0].stages[0].checklist[0] = 'identity-checked';
    },
    path: 'scripts[0].stages[0].checklist[0]',
    code: 'unknownReference',
    zh: ['检查清单项 "identity-checked" 在检查清单中不存在'],
    en: ['checklist item "identity-checked" does not exist in the checklist'],
  },
  {
    name: 'line ticks a missing item',
    edit: (p) => {
      p.scripts[1].stages[1].lines[0].ticks = ['recording'];
    },
    path: 'scripts[1].stages[1].lines[0].ticks[0]',
    code: 'unknownReference',
    zh: ['检查清单项 "recording" 在检查清单中不存在'],
    en: ['checklist item "recording" does not exist'],
  },
  {
    name: 'next goes to a misspelt stage',
    edit: (p) => {
      p.scripts[0].stages[1].next[0].goto = 'negotiat';
    },
    path: 'scripts[0].stages[1].next[0].goto',
    code: 'unknownReference',
    zh: ['跳转目标阶段 "negotiat" 在本话术中不存在', '是不是想写 "negotiate"'],
    en: ['goto target stage "negotiat" does not exist in this script', 'did you mean "negotiate"?'],
  },
  {
    name: 'answer goes to a stage that is not in its script',
    edit: (p) => {
      p.scripts[0].stages[6].lines[1].answers[0].goto = 'wrap-up';
    },
    path: 'scripts[0].stages[6].lines[1].answers[0].goto',
    code: 'unknownReference',
    zh: ['跳转目标阶段 "wrap-up" 在本话术中不存在', '现有：identify'],
    en: ['goto target stage "wrap-up" does not exist in this script', 'existing: identify'],
  },
  {
    name: 'objection leads to a missing disposition',
    edit: (p) => {
      p.objections[0].leadsTo.disposition = 'HARD';
    },
    path: 'objections[0].leadsTo.disposition',
    code: 'unknownReference',
    zh: ['结果代码 "HARD" 在本话术包中不存在'],
    en: ['disposition "HARD" does not exist in this pack'],
  },
  {
    name: 'recording notice names a missing checklist item',
    edit: (p) => {
      p.rules[5].items = ['recording-told'];
    },
    path: 'rules[5].items[0]',
    code: 'unknownReference',
    zh: ['检查清单项 "recording-told" 在检查清单中不存在'],
    en: ['checklist item "recording-told" does not exist in the checklist'],
  },
  {
    name: 'misspelt time zone',
    edit: (p) => {
      p.timezone = 'Asia/Shangai';
    },
    path: 'timezone',
    code: 'unknownTimezone',
    zh: ['时区 "Asia/Shangai" 不是有效的 IANA 时区名'],
    en: ['"Asia/Shangai" is not a valid IANA zone name'],
  },
  {
    name: 'pattern that does not compile',
    edit: (p) => {
      p.crm.adapters[0].fields.dpd.pattern = '(\\d+\\s*天';
    },
    path: 'crm.adapters[0].fields.dpd.pattern',
    code: 'badPattern',
    zh: ['正则表达式', '无法编译'],
    en: ['does not compile'],
  },
  {
    name: 'pattern with two capture groups',
    edit: (p) => {
      p.crm.adapters[0].fields.dpd.pattern = '(\\d+)\\s*(天)';
    },
    path: 'crm.adapters[0].fields.dpd.pattern',
    code: 'patternGroups',
    zh: ['恰好有 1 个捕获组', '现有 2 个', '(?:...)'],
    en: ['exactly one capture group', 'it has 2'],
  },
  {
    name: 'pattern with no capture group',
    edit: (p) => {
      p.crm.adapters[0].accountKey.pattern = 'CC\\d+';
    },
    path: 'crm.adapters[0].accountKey.pattern',
    code: 'patternGroups',
    zh: ['现有 0 个'],
    en: ['it has 0'],
  },
  {
    name: 'pattern with a nested quantifier',
    edit: (p) => {
      p.crm.adapters[0].fields.dpd.pattern = '(\\d+)+天';
    },
    path: 'crm.adapters[0].fields.dpd.pattern',
    code: 'nestedQuantifier',
    zh: ['嵌套量词', '灾难性回溯'],
    en: ['nested quantifier', 'catastrophically'],
  },
  {
    name: 'match pattern without a scheme',
    edit: (p) => {
      p.crm.adapters[0].match[1] = 'localhost/*';
    },
    path: 'crm.adapters[0].match[1]',
    code: 'badMatchPattern',
    zh: ['匹配网址 "localhost/*" 无效', '<协议>://<主机>/<路径>'],
    en: ['match pattern "localhost/*" is not valid', '<scheme>://<host>/<path>'],
  },
  {
    name: 'plan type without its terms',
    edit: (p) => {
      delete p.planPolicies[0].instalmentFlat;
    },
    path: 'planPolicies[0].types[2]',
    code: 'planTermsMissing',
    zh: ['方案类型包含 "instalmentFlat"', '没有给出 "instalmentFlat" 条款'],
    en: ['types include "instalmentFlat"', 'no "instalmentFlat" terms'],
  },
  {
    name: 'plan terms without their type',
    edit: (p) => {
      p.planPolicies[1].deferral = { maxMonths: 3, interest: 'frozen', monthlyRate: 0 };
    },
    path: 'planPolicies[1].deferral',
    code: 'planTermsUnused',
    zh: ['给出了 "deferral" 条款', '没有 "deferral"'],
    en: ['"deferral" terms are given', 'does not include "deferral"'],
  },
  {
    name: 'agent may discount more than a supervisor',
    edit: (p) => {
      p.planPolicies[0].settlement.agentMaxDiscountRate = 0.35;
    },
    path: 'planPolicies[0].settlement.agentMaxDiscountRate',
    code: 'settlementRates',
    zh: ['最大减免比例 35%', '主管审批上限 30%'],
    en: ["agent's maximum discount 35%", "supervisor's maximum 30%"],
  },
  {
    name: 'expiry before publication',
    edit: (p) => {
      p.expiresAt = '2026-01-01T00:00:00+08:00';
    },
    path: 'expiresAt',
    code: 'expiresBeforePublished',
    zh: ['过期时间', '不晚于发布时间'],
    en: ['expiresAt 2026-01-01T00:00:00+08:00 is not after publishedAt'],
  },
  {
    name: 'changelog ahead of the pack version',
    edit: (p) => {
      p.changelog.push({ version: 4, date: '2026-02-01', summary: '未来版本' });
    },
    path: 'changelog[2].version',
    code: 'changelogAhead',
    zh: ['版本 4 高于话术包版本 3'],
    en: ["version 4 is above the pack's version 3"],
  },
  {
    name: 'condition nested too deep',
    edit: (p) => {
      let condition: Json = { field: 'dpd', op: 'gt', value: 0 };
      for (let i = 0; i < LIMITS.conditionDepth; i++) condition = { not: condition };
      p.scripts[0].stages[2].lines[1].when = condition;
    },
    path: 'scripts[0].stages[2].lines[1].when',
    code: 'conditionTooDeep',
    zh: ['条件嵌套 9 层', '上限 8 层'],
    en: ['nested 9 levels deep', 'limit of 8'],
  },
  {
    name: 'answers on a say line',
    edit: (p) => {
      p.scripts[0].stages[1].lines[0].answers = twoAnswers;
    },
    path: 'scripts[0].stages[1].lines[0].answers',
    code: 'answersNotAsk',
    zh: ['只有提问行', '"say"'],
    en: ['Only an ask line', 'this line is a "say" line'],
  },
];
