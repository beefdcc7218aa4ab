/**
 * A plan option checked against the pack's plan policy for the segment (issue 6 §2).
 * Each violation names the limit (the policy field, e.g. `minInstalment`) and its number, and says
 * so in both languages. Beyond the agent's own authority → `needsApproval`; beyond the policy →
 * `refused`. The policy is pack data: a compliance team changes a number by publishing a pack.
 */
import type { LocalizedText } from '../i18n/text';
import type { PlanPolicy, PlanType } from '../pack/schema';
import { applyRate, formatRate, type Minor, moneyFormat } from './money';
import { PLAN_TYPE_NAMES } from './names';
import { settlementDiscountViolations } from './settlement-policy';

export type Verdict = 'ok' | 'needsApproval' | 'refused';

export interface Violation {
  /** The policy field the option breaks, e.g. `minInstalment`, `settlement.agentMaxDiscountRate`. */
  limit: string;
  level: Exclude<Verdict, 'ok'>;
  /** The limit's number(s): an amount in minor units, a rate, a count, or the allowed list. */
  allowed: number | number[] | string[] | boolean;
  /** The option's number. */
  actual: number | string | boolean;
  message: LocalizedText;
}

export interface PolicyCheck {
  policyId: string;
  verdict: Verdict;
  violations: Violation[];
  /** Conditions that are not violations but the agent must know (e.g. proof of hardship). */
  notes: LocalizedText[];
}

/** What the policy needs to know about an option (request.ts derives it from the request and schedule). */
export interface PlanTerms {
  type: PlanType;
  balance: Minor;
  downPayment: Minor;
  /** Instalments after any deferral; settlement parts for a settlement; 1 for full / minimum. */
  periods: number;
  /** Pricing of the instalments: flat monthly fee or APR (none for full / minimum / settlement). */
  monthlyFeeRate?: number;
  apr?: number;
  deferral?: { months: number; interest: 'accrue' | 'frozen'; monthlyRate: number };
  /** Settlement: the amount agreed. */
  settlementAmount?: Minor;
  /** Settlement: the principal part of the balance, when the CRM gives it. */
  principal?: Minor;
  /**
   * The smallest payment in the schedule (deferred months left out). The minimum instalment applies
   * to it; an amortising plan's last payment may sit a few minor units under the level payment.
   */
  smallestPayment: Minor;
}

const INSTALMENT_TYPES: readonly PlanType[] = [
  'instalmentFlat',
  'instalmentAmortising',
  'deferral',
  'personalised',
];

function percent(rate: number): LocalizedText {
  return { zh: formatRate(rate, 'zh-CN'), en: formatRate(rate, 'en-US') };
}

