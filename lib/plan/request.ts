/**
 * A plan request (what the panel or `npm run -s plan` asks for), its validation, and computePlan:
 * the schedule, totals, annualised rates, policy verdict and read-back for one option.
 * Every invalid input is refused with its reason in both languages (issue 6 §Tests): 0 periods,
 * negative money, a rate over 100 %, a date that does not exist, a balance above 10^12 minor units…
 */
import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { PLAN_TYPES, type PlanPolicy, type PlanType, planPolicySchema } from '../pack/schema';
import { addMonthsClamped, anchorDay, type IsoDate, isIsoDate } from './dates';
import { MAX_MINOR, type Minor } from './money';
import { checkPolicy, type PolicyCheck, type Verdict, type Violation } from './policy';
import type { AnnualisedCost } from './rate';
import { type ReadBack, readBack } from './readback';
import {
  amortisingInstalment,
  deferral,
  flatInstalment,
  fullPayment,
  minimumPayment,
  personalisedInstalment,
  type Schedule,
  type ScheduleRow,
  type ScheduleTotals,
  scheduleCost,
  settlement,
  settlementAmount,
  smallestPayment,
} from './schedule';
import type { ResolvedTerms } from './terms';

/** The longest plan: 个性化分期 is capped at 5 years (商业银行信用卡业务监督管理办法 art. 70). */
export const MAX_PERIODS = 60;

// Each message is English for the CLI and zod; the Chinese rides along in the issue's params.
function fail(ctx: z.RefinementCtx, path: (string | number)[], message: LocalizedText): void {
  ctx.addIssue({ code: 'custom', path, message: message.en, params: { zh: message.zh } });
}

// abort: a negative amount is reported once, not again by balance's own minimum of 1.
const money = z.number().int().min(0, { abort: true }).max(MAX_MINOR);
const rate = z.number().min(0).max(1);
const isoDate = z.string().superRefine((text, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    fail(ctx, [], {
      zh: `日期格式应为 yyyy-mm-dd（收到 ${text}）`,
      en: `must be a date as yyyy-mm-dd (got ${text})`,
    });
  } else if (!isIsoDate(text)) {
    fail(ctx, [], { zh: `日期 ${text} 不存在`, en: `the date ${text} does not exist` });
  }
});

