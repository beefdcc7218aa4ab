/**
 * Call window in the debtor's local time (12 CFR 1006.6(b)(1)(i); 催收工作指引 22:00–08:00). When
 * the phone's area code, the address and the CRM's zone field point to different zones, the call is
 * allowed only inside the window in every one of them (issue 12 §6, review U11).
 */
import type { LocalizedText } from '../../i18n/text';
import { clockText, debtorLocalTime, debtorZones, type ZoneSource } from '../debtor-time';
import type { ComplianceInput, RuleOf, RuleVerdict } from '../types';
import { minutesOf, noAccount } from './shared';

const ZONE_SOURCE_TEXT: Record<ZoneSource, LocalizedText> = {
  field: { zh: 'CRM 时区字段', en: 'CRM time zone field' },
  phone: { zh: '电话号码', en: 'phone number' },
  region: { zh: '所在地区', en: 'region' },
  default: { zh: '话术包默认时区', en: 'pack default zone' },
};

const DAY_MINUTES = 24 * 60;

interface ZoneCheck {
  zone: string;
  source: ZoneSource;
  clock: string;
  isoDate: string;
  allowed: boolean;
  minutesLeft: number;
  minutesToOpen: number;
}

function checkZone(rule: RuleOf<'callWindow'>, now: number, zone: string, source: ZoneSource): ZoneCheck {
  const local = debtorLocalTime(now, zone);
  const minute = local.hh * 60 + local.mm;
  const start = minutesOf(rule.start);
  const end = minutesOf(rule.end);
  // [start, end); a window such as 20:00–02:00 wraps midnight; start === end means all day.
  const allowed =
    start === end || (start < end ? minute >= start && minute < end : minute >= start || minute < end);
  return {
    zone,
    source,
    clock: clockText(local),
    isoDate: local.isoDate,
    allowed,
    minutesLeft: start === end ? DAY_MINUTES : (end - minute + DAY_MINUTES) % DAY_MINUTES,
    minutesToOpen: (start - minute + DAY_MINUTES) % DAY_MINUTES,
  };
}

export function callWindow(rule: RuleOf<'callWindow'>, input: ComplianceInput): RuleVerdict {
  if (!input.context) return noAccount(rule, { zh: '债务人当地时间', en: "the debtor's local time" });
  const checks = debtorZones(input.context, input.packTimezone, rule.timezoneField).map((z) =>
    checkZone(rule, input.now, z.zone, z.source),
  );
  const main = checks[0] as ZoneCheck;
  const allowed = checks.every((c) => c.allowed);
  const closed = checks.filter((c) => !c.allowed);
  // The call may go on for as long as every zone's window is open, and opens when the last one does.
  const minutesLeft = allowed ? Math.min(...checks.map((c) => c.minutesLeft)) : 0;
  const minutesToOpen = allowed ? 0 : Math.max(...closed.map((c) => c.minutesToOpen));
  const where = (c: ZoneCheck) => ({
    zh: `当地时间 ${c.clock}（${c.zone}，来自${ZONE_SOURCE_TEXT[c.source].zh}）`,
    en: `Local time ${c.clock} (${c.zone}, from ${ZONE_SOURCE_TEXT[c.source].en})`,
  });
  const all = checks.map(where);
  const places = { zh: all.map((w) => w.zh).join('、'), en: all.map((w) => w.en).join(', ') };
  const span = `${rule.start}–${rule.end}`;
  const numbers: Record<string, number | string> = {
    localTime: main.clock,
    localDate: main.isoDate,
    zone: main.zone,
    zoneSource: main.source,
    zoneCount: checks.length,
    // Each zone's clock, for the Guard bar: "America/New_York 20:30; America/Los_Angeles 17:30".
    zones: checks.map((c) => `${c.zone} ${c.clock}`).join('; '),
    start: rule.start,
    end: rule.end,
    minutesLeft,
    minutesToOpen,
  };
  const base = { ruleId: rule.id, type: rule.type, numbers };
  if (!allowed) {
    const outside = closed.map(where);
    const several = checks.length > 1;
    return {
      ...base,
      level: rule.severity,
      message: {
        zh: `${places.zh}${several ? `；其中 ${outside.map((w) => w.zh).join('、')}` : ''}不在允许时段 ${span} 内：现在不能联系，${minutesToOpen} 分钟后可拨打`,
        en: `${places.en}${several ? `; ${outside.map((w) => w.en).join(', ')}` : ''} is outside the allowed hours ${span}: do not call now; opens in ${minutesToOpen} min`,
      },
    };
  }
  return {
    ...base,
    level: 'ok',
    message: {
      zh: `${places.zh}，在允许时段 ${span} 内，还剩 ${minutesLeft} 分钟`,
      en: `${places.en} ${checks.length > 1 ? 'are' : 'is'} within the allowed hours ${span}; ${minutesLeft} min left`,
    },
  };
}
