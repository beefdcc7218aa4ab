/**
 * The compliance rule engine (issue 5 §1): a pure function of the pack's rules, the account
 * context, the clock, earlier call attempts and the live call's state. One verdict per rule, with
 * the numbers behind it, so the Guard bar can say "local 21:47 · attempt 4 today" and why.
 */
import type { AccountContext } from '../crm/context';
import type { LocalizedText } from '../i18n/text';
import type { Phase, Rule, RuleType } from '../pack/schema';
import {
  clockText,
  dayNumber,
  debtorLocalTime,
  debtorZone,
  isoDateOfDay,
  type ZoneSource,
} from './debtor-time';
import { forbiddenPhraseCount } from './phrases';

export { disclosesDebt } from './phrases';

/** An earlier call attempt (from the `calls` table); the current call is not one of them. */
export interface CallAttempt {
  /** Epoch milliseconds the attempt was placed. */
  at: number;
  accountKey: string;
  /** Number dialled, as stored; compared by digits. */
  phone?: string;
  answered: boolean;
  /** A conversation with the debtor took place (the disposition's `conversation`). */
  conversation: boolean;
}

export interface CallState {
  /** Someone other than the debtor is on the line. */
  thirdParty: boolean;
  /** Phase of the stage the call is in; null before the script starts. */
  phase: Phase | null;
  /** Checklist item id → epoch ms it was ticked. */
  ticked: Record<string, number>;
}

export interface ComplianceInput {
  rules: readonly Rule[];
  context: AccountContext | null;
  /** The pack's default zone for debtors whose zone the CRM does not give. */
  packTimezone: string;
  /** Epoch milliseconds. */
  now: number;
  history: readonly CallAttempt[];
  /** The call in progress, or null when the agent is about to dial. */
  call: CallState | null;
}

export type VerdictLevel = 'ok' | 'warn' | 'block';

export interface Verdict {
  ruleId: string;
  type: RuleType;
  level: VerdictLevel;
  message: LocalizedText;
  numbers: Record<string, number | string>;
}

type RuleOf<T extends RuleType> = Extract<Rule, { type: T }>;

// ---- Shared pieces ---------------------------------------------------------------------------

const ZONE_SOURCE_TEXT: Record<ZoneSource, LocalizedText> = {
  field: { zh: 'CRM 时区字段', en: 'CRM time zone field' },
  phone: { zh: '电话号码', en: 'phone number' },
  region: { zh: '所在地区', en: 'region' },
  default: { zh: '话术包默认时区', en: 'pack default zone' },
};

const NO_ACCOUNT: LocalizedText = {
  zh: '未读取到账户：无法检查',
  en: 'No account read from the CRM: cannot check',
};

function noAccount(rule: Rule, what: LocalizedText): Verdict {
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'warn',
    message: { zh: `${NO_ACCOUNT.zh}${what.zh}`, en: `${NO_ACCOUNT.en} ${what.en}` },
    numbers: {},
  };
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Compare by the last ten digits: +86 138… and 138…, +1 213… and 213… are the same line. */
function lineKey(phone: string): string {
  return phone.replace(/\D/g, '').slice(-10);
}

