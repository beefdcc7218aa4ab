/** Third-party mode (12 CFR 1006.6(d); 催收工作指引): the Guard says what may be said to whom. */
import type { ComplianceInput, RuleOf, RuleVerdict } from '../types';

export function thirdParty(rule: RuleOf<'thirdParty'>, input: ComplianceInput): RuleVerdict {
  const on = input.call?.thirdParty === true;
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: on
      ? {
          zh: '第三方模式：不得提及欠款，只可留言请其回电',
          en: 'Third-party mode: never mention the debt; only ask for a call back',
        }
      : {
          zh: '核实身份前不得提及欠款',
          en: 'Do not mention the debt before the debtor’s identity is confirmed',
        },
    numbers: { thirdParty: on ? 1 : 0, disclosureWords: rule.discloses.length },
  };
}
