/**
 * A plan request made whole: the defaults filled (from the segment's policy where it has the
 * number) and every check that no single field can make alone (issue 6 §Tests), each on a field
 * path so the panel shows it beside the field.
 */
import type { LocalizedText } from '../i18n/text';
import type { PlanPolicy, PlanType } from '../pack/schema';
import { addMonthsClamped, anchorDay, type IsoDate } from './dates';
import type { CheckedPlanRequest, PlanRequest } from './request';
import { withArticle } from './request-problems';
import { settlementAmount } from './schedule';
import type { ResolvedTerms } from './terms';

/** Fields that mean something for each plan type; any other is refused so a typo never goes unseen. */
const FIELDS_FOR: Record<PlanType, readonly (keyof PlanRequest)[]> = {
  full: [],
  minimum: ['minimumDue'],
  instalmentFlat: ['downPayment', 'periods', 'monthlyFeeRate', 'minimumDue'],
  instalmentAmortising: ['downPayment', 'periods', 'apr', 'minimumDue'],
  personalised: ['downPayment', 'periods', 'monthlyFeeRate', 'minimumDue'],
  deferral: [
    'downPayment',
    'periods',
    'monthlyFeeRate',
    'apr',
    'deferralMonths',
    'deferralInterest',
    'deferralMonthlyRate',
    'minimumDue',
  ],
  settlement: ['settlementAmount', 'discountRate', 'payments', 'minimumDue', 'principal'],
};
/** Every field some plan type uses, in a stable order (derived, so the two lists cannot drift). */
const TYPE_FIELDS: readonly (keyof PlanRequest)[] = [...new Set(Object.values(FIELDS_FOR).flat())];

/**
 * Fills the defaults (from the policy where it has the number) and checks what one field alone
 * cannot: a result or the problems, each on a field path.
 */