const planRequestShape = z.strictObject({
  type: z.enum(PLAN_TYPES),
  /** Minor units, 1 … 10^12. */
  balance: money.min(1),
  minimumDue: money.optional(),
  downPayment: money.optional(),
  /** Instalments (after any deferral), 1 … 60. */
  periods: z.number().int().min(1).max(MAX_PERIODS).optional(),
  monthlyFeeRate: rate.optional(),
  apr: rate.optional(),
  deferralMonths: z.number().int().min(1).max(MAX_PERIODS).optional(),
  deferralInterest: z.enum(['accrue', 'frozen']).optional(),
  deferralMonthlyRate: rate.optional(),
  settlementAmount: money.optional(),
  discountRate: rate.optional(),
  /** The principal part of the balance; the rest is interest and fees (settlement only). */
  principal: money.optional(),
  /** Settlement parts, 1 … 60 (the policy's maxPayments is checked as a violation). */
  payments: z.number().int().min(1).max(MAX_PERIODS).optional(),
  /** The day of the call; the down payment is due then. */
  today: isoDate,
  /** First monthly date; defaults to today (full, minimum, settlement) or a month after today. */
  firstDueDate: isoDate.optional(),
  hardship: z.boolean().optional(),
  /** The segment's plan policy from the pack; without it no verdict is given. */
  policy: planPolicySchema.optional(),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?$/)
    .optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

/** What a caller sends. */
export type PlanRequest = z.input<typeof planRequestShape>;

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

type ParsedShape = z.output<typeof planRequestShape>;

/**
 * Fills the defaults (from the policy where it has the number) and checks what one field alone
 * cannot: a result or the problems, each on a field path.
 */
function resolve(
  req: ParsedShape,
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

  switch (type) {
    case 'full':
      break;
    case 'minimum':
      if (req.minimumDue === undefined)
        problem('minimumDue', '最低还款方案需要最低还款额', 'a minimum plan needs minimumDue');
      break;
    case 'instalmentFlat': {
      const fee = req.monthlyFeeRate ?? flatRateFromPolicy(periods);
      if (fee === undefined) {
        problem(
          'monthlyFeeRate',
          `缺少月手续费率（政策中没有 ${periods} 期）`,
          `monthlyFeeRate is required (no ${periods}-period term in the policy)`,
        );
      } else terms.monthlyFeeRate = fee;
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
        const fee = req.monthlyFeeRate ?? (periods > 1 ? flatRateFromPolicy(periods) : 0);
        if (fee === undefined) {
          problem(
            'monthlyFeeRate',
            `缺少月手续费率（政策中没有 ${periods} 期）`,
            `monthlyFeeRate is required (no ${periods}-period term in the policy)`,
          );
        } else terms.monthlyFeeRate = fee;
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

/** The request schema: field checks, then the checks across fields. */
export const planRequestSchema = planRequestShape.superRefine(
  (req, ctx) => {
    const { problems } = resolve(req);
    for (const p of problems) fail(ctx, p.path, p.message);
  },
  // Only on a request whose fields are all valid: resolve() relies on real dates and numbers.
  { when: (payload) => payload.issues.length === 0 },
);

export interface PlanRequestProblem {
  /** Dotted path of the field, `(request)` for the whole request. */
  path: string;
  message: LocalizedText;
}

export type ParsedPlanRequest =
  | { ok: true; request: ParsedShape }
  | { ok: false; problems: PlanRequestProblem[] };

/** Parses anything (e.g. JSON from stdin) into a valid request, or says every reason it is not. */
export function parsePlanRequest(input: unknown): ParsedPlanRequest {
  const parsed = planRequestSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(describeIssue) };
}

const RATE_FIELDS = new Set([
  'monthlyFeeRate',
  'apr',
  'deferralMonthlyRate',
  'discountRate',
  'minDownPaymentRate',
  'agentMaxDiscountRate',
  'supervisorMaxDiscountRate',
  'monthlyRate',
]);
const MONEY_FIELDS = new Set([
  'balance',
  'minimumDue',
  'downPayment',
  'settlementAmount',
  'minInstalment',
  'principal',
]);

function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One zod issue as a reason a person can act on, in both languages. */
function describeIssue(issue: z.core.$ZodIssue): PlanRequestProblem {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(request)';
  const field = String(issue.path.at(-1) ?? '');
  const got = 'input' in issue && issue.input !== undefined ? ` (got ${shown(issue.input)})` : '';
  const gotZh = got ? `（收到 ${shown(issue.input)}）` : '';
  const say = (zh: string, en: string): PlanRequestProblem => ({ path, message: { zh, en } });
  switch (issue.code) {
    case 'custom': {
      const zh = typeof issue.params?.zh === 'string' ? issue.params.zh : issue.message;
      return say(zh, issue.message);
    }
    case 'invalid_type':
      if (issue.input === undefined) return say(`缺少 ${path}`, `${path} is required`);
      if (issue.expected === 'int')
        return say(`${path} 必须是整数${gotZh}`, `${path} must be a whole number${got}`);
      return say(
        `${path} 应为 ${issue.expected}${gotZh}`,
        `${path} must be ${withArticle(issue.expected)}${got}`,
      );
    case 'too_small': {
      const min = Number(issue.minimum);
      if (MONEY_FIELDS.has(field) && min === 0) {
        return say(`${path} 不能为负数${gotZh}`, `${path} must not be negative${got}`);
      }
      return say(`${path} 不能小于 ${min}${gotZh}`, `${path} must be at least ${min}${got}`);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (RATE_FIELDS.has(field) && max === 1) {
        return say(`${path} 不能超过 100%${gotZh}`, `${path} must not be over 100 % (1)${got}`);
      }
      if (MONEY_FIELDS.has(field) && max === MAX_MINOR) {
        return say(
          `${path} 不能超过 10^12（最小货币单位）${gotZh}`,
          `${path} must not be above 10^12 minor units${got}`,
        );
      }
      return say(`${path} 不能大于 ${max}${gotZh}`, `${path} must be at most ${max}${got}`);
    }
    case 'unrecognized_keys':
      return say(
        `未知字段：${issue.keys.join('、')}`,
        `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
      );
    case 'invalid_value':
      return say(
        `${path} 应为以下之一：${issue.values.map(String).join('、')}${gotZh}`,
        `${path} must be one of: ${issue.values.map(String).join(', ')}${got}`,
      );
    case 'invalid_format':
      return say(`${path} 格式不正确${gotZh}`, `${path} has the wrong format${got}`);
    default:
      return say(`${path}：${issue.message}`, `${path}: ${issue.message}`);
  }
}

// ---- Computing ------------------------------------------------------------------------------

export interface PlanResult {
  type: PlanType;
  currency: string;
  locale: string;
  /** Every input after defaults (rates taken from the policy show here). */
  terms: ResolvedTerms;
  balance: Minor;
  downPayment: Minor;
  downPaymentDate: IsoDate | null;
  financed: Minor;
  schedule: ScheduleRow[];
  totals: ScheduleTotals;
  /** Instalment-like plans only; null for full, minimum and settlement. */
  annualised: AnnualisedCost | null;
  /** Null when the request carries no policy. */
  policyId: string | null;
  verdict: Verdict | null;
  violations: Violation[];
  notes: LocalizedText[];
  readBack: ReadBack;
}

/** The schedule for resolved terms (the panel can call this directly once it holds ResolvedTerms). */
export function scheduleFor(terms: ResolvedTerms): Schedule {
  const instalment = {
    balance: terms.balance,
    downPayment: terms.downPayment,
    today: terms.today,
    firstDueDate: terms.firstDueDate,
    dayOfMonth: terms.dayOfMonth,
    periods: terms.periods,
  };
  switch (terms.type) {
    case 'full':
      return fullPayment({ balance: terms.balance, date: terms.firstDueDate });
    case 'minimum':
      return minimumPayment({
        balance: terms.balance,
        minimumDue: terms.minimumDue ?? 0,
        date: terms.firstDueDate,
      });
    case 'instalmentFlat':
      return flatInstalment({ ...instalment, monthlyFeeRate: terms.monthlyFeeRate ?? 0 });
    case 'instalmentAmortising':
      return amortisingInstalment({ ...instalment, apr: terms.apr ?? 0 });
    case 'personalised':
      return personalisedInstalment({ ...instalment, monthlyFeeRate: terms.monthlyFeeRate ?? 0 });
    case 'deferral': {
      const d = terms.deferral;
      if (!d) throw new RangeError('deferral terms missing');
      return deferral({
        ...instalment,
        months: d.months,
        interest: d.interest,
        monthlyRate: d.monthlyRate,
        pricing:
          terms.apr !== undefined
            ? { kind: 'amortising', apr: terms.apr }
            : { kind: 'flat', monthlyFeeRate: terms.monthlyFeeRate ?? 0 },
      });
    }
    case 'settlement':
      return settlement({
        balance: terms.balance,
        amount: terms.settlementAmount ?? terms.balance,
        payments: terms.periods,
        firstDueDate: terms.firstDueDate,
        dayOfMonth: terms.dayOfMonth,
      });
  }
}

/** Schedule, totals, annualised rates, policy verdict and read-back for resolved terms. */
export function computeFromTerms(terms: ResolvedTerms, policy?: PlanPolicy): PlanResult {
  const schedule = scheduleFor(terms);
  const annualised = scheduleCost(schedule);
  const check: PolicyCheck | null = policy
    ? checkPolicy({ ...terms, smallestPayment: smallestPayment(schedule) }, policy, terms.currency)
    : null;
  return {
    type: terms.type,
    currency: terms.currency,
    locale: terms.locale,
    terms,
    balance: schedule.balance,
    downPayment: schedule.downPayment,
    downPaymentDate: schedule.downPaymentDate,
    financed: schedule.financed,
    schedule: schedule.rows,
    totals: schedule.totals,
    annualised,
    policyId: check?.policyId ?? null,
    verdict: check?.verdict ?? null,
    violations: check?.violations ?? [],
    notes: check?.notes ?? [],
    readBack: readBack({ schedule, terms, annualised, verdict: check?.verdict ?? null }),
  };
}

/** The result for a request; throws with every reason if the request is invalid. */
export function computePlan(request: PlanRequest): PlanResult {
  const parsed = parsePlanRequest(request);
  if (!parsed.ok) throw new PlanRequestError(parsed.problems);
  const resolved = resolve(parsed.request);
  if (!resolved.terms) throw new PlanRequestError([]);
  return computeFromTerms(resolved.terms, parsed.request.policy);
}

export class PlanRequestError extends Error {
  constructor(readonly problems: PlanRequestProblem[]) {
    super(`invalid plan request: ${problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
    this.name = 'PlanRequestError';
  }
}