export function checkPolicy(terms: PlanTerms, policy: PlanPolicy, currency: string): PolicyCheck {
  const fmt = moneyFormat(currency);
  const violations: Violation[] = [];
  const notes: LocalizedText[] = [];
  const refuse = (v: Omit<Violation, 'level'>) => violations.push({ ...v, level: 'refused' });
  const typeName = PLAN_TYPE_NAMES[terms.type];

  if (!policy.types.includes(terms.type)) {
    const allowed = policy.types.map((t) => PLAN_TYPE_NAMES[t]);
    refuse({
      limit: 'types',
      allowed: [...policy.types],
      actual: terms.type,
      message: {
        zh: `本策略不允许${typeName.zh}（允许：${allowed.map((a) => a.zh).join('、')}）`,
        en: `This policy does not allow ${typeName.en.toLowerCase()} (allowed: ${allowed.map((a) => a.en.toLowerCase()).join(', ')})`,
      },
    });
  }

  const checkFlatTerm = (periods: number, rate: number) => {
    const listed = policy.instalmentFlat ?? [];
    const term = listed.find((t) => t.periods === periods);
    if (!term) {
      const allowed = listed.map((t) => t.periods);
      refuse({
        limit: 'instalmentFlat.periods',
        allowed,
        actual: periods,
        message: {
          zh: `分期期数${periods}期不在政策允许的期数内（允许：${allowed.join('、') || '无'}）`,
          en: `${periods} periods is not an allowed instalment term (allowed: ${allowed.join(', ') || 'none'})`,
        },
      });
    } else if (term.monthlyFeeRate !== rate) {
      refuse({
        limit: 'instalmentFlat.monthlyFeeRate',
        allowed: term.monthlyFeeRate,
        actual: rate,
        message: {
          zh: `${periods}期的月手续费率应为${percent(term.monthlyFeeRate).zh}，方案为${percent(rate).zh}`,
          en: `The monthly fee rate for ${periods} periods is ${percent(term.monthlyFeeRate).en}, not ${percent(rate).en}`,
        },
      });
    }
  };

  const checkAmortisingTerm = (periods: number, apr: number) => {
    const listed = policy.instalmentAmortising ?? [];
    const term = listed.find((t) => t.periods === periods);
    if (!term) {
      const allowed = listed.map((t) => t.periods);
      refuse({
        limit: 'instalmentAmortising.periods',
        allowed,
        actual: periods,
        message: {
          zh: `分期期数${periods}期不在政策允许的期数内（允许：${allowed.join('、') || '无'}）`,
          en: `${periods} periods is not an allowed instalment term (allowed: ${allowed.join(', ') || 'none'})`,
        },
      });
    } else if (term.apr !== apr) {
      refuse({
        limit: 'instalmentAmortising.apr',
        allowed: term.apr,
        actual: apr,
        message: {
          zh: `${periods}期的年利率应为${percent(term.apr).zh}，方案为${percent(apr).zh}`,
          en: `The APR for ${periods} periods is ${percent(term.apr).en}, not ${percent(apr).en}`,
        },
      });
    }
  };

  switch (terms.type) {
    case 'instalmentFlat':
      checkFlatTerm(terms.periods, terms.monthlyFeeRate ?? 0);
      break;
    case 'instalmentAmortising':
      checkAmortisingTerm(terms.periods, terms.apr ?? 0);
      break;
    case 'deferral': {
      const rule = policy.deferral;
      const asked = terms.deferral;
      if (!rule || !asked) {
        refuse({
          limit: 'deferral',
          allowed: false,
          actual: true,
          message: { zh: '本策略未设置延期还款', en: 'This policy sets no deferral terms' },
        });
        break;
      }
      if (asked.months > rule.maxMonths) {
        refuse({
          limit: 'deferral.maxMonths',
          allowed: rule.maxMonths,
          actual: asked.months,
          message: {
            zh: `延期${asked.months}个月超过政策上限${rule.maxMonths}个月`,
            en: `A ${asked.months}-month deferral exceeds the policy's maximum of ${rule.maxMonths} months`,
          },
        });
      }
      if (asked.interest !== rule.interest) {
        const mode = { accrue: { zh: '计息', en: 'accrues' }, frozen: { zh: '停息', en: 'is frozen' } };
        refuse({
          limit: 'deferral.interest',
          allowed: [rule.interest],
          actual: asked.interest,
          message: {
            zh: `政策规定延期期间利息${mode[rule.interest].zh}，方案为${mode[asked.interest].zh}`,
            en: `Policy: interest ${mode[rule.interest].en} during a deferral; the option says it ${mode[asked.interest].en}`,
          },
        });
      } else if (rule.interest === 'accrue' && asked.monthlyRate !== rule.monthlyRate) {
        refuse({
          limit: 'deferral.monthlyRate',
          allowed: rule.monthlyRate,
          actual: asked.monthlyRate,
          message: {
            zh: `延期期间月利率应为${percent(rule.monthlyRate).zh}，方案为${percent(asked.monthlyRate).zh}`,
            en: `The monthly rate during a deferral is ${percent(rule.monthlyRate).en}, not ${percent(asked.monthlyRate).en}`,
          },
        });
      }
      // One payment after the deferral is free of fees; several are an instalment on the policy's terms.
      if (terms.apr !== undefined) {
        if (terms.periods > 1 || terms.apr > 0) checkAmortisingTerm(terms.periods, terms.apr);
      } else if (terms.periods > 1 || (terms.monthlyFeeRate ?? 0) > 0) {
        checkFlatTerm(terms.periods, terms.monthlyFeeRate ?? 0);
      }
      break;
    }
    case 'personalised': {
      const rule = policy.personalised;
      if (!rule) {
        refuse({
          limit: 'personalised',
          allowed: false,
          actual: true,
          message: { zh: '本策略未设置个性化分期', en: 'This policy sets no personalised-instalment terms' },
        });
        break;
      }
      if (terms.periods > rule.maxPeriods) {
        refuse({
          limit: 'personalised.maxPeriods',
          allowed: rule.maxPeriods,
          actual: terms.periods,
          message: {
            zh: `个性化分期${terms.periods}期超过政策上限${rule.maxPeriods}期`,
            en: `${terms.periods} periods exceeds the personalised-instalment maximum of ${rule.maxPeriods}`,
          },
        });
      }
      const rate = terms.monthlyFeeRate ?? 0;
      if (rate !== rule.monthlyFeeRate) {
        refuse({
          limit: 'personalised.monthlyFeeRate',
          allowed: rule.monthlyFeeRate,
          actual: rate,
          message: {
            zh: `个性化分期月手续费率应为${percent(rule.monthlyFeeRate).zh}，方案为${percent(rate).zh}`,
            en: `The personalised-instalment monthly fee rate is ${percent(rule.monthlyFeeRate).en}, not ${percent(rate).en}`,
          },
        });
      }
      if (rule.needsApproval) {
        violations.push({
          limit: 'personalised.needsApproval',
          level: 'needsApproval',
          allowed: false,
          actual: true,
          message: {
            zh: '个性化分期须经主管审批',
            en: 'A personalised instalment needs supervisor approval',
          },
        });
      }
      if (rule.needsProof) {
        notes.push({
          zh: '须提供困难证明（如失业、疾病证明）',
          en: 'Proof of hardship is required (e.g. job loss, illness)',
        });
      }
      break;
    }
    case 'settlement': {
      const rule = policy.settlement;
      const amount = terms.settlementAmount ?? terms.balance;
      if (!rule) {
        refuse({
          limit: 'settlement',
          allowed: false,
          actual: true,
          message: { zh: '本策略未设置减免', en: 'This policy sets no settlement terms' },
        });
        break;
      }
      if (terms.periods > rule.maxPayments) {
        refuse({
          limit: 'settlement.maxPayments',
          allowed: rule.maxPayments,
          actual: terms.periods,
          message: {
            zh: `减免分${terms.periods}次还款超过政策上限${rule.maxPayments}次`,
            en: `${terms.periods} settlement payments exceeds the policy's maximum of ${rule.maxPayments}`,
          },
        });
      }
      violations.push(
        ...settlementDiscountViolations(terms.balance, amount, terms.principal, rule, currency),
      );
      break;
    }
    case 'full':
    case 'minimum':
      break;
  }

  if (INSTALMENT_TYPES.includes(terms.type)) {
    const required = applyRate(terms.balance, policy.minDownPaymentRate);
    if (terms.downPayment < required) {
      refuse({
        limit: 'minDownPaymentRate',
        allowed: policy.minDownPaymentRate,
        actual: terms.downPayment,
        message: {
          zh: `首付${fmt.money(terms.downPayment).zh}低于最低首付${fmt.money(required).zh}（欠款的${percent(policy.minDownPaymentRate).zh}）`,
          en: `A down payment of ${fmt.money(terms.downPayment).en} is below the minimum of ${fmt.money(required).en} (${percent(policy.minDownPaymentRate).en} of the balance)`,
        },
      });
    }
  }

  const severalPayments =
    INSTALMENT_TYPES.includes(terms.type) || (terms.type === 'settlement' && terms.periods > 1);
  if (severalPayments && terms.smallestPayment < policy.minInstalment) {
    refuse({
      limit: 'minInstalment',
      allowed: policy.minInstalment,
      actual: terms.smallestPayment,
      message: {
        zh: `每期还款${fmt.money(terms.smallestPayment).zh}低于每期最低${fmt.money(policy.minInstalment).zh}`,
        en: `A payment of ${fmt.money(terms.smallestPayment).en} is below the minimum instalment of ${fmt.money(policy.minInstalment).en}`,
      },
    });
  }

  return { policyId: policy.id, verdict: verdictOf(violations), violations, notes };
}

/** Refused beats needs-approval beats ok. */
export function verdictOf(violations: readonly Violation[]): Verdict {
  if (violations.some((v) => v.level === 'refused')) return 'refused';
  if (violations.length > 0) return 'needsApproval';
  return 'ok';
}
