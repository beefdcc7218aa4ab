/**
 * The compliance rule engine (issue 5 §1, issue 12): a pure function of the pack's rules, the
 * account context, the clock, earlier call attempts and the live call's state. One verdict per
 * rule, with the numbers behind it, so the Guard bar can say "local 21:47 · attempt 4 today" and
 * why. Each rule type is evaluated in `rules/<type>.ts`.
 */
import type { LocalizedText } from '../i18n/text';
import type { Rule, RuleType } from '../pack/schema';
import { RULE_EVALUATORS, type RuleEvaluator } from './rules';
import { scopeOf } from './scope';
import type { ComplianceInput, RuleVerdict, Verdict } from './types';

export { disclosesDebt } from './phrases';
export type { CallAttempt, CallState, ComplianceInput, Verdict, VerdictLevel } from './types';

function outOfScope(rule: Rule): RuleVerdict {
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: { zh: '本规则不适用于该客户所在地区', en: "This rule does not apply in the debtor's region" },
    numbers: { scope: 'out' },
  };
}

const REGION_UNKNOWN: LocalizedText = {
  zh: '（未能读取所在地区，按适用处理，请人工核对）',
  en: " (the debtor's region could not be read: applied; check by hand)",
};

/**
 * A rule scoped to some regions applies when the account is in one of them; when the region cannot
 * be read it still applies, but a block becomes a warning the agent checks by hand.
 */
function evaluateRule(rule: Rule, input: ComplianceInput): Verdict {
  const override = rule.override ?? 'agent';
  const scope = rule.scope ? scopeOf(rule.scope, input.context) : 'in';
  if (scope === 'out') return { ...outOfScope(rule), override };
  const evaluate = RULE_EVALUATORS[rule.type] as RuleEvaluator<RuleType>;
  const verdict = evaluate(rule as never, input);
  if (scope === 'unknown' && verdict.level !== 'ok') {
    return {
      ...verdict,
      level: 'warn',
      message: {
        zh: `${verdict.message.zh}${REGION_UNKNOWN.zh}`,
        en: `${verdict.message.en}${REGION_UNKNOWN.en}`,
      },
      numbers: { ...verdict.numbers, scope: 'unknown' },
      override,
    };
  }
  return { ...verdict, override };
}

/** One verdict per rule, in the pack's order. Pure: same input, same verdicts. */
export function evaluateRules(input: ComplianceInput): Verdict[] {
  return input.rules.map((rule) => evaluateRule(rule, input));
}