function fieldText(context: AccountContext, field: string): string | null {
  const v = context.fields[field]?.value;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** The debtor's day: today's local day number, and the local day of any attempt. */
interface DebtorClock {
  today: number;
  dayOf: (at: number) => number;
}

function debtorClock(input: ComplianceInput): DebtorClock {
  // Days are the debtor's days, in the same zone the call window uses.
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
function recentAttempts(input: ComplianceInput, days: number): CallAttempt[] {
  const from = input.now - (days + 2) * DAY_MS;
  return input.history.filter((a) => a.at <= input.now && a.at >= from);
}

// ---- callWindow ------------------------------------------------------------------------------

function callWindow(rule: RuleOf<'callWindow'>, input: ComplianceInput): Verdict {
  if (!input.context) return noAccount(rule, { zh: '债务人当地时间', en: "the debtor's local time" });
  const zone = debtorZone(input.context, input.packTimezone, rule.timezoneField);
  const local = debtorLocalTime(input.now, zone.zone);
  const now = local.hh * 60 + local.mm;
  const start = minutesOf(rule.start);
  const end = minutesOf(rule.end);
  // [start, end); a window such as 20:00–02:00 wraps midnight; start === end means all day.
  const allowed = start === end || (start < end ? now >= start && now < end : now >= start || now < end);
  const minutesLeft = start === end ? 24 * 60 : (end - now + 24 * 60) % (24 * 60);
  const minutesToOpen = (start - now + 24 * 60) % (24 * 60);
  const clock = clockText(local);
  const src = ZONE_SOURCE_TEXT[zone.source];
  const where = {
    zh: `当地时间 ${clock}（${zone.zone}，来自${src.zh}）`,
    en: `Local time ${clock} (${zone.zone}, from ${src.en})`,
  };
  const span = `${rule.start}–${rule.end}`;
  const numbers = {
    localTime: clock,
    localDate: local.isoDate,
    zone: zone.zone,
    zoneSource: zone.source,
    start: rule.start,
    end: rule.end,
    minutesLeft: allowed ? minutesLeft : 0,
    minutesToOpen: allowed ? 0 : minutesToOpen,
  };
  if (!allowed) {
    return {
      ruleId: rule.id,
      type: rule.type,
      level: rule.severity,
      message: {
        zh: `${where.zh}，不在允许时段 ${span} 内：现在不能联系，${minutesToOpen} 分钟后可拨打`,
        en: `${where.en} is outside the allowed hours ${span}: do not call now; opens in ${minutesToOpen} min`,
      },
      numbers,
    };
  }
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: {
      zh: `${where.zh}，在允许时段 ${span} 内，还剩 ${minutesLeft} 分钟`,
      en: `${where.en} is within the allowed hours ${span}; ${minutesLeft} min left`,
    },
    numbers,
  };
}

// ---- attemptCap ------------------------------------------------------------------------------

function attemptCap(rule: RuleOf<'attemptCap'>, input: ComplianceInput): Verdict {
  const context = input.context;
  if (!context) return noAccount(rule, { zh: '今日拨打次数', en: "today's attempts" });
  const { today, dayOf } = debtorClock(input);
  const phone = fieldText(context, 'phone');
  const number = phone ? lineKey(phone) : null;
  // An attempt without a stored number is taken to be to this account's number.
  const toThisNumber = (a: CallAttempt): boolean =>
    number && a.phone ? lineKey(a.phone) === number : a.accountKey === context.accountKey;
  const todays = recentAttempts(input, 1).filter((a) => toThisNumber(a) && dayOf(a.at) === today);
  const counted = rule.counts === 'all' ? todays : todays.filter((a) => !a.answered);
  // The attempt being judged is the current call, or the next one if none is live.
  const thisAttempt = todays.length + 1;
  const countedWithThis = counted.length + 1;
  const kind = rule.counts === 'all' ? { zh: '', en: '' } : { zh: '未接通', en: 'unanswered ' };
  const numbers = {
    attemptsToday: todays.length,
    countedToday: counted.length,
    thisAttempt,
    maxPerDay: rule.maxPerDay,
    counts: rule.counts,
    byNumber: number ? 1 : 0,
  };
  const summary = {
    zh: `今日第 ${thisAttempt} 次拨打（已有${kind.zh}拨打 ${counted.length} 次，上限 ${rule.maxPerDay} 次）`,
    en: `Attempt ${thisAttempt} today (${counted.length} ${kind.en}attempts so far, cap ${rule.maxPerDay})`,
  };
  if (countedWithThis > rule.maxPerDay) {
    return {
      ruleId: rule.id,
      type: rule.type,
      level: rule.severity,
      message: {
        zh: `${summary.zh}：今日已达上限，不要再拨此号码`,
        en: `${summary.en}: the daily cap is reached; do not call this number again today`,
      },
      numbers,
    };
  }
  const last = countedWithThis === rule.maxPerDay;
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: last
      ? { zh: `${summary.zh}：这是今日最后一次`, en: `${summary.en}: this is the last one allowed today` }
      : summary,
    numbers,
  };
}

// ---- contactFrequency ------------------------------------------------------------------------

