/**
 * The debtor's local clock (12 CFR 1006.6(b)(1)(i); 催收工作指引 22:00–08:00: judged in the debtor's
 * time, never the agent's). All conversions go through Intl with IANA names, so daylight-saving
 * changes are the tz database's job: there is no hand-written offset here.
 */
import { dateTimeFormat } from '../i18n/intl-cache';

export interface LocalTime {
  hh: number;
  mm: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The debtor's local calendar date, YYYY-MM-DD. */
  isoDate: string;
}

// ---- Validation and formatting --------------------------------------------------------------

/** One formatter per zone (lib/i18n/intl-cache.ts): building an Intl.DateTimeFormat is the slow part. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  });
}

// An IANA name is Area/Location (or a bare legacy name such as UTC); offsets like "+08:00" and
// free text are refused even where a newer engine would accept them.
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/** True when `name` is an IANA time zone this engine knows. */
export function isValidTimeZone(name: string): boolean {
  if (name.length > 64 || !IANA_SHAPE.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall clock and calendar date at `now` (epoch ms) in `zone`. */
export function debtorLocalTime(now: number, zone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(now)) parts[p.type] = p.value;
  return {
    hh: Number(parts.hour),
    mm: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
    isoDate: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: calendar-day arithmetic without time zones. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** YYYY-MM-DD of a day number (inverse of dayNumber). */
export function isoDateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function clockText(t: { hh: number; mm: number }): string {
  return `${String(t.hh).padStart(2, '0')}:${String(t.mm).padStart(2, '0')}`;
}
