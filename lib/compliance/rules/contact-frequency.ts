/**
 * Reg F 7-in-7 (12 CFR 1006.14(b)(2)) and state overlays such as Massachusetts' 2 in 7 (a rule with
 * a `scope`). Counts are the larger of this browser's and the CRM's (issue 12 §4); calls the debtor
 * asked for are neither counted nor blocked when the rule is `consentExempt` (1006.14(b)(3)).
 */

import type { LocalizedText } from '../../i18n/text';
import { consentedAttempts, requestedCallbackFor } from '../consent';
import { crmCounts } from '../crm-counts';
import { dayNumber, isoDateOfDay } from '../debtor-time';
import type { CallAttempt, ComplianceInput, RuleOf, RuleVerdict } from '../types';
import { debtorClock, joinProblems, noAccount, recentAttempts } from './shared';

export function contactFrequency(rule: RuleOf<'contactFrequency'>, input: ComplianceInput): RuleVerdict {
  const context = input.context;
  if (!context) return noAccount(rule, { zh: '联系频率', en: 'contact frequency' });
  const { today, dayOf } = debtorClock(input);
  const span = Math.max(rule.days, rule.quietDaysAfterConversation);
  const consented = rule.consentExempt ? consentedAttempts(input.history) : new Set<CallAttempt>();
  const mine = recentAttempts(input, span)
    .filter((a) => a.accountKey === context.accountKey && !consented.has(a))
    .map((a) => ({ ...a, day: dayOf(a.at) }));
  const crm = crmCounts(context);

  // Rolling window of `days` local calendar days ending today: today - (days - 1) … today.
  const firstDay = today - (rule.days - 1);
  const local = mine.filter((a) => a.day >= firstDay && a.day <= today).length;
  // The CRM's 7-day count is comparable only to a 7-day window.
  const crmInWindow = rule.days === 7 ? crm.attempts7d : undefined;
  const inWindow = Math.max(local, crmInWindow ?? 0);
  const thisAttempt = inWindow + 1;
  const tooMany = thisAttempt > rule.maxAttempts;

  // Reg F 1006.14(b)(2)(ii): the conversation's date is day 1 of the quiet period, so with 7 quiet
  // days a conversation on day C forbids calls on C … C+6 and allows them again on C+7.
  const localConversation = mine
    .filter((a) => a.conversation)
    .reduce((d, a) => Math.max(d, a.day), -Infinity);
  // During a live call the CRM's "today" may be this very call: it must not block the call itself.
  const crmDay = crm.lastConversation ? dayNumber(crm.lastConversation) : -Infinity;
  const crmConversation = input.call && crmDay === today ? -Infinity : crmDay;
  const lastConversation = Math.min(today, Math.max(localConversation, crmConversation));
  const hasConversation = Number.isFinite(lastConversation) && rule.quietDaysAfterConversation > 0;
  const quietUntil = hasConversation ? lastConversation + rule.quietDaysAfterConversation - 1 : -Infinity;
  const quiet = hasConversation && today <= quietUntil;
  const askedFor = rule.consentExempt ? requestedCallbackFor(input.now, input.history) : null;

  const numbers: Record<string, number | string> = {
    attemptsInWindow: inWindow,
    localCount: local,
    thisAttempt,
    maxAttempts: rule.maxAttempts,
    days: rule.days,
    windowStart: isoDateOfDay(firstDay),
    quietDaysAfterConversation: rule.quietDaysAfterConversation,
  };
  if (crmInWindow !== undefined) numbers.crmCount = crmInWindow;
  if (hasConversation) {
    numbers.lastConversation = isoDateOfDay(lastConversation);
    numbers.daysSinceConversation = today - lastConversation;
    numbers.quietUntil = isoDateOfDay(quietUntil);
  }
  const sources =
    crmInWindow === undefined
      ? { zh: '', en: '' }
      : { zh: `，本机 ${local} 次、CRM ${crmInWindow} 次`, en: `; local ${local}, CRM ${crmInWindow}` };
  const count = {
    zh: `${rule.days} 天内第 ${thisAttempt} 次（已有 ${inWindow} 次${sources.zh}，自 ${numbers.windowStart} 起，上限 ${rule.maxAttempts} 次）`,
    en: `Attempt ${thisAttempt} in ${rule.days} days (${inWindow} since ${numbers.windowStart}${sources.en}, cap ${rule.maxAttempts})`,
  };
  const base = { ruleId: rule.id, type: rule.type, numbers };
  if (askedFor !== null && (tooMany || quiet)) {
    numbers.consent = 1;
    return {
      ...base,
      level: 'ok',
      message: {
        zh: `${count.zh}：这是客户约定时间的回电（另有约定），不受频率限制`,
        en: `${count.en}: a callback at the time the debtor asked for (prior consent, 12 CFR 1006.14(b)(3)); not limited`,
      },
    };
  }
  const problems: LocalizedText[] = [];
  if (tooMany) problems.push({ zh: `${count.zh}：超过频率上限`, en: `${count.en}: over the frequency cap` });
  if (quiet) {
    problems.push({
      zh: `${numbers.lastConversation} 已与债务人通话，${numbers.quietUntil}（含）前不得再次致电`,
      en: `Spoke with the debtor on ${numbers.lastConversation}: no calls until after ${numbers.quietUntil}`,
    });
  }
  if (problems.length > 0) return { ...base, level: rule.severity, message: joinProblems(problems) };
  return { ...base, level: 'ok', message: count };
}
