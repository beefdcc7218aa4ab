/**
 * Calendar dates for plans: ISO `yyyy-mm-dd` strings, no time and no time zone (a due date is a
 * day in the bank's calendar). Monthly dates keep the first due date's day of month, clamped to
 * the month's end and anchored on the original day: 31 Jan → 28/29 Feb → 31 Mar (DOMAIN.md §5).
 */
import { dateTimeFormat } from '../i18n/intl-cache';

export type IsoDate = string;

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years the calculator accepts: wide enough for any plan, narrow enough to catch typos. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date a string names, or null when it is not `yyyy-mm-dd` or the day does not exist. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The date, or null when the calendar has no such day (or the year is out of range). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (!(year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12)) return null;
  if (!(day >= 1 && day <= daysInMonth(year, month))) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(date: IsoDate): CalendarDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  return parsed;
}

/** The ISO weekday of `date`: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  const { year, month, day } = mustParse(date);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** `days` after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const at = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
}

/** `months` after `anchor`, on the anchor's day of month or the month's last day if shorter. */
export function addMonthsClamped(anchor: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const { year, month, day } = mustParse(anchor);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/**
 * `count` monthly dates starting on `first`. Each is computed from the anchor, never from the
 * previous date, so a clamped February does not drag March back to the 28th.
 * `dayOfMonth` (default: first's day) anchors a schedule whose first date is already clamped:
 * a plan agreed on 31 Jan runs 28 Feb, 31 Mar, 30 Apr… with first 2026-02-28 and dayOfMonth 31.
 */
export function monthlyDates(first: IsoDate, count: number, dayOfMonth?: number): IsoDate[] {
  const start = mustParse(first);
  const day = dayOfMonth ?? start.day;
  if (
    !Number.isInteger(day) ||
    day < 1 ||
    day > 31 ||
    Math.min(day, daysInMonth(start.year, start.month)) !== start.day
  ) {
    throw new RangeError(`day of month ${day} does not give ${first}`);
  }
  const anchor = { ...start, day };
  return Array.from({ length: count }, (_, i) => {
    const index = anchor.year * 12 + (anchor.month - 1) + i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return formatIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
  });
}

/** Days from a to b (negative if b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const from = mustParse(a);
  const to = mustParse(b);
  const ms = Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day);
  return Math.round(ms / 86_400_000);
}

/** The day of month a monthly schedule is anchored on (31 even when February shows the 28th). */
export function anchorDay(first: IsoDate): number {
  return mustParse(first).day;
}

/** A date for people: 2026年3月15日 / March 15, 2026. UTC so no time zone shifts the day. */
export function formatDate(date: IsoDate, locale: string): string {
  const { year, month, day } = mustParse(date);
  return dateFormat(locale).format(Date.UTC(year, month - 1, day));
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
