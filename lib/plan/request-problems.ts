/**
 * A zod issue of a plan request as a reason a person can act on, in both languages: the money
 * and rate fields get their own words (negative, over 100 %, above 10^12 minor units).
 */
import type { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { MAX_MINOR } from './money';

export interface PlanRequestProblem {
  /** Dotted path of the field, `(request)` for the whole request. */
  path: string;
  message: LocalizedText;
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

export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One zod issue as a reason a person can act on, in both languages. */
export function describeRequestIssue(issue: z.core.$ZodIssue): PlanRequestProblem {
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