function contactFrequency(rule: RuleOf<'contactFrequency'>, input: ComplianceInput): Verdict {
  const context = input.context;
  if (!context) return noAccount(rule, { zh: '联系频率', en: 'contact frequency' });
  const { today, dayOf } = debtorClock(input);
  const span = Math.max(rule.days, rule.quietDaysAfterConversation);
  const mine = recentAttempts(input, span)
    .filter((a) => a.accountKey === context.accountKey)
    .map((a) => ({ ...a, day: dayOf(a.at) }));

  // Rolling window of `days` local calendar days ending today: today - (days - 1) … today.
  const firstDay = today - (rule.days - 1);
  const inWindow = mine.filter((a) => a.day >= firstDay && a.day <= today).length;
  const thisAttempt = inWindow + 1;
  const tooMany = thisAttempt > rule.maxAttempts;

  // Reg F 1006.14(b)(2)(ii): the conversation's date is day 1 of the quiet period, so with 7 quiet
  // days a conversation on day C forbids calls on C … C+6 and allows them again on C+7.
  const lastConversation = mine.filter((a) => a.conversation).reduce((d, a) => Math.max(d, a.day), -Infinity);
  const hasConversation = Number.isFinite(lastConversation) && rule.quietDaysAfterConversation > 0;
  const quietUntil = hasConversation ? lastConversation + rule.quietDaysAfterConversation - 1 : -Infinity;
  const quiet = hasConversation && today <= quietUntil;

  const numbers: Record<string, number | string> = {
    attemptsInWindow: inWindow,
    thisAttempt,
    maxAttempts: rule.maxAttempts,
    days: rule.days,
    windowStart: isoDateOfDay(firstDay),
    quietDaysAfterConversation: rule.quietDaysAfterConversation,
  };
  if (hasConversation) {
    numbers.lastConversation = isoDateOfDay(lastConversation);
    numbers.daysSinceConversation = today - lastConversation;
    numbers.quietUntil = isoDateOfDay(quietUntil);
  }

  const count = {
    zh: `${rule.days} 天内第 ${thisAttempt} 次（已有 ${inWindow} 次，自 ${numbers.windowStart} 起，上限 ${rule.maxAttempts} 次）`,
    en: `Attempt ${thisAttempt} in ${rule.days} days (${inWindow} since ${numbers.windowStart}, cap ${rule.maxAttempts})`,
  };
  const problems: LocalizedText[] = [];
  if (tooMany) {
    problems.push({
      zh: `${count.zh}：超过频率上限`,
      en: `${count.en}: over the frequency cap`,
    });
  }
  if (quiet) {
    problems.push({
      zh: `${numbers.lastConversation} 已与债务人通话，${numbers.quietUntil}（含）前不得再次致电`,
      en: `Spoke with the debtor on ${numbers.lastConversation}: no calls until after ${numbers.quietUntil}`,
    });
  }
  if (problems.length > 0) {
    return {
      ruleId: rule.id,
      type: rule.type,
      level: rule.severity,
      message: { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') },
      numbers,
    };
  }
  return { ruleId: rule.id, type: rule.type, level: 'ok', message: count, numbers };
}

// ---- stopFlag --------------------------------------------------------------------------------

/** The account's flags: a list field, a comma-separated text, or a yes/no field named as the flag. */
function flagsOf(context: AccountContext, field: string): string[] | null {
  const reading = context.fields[field];
  if (!reading) return null;
  const v = reading.value;
  if (Array.isArray(v)) return v.map((f) => f.trim()).filter(Boolean);
  if (typeof v === 'string') return v.split(/[\s,;，、；]+/).filter(Boolean);
  if (typeof v === 'boolean') return v ? [field] : [];
  return null;
}

function stopFlag(rule: RuleOf<'stopFlag'>, input: ComplianceInput): Verdict {
  if (!input.context) return noAccount(rule, { zh: '账户标记', en: 'account flags' });
  const flags = flagsOf(input.context, rule.field);
  if (flags === null) {
    return {
      ruleId: rule.id,
      type: rule.type,
      level: 'warn',
      message: {
        zh: `未能读取账户标记（${rule.field}）：请在 CRM 中人工核对投诉、律师、停催等标记`,
        en: `Could not read the account flags (${rule.field}): check the CRM by hand for complaint, attorney, cease and similar flags`,
      },
      numbers: { field: rule.field },
    };
  }
  const present = new Set(flags.map((f) => f.toLowerCase()));
  const hits = rule.flags.filter((f) => present.has(f.flag.toLowerCase()));
  const numbers = { flags: flags.join(','), matched: hits.map((h) => h.flag).join(',') };
  if (hits.length === 0) {
    return {
      ruleId: rule.id,
      type: rule.type,
      level: 'ok',
      message: { zh: '无停催标记', en: 'No stop flags' },
      numbers,
    };
  }
  const level = hits.some((h) => h.severity === 'block') ? 'block' : 'warn';
  // Blocks first: the agent reads the reason that stops the call before the ones that only warn.
  const ordered = [...hits].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1));
  const reasons = ordered.map((h) => `${h.flag}: ${h.reason}`);
  return {
    ruleId: rule.id,
    type: rule.type,
    level,
    message: { zh: `账户标记 ${reasons.join('；')}`, en: `Account flag ${reasons.join('; ')}` },
    numbers,
  };
}

// ---- thirdParty ------------------------------------------------------------------------------

