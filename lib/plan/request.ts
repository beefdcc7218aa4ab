/**
 * A plan request (what the panel or `npm run -s plan` asks for), its validation, and computePlan.
 * Every invalid input is refused with its reason in both languages (issue 6 §Tests): 0 periods,
 * negative money, a rate over 100 %, a date that does not exist, a balance above 10^12 minor units…
 * The checks across fields live in resolve-request.ts, the reasons' words in request-problems.ts,
 * the computing in compute.ts.
 */
import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { PLAN_TYPES, planPolicySchema } from '../pack/schema';
import { computeFromTerms, type PlanResult } from './compute';
import { isIsoDate } from './dates';
import { MAX_MINOR } from './money';
import { describeRequestIssue, type PlanRequestProblem } from './request-problems';
import { resolveRequest } from './resolve-request';

// The panel, the options and the CLI import these with the request, where they lived before the split.
export { computeFromTerms, type PlanResult, scheduleFor } from './compute';
export type { PlanRequestProblem } from './request-problems';

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

/** A request whose fields each passed their own checks (before the checks across fields). */
export type CheckedPlanRequest = z.output<typeof planRequestShape>;

/** The request schema: field checks, then the checks across fields. */
export const planRequestSchema = planRequestShape.superRefine(
  (req, ctx) => {
    const { problems } = resolveRequest(req);
    for (const p of problems) fail(ctx, p.path, p.message);
  },
  // Only on a request whose fields are all valid: resolveRequest() relies on real dates and numbers.
  { when: (payload) => payload.issues.length === 0 },
);

export type ParsedPlanRequest =
  | { ok: true; request: CheckedPlanRequest }
  | { ok: false; problems: PlanRequestProblem[] };

/** Parses anything (e.g. JSON from stdin) into a valid request, or says every reason it is not. */
export function parsePlanRequest(input: unknown): ParsedPlanRequest {
  const parsed = planRequestSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(describeRequestIssue) };
}

/** The result for a request; throws with every reason if the request is invalid. */
export function computePlan(request: PlanRequest): PlanResult {
  const parsed = parsePlanRequest(request);
  if (!parsed.ok) throw new PlanRequestError(parsed.problems);
  const resolved = resolveRequest(parsed.request);
  if (!resolved.terms) throw new PlanRequestError([]);
  return computeFromTerms(resolved.terms, parsed.request.policy);
}

export class PlanRequestError extends Error {
  constructor(readonly problems: PlanRequestProblem[]) {
    super(`invalid plan request: ${problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
    this.name = 'PlanRequestError';
  }
}
