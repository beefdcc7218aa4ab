/** Pieces every rule evaluator uses: the missing-account verdict, the debtor's day, recent attempts. */
import type { AccountContext } from '../../crm/context';
import type { LocalizedText } from '../../i18n/text';
import type { Rule } from '../../pack/schema';
import { dayNumber, debtorLocalTime, debtorZone } from '../debtor-time';
import type { CallAttempt, ComplianceInput, RuleOf, RuleVerdict } from '../types';

const NO_ACCOUNT: LocalizedText = {
  zh: '未读取到账户：无法检查',
  en: 'No account read from the CRM: cannot check',
};

export function noAccount(rule: Rule, what: LocalizedText): RuleVerdict {
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'warn',
    message: { zh: `${NO_ACCOUNT.zh}${what.zh}`, en: `${NO_ACCOUNT.en} ${what.en}` },
    numbers: {},
  };
}

export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function fieldText(context: AccountContext, field: string): string | null {
  const v = context.fields[field]?.value;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** The debtor's day: today's local day number, and the local day of any attempt. */
export interface DebtorClock {
  today: number;
  dayOf: (at: number) => number;
}

export function debtorClock(input: ComplianceInput): DebtorClock {
  // Days are the debtor's days, in the zone the call window names first.
  const window = input.rules.find((r): r is RuleOf<'callWindow'> => r.type === 'callWindow');
  const zone = debtorZone(input.context, input.packTimezone, window?.timezoneField);
  const local = debtorLocalTime(input.now, zone.zone);
  return {
    today: dayNumber(local.isoDate),
    dayOf: (at) => dayNumber(debtorLocalTime(at, zone.zone).isoDate),
  };
}

const DAY_MS = 86_400_000;

/**
 * Attempts of the last `days` local days (plus a margin for any zone offset) and not after now: a
 * clock skew or a bad row must not count a future call. The cheap epoch filter keeps the Intl
 * work proportional to recent calls, not to the whole history.
 */
export function recentAttempts(input: ComplianceInput, days: number): CallAttempt[] {
  const from = input.now - (days + 2) * DAY_MS;
  return input.history.filter((a) => a.at <= input.now && a.at >= from);
}

export function joinProblems(problems: readonly LocalizedText[]): LocalizedText {
  return { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') };
}