function thirdParty(rule: RuleOf<'thirdParty'>, input: ComplianceInput): Verdict {
  const on = input.call?.thirdParty === true;
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: on
      ? {
          zh: '第三方模式：不得提及欠款，只可留言请其回电',
          en: 'Third-party mode: never mention the debt; only ask for a call back',
        }
      : {
          zh: '核实身份前不得提及欠款',
          en: 'Do not mention the debt before the debtor’s identity is confirmed',
        },
    numbers: { thirdParty: on ? 1 : 0, disclosureWords: rule.discloses.length },
  };
}

// ---- recordingNotice -------------------------------------------------------------------------

/**
 * How far into the call a phase is. Third-party talk happens instead of identification; escalation
 * comes after negotiating, like a commitment.
 */
const PHASE_RANK: Record<Phase, number> = {
  identify: 0,
  thirdParty: 0,
  disclose: 1,
  understand: 2,
  negotiate: 3,
  commit: 4,
  escalate: 4,
  close: 5,
};

const PHASE_TEXT: Record<Phase, LocalizedText> = {
  identify: { zh: '核实身份', en: 'identify' },
  thirdParty: { zh: '第三方', en: 'third party' },
  disclose: { zh: '告知', en: 'disclose' },
  understand: { zh: '了解情况', en: 'understand' },
  negotiate: { zh: '协商还款', en: 'negotiate' },
  commit: { zh: '承诺还款', en: 'commit' },
  escalate: { zh: '进一步措施', en: 'escalate' },
  close: { zh: '结束', en: 'close' },
};

function recordingNotice(rule: RuleOf<'recordingNotice'>, input: ComplianceInput): Verdict {
  const ticked = input.call?.ticked ?? {};
  const pending = rule.items.filter((item) => ticked[item] === undefined);
  const numbers = {
    items: rule.items.length,
    ticked: rule.items.length - pending.length,
    pending: pending.join(','),
    beforePhase: rule.beforePhase,
  };
  const base = { ruleId: rule.id, type: rule.type, numbers };
  const list = pending.join(', ');
  if (pending.length === 0) {
    return { ...base, level: 'ok', message: { zh: '必读告知已完成', en: 'Required notices given' } };
  }
  const phase = input.call?.phase ?? null;
  const mustSay = {
    zh: `须在「${PHASE_TEXT[rule.beforePhase].zh}」阶段前告知：${list}`,
    en: `Must be said before the ${PHASE_TEXT[rule.beforePhase].en} stage: ${list}`,
  };
  if (!input.call || phase === null) return { ...base, level: 'ok', message: mustSay };
  const gap = PHASE_RANK[rule.beforePhase] - PHASE_RANK[phase];
  if (gap <= 0) {
    return {
      ...base,
      level: rule.severity,
      message: {
        zh: `已进入「${PHASE_TEXT[phase].zh}」阶段，尚未告知：${list}`,
        en: `The call is at the ${PHASE_TEXT[phase].en} stage but these were not said: ${list}`,
      },
    };
  }
  // One stage away: the next step would break the rule, so say so now.
  return { ...base, level: gap === 1 ? 'warn' : 'ok', message: mustSay };
}

// ---- forbiddenPhrases, retention -------------------------------------------------------------

function forbiddenPhrases(rule: RuleOf<'forbiddenPhrases'>): Verdict {
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: { zh: '笔记输入时检查禁用语', en: 'Notes are checked for forbidden phrases as you type' },
    numbers: {
      categories: rule.categories.length,
      phrases: forbiddenPhraseCount([rule]),
    },
  };
}

function retention(rule: RuleOf<'retention'>): Verdict {
  return {
    ruleId: rule.id,
    type: rule.type,
    level: 'ok',
    message: {
      zh: `笔记保留 ${rule.notesDays} 天，通话记录保留 ${rule.callsDays} 天`,
      en: `Notes are kept ${rule.notesDays} days, call records ${rule.callsDays} days`,
    },
    numbers: { notesDays: rule.notesDays, callsDays: rule.callsDays },
  };
}

// ---- The engine ------------------------------------------------------------------------------

function evaluateRule(rule: Rule, input: ComplianceInput): Verdict {
  switch (rule.type) {
    case 'callWindow':
      return callWindow(rule, input);
    case 'attemptCap':
      return attemptCap(rule, input);
    case 'contactFrequency':
      return contactFrequency(rule, input);
    case 'stopFlag':
      return stopFlag(rule, input);
    case 'thirdParty':
      return thirdParty(rule, input);
    case 'recordingNotice':
      return recordingNotice(rule, input);
    case 'forbiddenPhrases':
      return forbiddenPhrases(rule);
    case 'retention':
      return retention(rule);
  }
}

/** One verdict per rule, in the pack's order. Pure: same input, same verdicts. */
export function evaluateRules(input: ComplianceInput): Verdict[] {
  return input.rules.map((rule) => evaluateRule(rule, input));
}