export function resolveRequest(
  req: CheckedPlanRequest,
):
  | { terms: ResolvedTerms; problems: [] }
  | { terms: null; problems: { path: string[]; message: LocalizedText }[] } {
  const problems: { path: string[]; message: LocalizedText }[] = [];
  const problem = (path: string, zh: string, en: string) =>
    problems.push({ path: [path], message: { zh, en } });
  const policy: PlanPolicy | undefined = req.policy;
  const { type, balance } = req;

  for (const field of TYPE_FIELDS) {
    if (req[field] !== undefined && !FIELDS_FOR[type].includes(field)) {
      problem(
        field,
        `${field} 不适用于方案类型 ${type}`,
        `${field} does not apply to ${withArticle(type)} plan`,
      );
    }
  }

  const instalmentLike =
    type === 'instalmentFlat' ||
    type === 'instalmentAmortising' ||
    type === 'personalised' ||
    type === 'deferral';
  const firstDueDate: IsoDate =
    req.firstDueDate ?? (instalmentLike ? addMonthsClamped(req.today, 1) : req.today);
  if (firstDueDate < req.today) {
    problem(
      'firstDueDate',
      `首个还款日 ${firstDueDate} 早于今天 ${req.today}`,
      `firstDueDate ${firstDueDate} is before today ${req.today}`,
    );
  }
  if (req.minimumDue !== undefined && req.minimumDue > balance) {
    problem(
      'minimumDue',
      `最低还款额 ${req.minimumDue} 大于欠款 ${balance}`,
      `minimumDue ${req.minimumDue} exceeds the balance ${balance}`,
    );
  }
  const downPayment = req.downPayment ?? 0;
  const periods =
    type === 'deferral'
      ? (req.periods ?? 1)
      : type === 'settlement'
        ? (req.payments ?? 1)
        : (req.periods ?? 1);
  if (instalmentLike) {
    if (type !== 'deferral' && req.periods === undefined)
      problem('periods', '缺少分期期数', 'periods is required');
    if (downPayment > balance) {
      problem(
        'downPayment',
        `首付 ${downPayment} 大于欠款 ${balance}`,
        `downPayment ${downPayment} exceeds the balance ${balance}`,
      );
    } else if (balance - downPayment < periods) {
      problem(
        'downPayment',
        `首付后剩余 ${balance - downPayment} 不足每期一个最小货币单位（${periods} 期）`,
        `after the down payment ${balance - downPayment} is left: less than one minor unit for each of ${periods} periods`,
      );
    }
  }

  const terms: ResolvedTerms = {
    type,
    balance,
    downPayment: instalmentLike ? downPayment : 0,
    today: req.today,
    firstDueDate,
    // A defaulted first due date is a month after today, clamped; the plan keeps today's day.
    dayOfMonth: anchorDay(req.firstDueDate ?? req.today),
    periods: type === 'full' || type === 'minimum' ? 1 : periods,
    hardship: req.hardship ?? false,
    currency: req.currency ?? 'CNY',
    locale: req.locale ?? 'zh-CN',
  };
  if (req.minimumDue !== undefined) terms.minimumDue = req.minimumDue;

  const flatRateFromPolicy = (n: number) =>
    policy?.instalmentFlat?.find((t) => t.periods === n)?.monthlyFeeRate;
  const aprFromPolicy = (n: number) => policy?.instalmentAmortising?.find((t) => t.periods === n)?.apr;
  // A flat fee (flat instalments, and those after a deferral) from the request or the policy's term
  // for this many periods; without either, one reason for both plan types.
  const setFlatFee = (fee: number | undefined) => {
    if (fee === undefined)
      problem(
        'monthlyFeeRate',
        `缺少月手续费率（政策中没有 ${periods} 期）`,
        `monthlyFeeRate is required (no ${periods}-period term in the policy)`,
      );
    else terms.monthlyFeeRate = fee;
  };

  switch (type) {
    case 'full':
      break;
    case 'minimum':
      if (req.minimumDue === undefined)
        problem('minimumDue', '最低还款方案需要最低还款额', 'a minimum plan needs minimumDue');
      break;
    case 'instalmentFlat': {
      setFlatFee(req.monthlyFeeRate ?? flatRateFromPolicy(periods));
      break;
    }
    case 'instalmentAmortising': {
      const apr = req.apr ?? aprFromPolicy(periods);
      if (apr === undefined) {
        problem(
          'apr',
          `缺少年利率（政策中没有 ${periods} 期）`,
          `apr is required (no ${periods}-period term in the policy)`,
        );
      } else terms.apr = apr;
      break;
    }
    case 'personalised': {
      // Art. 70: personalised instalment is for debtors willing but unable to pay — hardship only.
      if (req.hardship !== true) {
        problem(
          'hardship',
          '个性化分期仅适用于困难客户（hardship: true）',
          'a personalised instalment is for hardship accounts only (hardship: true)',
        );
      }
      const fee = req.monthlyFeeRate ?? policy?.personalised?.monthlyFeeRate;
      if (fee === undefined) {
        problem(
          'monthlyFeeRate',
          '缺少月手续费率（政策未设置个性化分期）',
          'monthlyFeeRate is required (the policy sets no personalised terms)',
        );
      } else terms.monthlyFeeRate = fee;
      break;
    }
    case 'deferral': {
      if (req.deferralMonths === undefined)
        problem('deferralMonths', '缺少延期月数', 'deferralMonths is required');
      const interest = req.deferralInterest ?? policy?.deferral?.interest;
      if (interest === undefined) {
        problem(
          'deferralInterest',
          '缺少延期期间计息方式（accrue / frozen）',
          'deferralInterest is required (accrue or frozen)',
        );
      }
      const monthlyRate =
        req.deferralMonthlyRate ?? (interest === 'frozen' ? 0 : policy?.deferral?.monthlyRate);
      if (interest === 'accrue' && monthlyRate === undefined) {
        problem(
          'deferralMonthlyRate',
          '延期期间计息时需要月利率',
          'deferralMonthlyRate is required when interest accrues',
        );
      }
      if (req.apr !== undefined && req.monthlyFeeRate !== undefined) {
        problem(
          'apr',
          '延期后的分期只能按 apr 或 monthlyFeeRate 之一计价',
          'price the instalments after a deferral with apr or monthlyFeeRate, not both',
        );
      }
      if (req.apr !== undefined) terms.apr = req.apr;
      else {
        // One payment after the deferral carries no fee; several take the policy's term for that count.
        setFlatFee(req.monthlyFeeRate ?? (periods > 1 ? flatRateFromPolicy(periods) : 0));
      }
      if (req.deferralMonths !== undefined && interest !== undefined) {
        terms.deferral = { months: req.deferralMonths, interest, monthlyRate: monthlyRate ?? 0 };
        const alsoAccrues = policy?.deferral?.alsoAccrues;
        if (alsoAccrues && alsoAccrues.length > 0) terms.deferral.alsoAccrues = [...alsoAccrues];
      }
      break;
    }
    case 'settlement': {
      if ((req.settlementAmount === undefined) === (req.discountRate === undefined)) {
        problem(
          'settlementAmount',
          '减免需要 settlementAmount 或 discountRate 其中之一',
          'a settlement needs exactly one of settlementAmount or discountRate',
        );
        break;
      }
      const basis = policy?.settlement?.basis ?? 'balance';
      if (req.principal !== undefined && req.principal > balance) {
        problem(
          'principal',
          `本金 ${req.principal} 大于欠款 ${balance}`,
          `principal ${req.principal} exceeds the balance ${balance}`,
        );
        break;
      }
      if (basis === 'interestAndFees' && req.discountRate !== undefined && req.principal === undefined) {
        problem(
          'principal',
          '本策略只减免利息和费用：按比例减免需要本金金额（CRM 的本金字段）',
          'this policy discounts interest and fees only: a discount rate needs the principal (the CRM principal field)',
        );
        break;
      }
      const amount =
        req.settlementAmount ??
        settlementAmount(balance, req.discountRate ?? 0, basis === 'interestAndFees' ? req.principal : 0);
      if (amount > balance) {
        problem(
          'settlementAmount',
          `减免后金额 ${amount} 大于欠款 ${balance}`,
          `settlementAmount ${amount} exceeds the balance ${balance}`,
        );
      } else if (amount < periods) {
        problem(
          'settlementAmount',
          `减免后金额 ${amount} 不足每次一个最小货币单位`,
          `settlementAmount ${amount} is less than one minor unit a payment`,
        );
      }
      terms.settlementAmount = amount;
      if (req.discountRate !== undefined) terms.discountRate = req.discountRate;
      if (req.principal !== undefined) terms.principal = req.principal;
      terms.discountBasis = basis;
      break;
    }
  }
  return problems.length > 0 ? { terms: null, problems } : { terms, problems: [] };
}
