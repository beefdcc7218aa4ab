/**
 * The discount of a settlement checked against the policy (issue 13 §3, review Z7): the rates apply
 * to the whole balance or only to the interest and fees above the principal (`settlement.basis`),
 * and a settlement below the principal needs the approval level the policy names.
 */
import type { LocalizedText } from '../i18n/text';
import type { PlanPolicy } from '../pack/schema';
import { applyRate, formatRate, type Minor, moneyFormat } from './money';
import type { Violation } from './policy';

type SettlementRule = NonNullable<PlanPolicy['settlement']>;

function percent(rate: number): LocalizedText {
  return { zh: formatRate(rate, 'zh-CN'), en: formatRate(rate, 'en-US') };
}

export function settlementDiscountViolations(
  balance: Minor,
  amount: Minor,
  principal: Minor | undefined,
  rule: SettlementRule,
  currency: string,
): Violation[] {
  const fmt = moneyFormat(currency);
  const onFees = rule.basis === 'interestAndFees';
  // A policy on interest and fees, or one naming an approval for principal cuts, guards the principal;
  // a balance-based policy without one lets its rates decide (they authorise principal cuts).
  const guarded = onFees || rule.belowPrincipalApproval !== undefined;
  if (guarded && principal !== undefined && amount < principal) {
    const approver = rule.belowPrincipalApproval;
    const cut = fmt.money(principal - amount);
    const base = { limit: 'settlement.belowPrincipalApproval', allowed: principal, actual: amount };
    return approver
      ? [
          {
            ...base,
            level: 'needsApproval',
            message: {
              zh: `减免后金额低于本金${fmt.money(principal).zh}（本金减免${cut.zh}），须${approver}`,
              en: `The settlement is below the principal of ${fmt.money(principal).en} (${cut.en} of principal waived); needs ${approver}`,
            },
          },
        ]
      : [
          {
            ...base,
            level: 'refused',
            message: {
              zh: `减免后金额低于本金${fmt.money(principal).zh}：本策略不减免本金`,
              en: `The settlement is below the principal of ${fmt.money(principal).en}: this policy waives no principal`,
            },
          },
        ];
  }
  if (onFees && principal === undefined) {
    return [
      {
        limit: 'settlement.basis',
        level: 'refused',
        allowed: ['interestAndFees'],
        actual: 'unknown principal',
        message: {
          zh: '本策略只减免利息和费用，缺少本金金额无法核对减免',
          en: 'This policy discounts interest and fees only; without the principal the discount cannot be checked',
        },
      },
    ];
  }
  // Compared in minor units, each limit rounded half-up from its base: exact, no float ratio.
  const discount = balance - amount;
  const base = onFees ? balance - (principal ?? 0) : balance;
  // The base is named only when it is not the whole balance, so a balance policy reads as before.
  const on = onFees ? { zh: '利息和费用的', en: ' of the interest and fees' } : { zh: '', en: '' };
  const agentMax = applyRate(base, rule.agentMaxDiscountRate);
  const supervisorMax = applyRate(base, Math.max(rule.supervisorMaxDiscountRate, rule.agentMaxDiscountRate));
  const asked = fmt.money(discount);
  const askedRate = percent(base === 0 ? 0 : discount / base);
  const of = (r: number) => ({ zh: `${on.zh}${percent(r).zh}`, en: `${percent(r).en}${on.en}` });
  if (discount > supervisorMax) {
    return [
      {
        limit: 'settlement.supervisorMaxDiscountRate',
        level: 'refused',
        allowed: rule.supervisorMaxDiscountRate,
        actual: discount,
        message: {
          zh: `减免${asked.zh}（${on.zh}${askedRate.zh}）超过主管审批上限${of(rule.supervisorMaxDiscountRate).zh}（${fmt.money(supervisorMax).zh}）`,
          en: `A discount of ${asked.en} (${askedRate.en}${on.en}) exceeds the supervisor's limit of ${of(rule.supervisorMaxDiscountRate).en} (${fmt.money(supervisorMax).en})`,
        },
      },
    ];
  }
  if (discount > agentMax) {
    return [
      {
        limit: 'settlement.agentMaxDiscountRate',
        level: 'needsApproval',
        allowed: rule.agentMaxDiscountRate,
        actual: discount,
        message: {
          zh: `减免${asked.zh}（${on.zh}${askedRate.zh}）超过坐席权限${of(rule.agentMaxDiscountRate).zh}（${fmt.money(agentMax).zh}），须主管审批`,
          en: `A discount of ${asked.en} (${askedRate.en}${on.en}) exceeds the agent's limit of ${of(rule.agentMaxDiscountRate).en} (${fmt.money(agentMax).en}); needs supervisor approval`,
        },
      },
    ];
  }
  return [];
}
