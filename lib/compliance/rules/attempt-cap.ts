/**
 * Attempts per number per day (催收工作指引; company policy), counted from this browser's calls and
 * the CRM's counts, whichever is larger (issue 12 §4). `connected` counts calls that reached
 * someone (GB/T 45251: at most 3 effective calls a day). A callback the debtor asked for is neither
 * counted nor blocked when the rule is `consentExempt` (issue 12 §5).
 */

import { lineDigits } from '../../privacy/phone-display';
import { consentedAttempts, requestedCallbackFor } from '../consent';
import { crmCounts } from '../crm-counts';
import type { CallAttempt, ComplianceInput, RuleOf, RuleVerdict } from '../types';
import { debtorClock, fieldText, noAccount, recentAttempts } from './shared';

const KIND = {
  all: { zh: '', en: '' },
  unanswered: { zh: '未接通', en: 'unanswered ' },
  connected: { zh: '接通', en: 'connected ' },
} as const;

function counted(rule: RuleOf<'attemptCap'>, attempts: readonly CallAttempt[]): CallAttempt[] {
  if (rule.counts === 'all') return [...attempts];
  if (rule.counts === 'connected') return attempts.filter((a) => a.answered);
  return attempts.filter((a) => !a.answered);
}

/** The CRM's count of what the rule counts; unanswered is attempts less connects when both are shown. */
function crmCount(rule: RuleOf<'attemptCap'>, input: ComplianceInput): number | undefined {
  const crm = crmCounts(input.context);
  if (rule.counts === 'connected') return crm.connectsToday;
  if (rule.counts === 'unanswered' && crm.attemptsToday !== undefined && crm.connectsToday !== undefined)
    return Math.max(0, crm.attemptsToday - crm.connectsToday);
  // Without connects, every attempt the CRM counts is taken as unanswered: never an undercount.
  return crm.attemptsToday;
}

export function attemptCap(rule: RuleOf<'attemptCap'>, input: ComplianceInput): RuleVerdict {
  const context = input.context;
  if (!context) return noAccount(rule, { zh: '今日拨打次数', en: "today's attempts" });
  const { today, dayOf } = debtorClock(input);
  const phone = fieldText(context, 'phone');
  const number = phone ? lineDigits(phone) : null;
  // An attempt without a stored number is taken to be to this account's number.
  const toThisNumber = (a: CallAttempt): boolean =>
    number && a.phone ? lineDigits(a.phone) === number : a.accountKey === context.accountKey;
  const todays = recentAttempts(input, 1).filter((a) => toThisNumber(a) && dayOf(a.at) === today);
  const consented = rule.consentExempt ? consentedAttempts(input.history) : new Set<CallAttempt>();
  const local = counted(rule, todays).filter((a) => !consented.has(a)).length;
  const crm = crmCount(rule, input);
  const count = Math.max(local, crm ?? 0);
  const attemptsToday = Math.max(todays.length, crmCounts(context).attemptsToday ?? 0);
  // The attempt being judged is the current call, or the next one if none is live.
  const thisAttempt = attemptsToday + 1;
  const askedFor = rule.consentExempt ? requestedCallbackFor(input.now, input.history) : null;
  const kind = KIND[rule.counts];
  const numbers: Record<string, number | string> = {
    attemptsToday,
    countedToday: count,
    localCount: local,
    thisAttempt,
    maxPerDay: rule.maxPerDay,
    counts: rule.counts,
    byNumber: number ? 1 : 0,
  };
  if (crm !== undefined) numbers.crmCount = crm;
  const sources =
    crm === undefined
      ? { zh: '', en: '' }
      : { zh: `，本机 ${local} 次、CRM ${crm} 次`, en: `; local ${local}, CRM ${crm}` };
  const summary = {
    zh: `今日第 ${thisAttempt} 次拨打（已有${kind.zh}拨打 ${count} 次${sources.zh}，上限 ${rule.maxPerDay} 次）`,
    en: `Attempt ${thisAttempt} today (${count} ${kind.en}attempts so far${sources.en}, cap ${rule.maxPerDay})`,
  };
  const base = { ruleId: rule.id, type: rule.type, numbers };
  if (askedFor !== null) {
    numbers.consent = 1;
    return {
      ...base,
      level: 'ok',
      message: {
        zh: `${summary.zh}：这是客户约定时间的回电，不计入上限`,
        en: `${summary.en}: a callback at the time the debtor asked for, not counted against the cap`,
      },
    };
  }
  // `connected` caps the calls that reach someone: this attempt counts only if it connects.
  if (count + 1 > rule.maxPerDay) {
    return {
      ...base,
      level: rule.severity,
      message: {
        zh: `${summary.zh}：今日已达上限，不要再拨此号码`,
        en: `${summary.en}: the daily cap is reached; do not call this number again today`,
      },
    };
  }
  const last = count + 1 === rule.maxPerDay;
  return {
    ...base,
    level: 'ok',
    message: last
      ? { zh: `${summary.zh}：这是今日最后一次`, en: `${summary.en}: this is the last one allowed today` }
      : summary,
  };
}
