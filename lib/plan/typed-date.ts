/**
 * The first due date as an agent types it while the customer says it: 2026-12-15, 2026/12/15,
 * 2026年12月15日, 12月15号, 15号, 下个月15号, 十五号, 明天, Dec 15, 15 December, the 15th, 12/15
 * (month first in Chinese and US English, day first in other English locales: the pack's locale
 * decides, never a guess per text). Only `yyyy-mm-dd` was read before, so an agent reformatted a
 * date mid-call. A date without a year is the next such day from today (today included); a day
 * without a month the next such day of a month; a day the month does not have is refused, never
 * moved. The panel shows the date read beside the field, so a misreading is seen at once.
 */
import { readChineseAmount } from '../text/chinese-amount';
import { foldText } from '../text/fold';
import { EN_WEEKDAYS } from '../text/weekday-en';
import {
  addDays,
  type CalendarDate,
  calendarDate,
  formatIsoDate,
  type IsoDate,
  isoWeekday,
  parseIsoDate,
} from './dates';

export type DateProblem = 'format' | 'noSuchDate';

export type TypedDate =
  | { ok: true; value: IsoDate | undefined; written: 'iso' | 'other' }
  | { ok: false; problem: DateProblem };

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);

/** A month's English name or its first three letters or more (sept), 1–12; else 0. */
function monthNamed(word: string): number {
  const index = MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
  return index + 1;
}

/** 1–31 written in digits or Chinese numerals (十五, 二十一); NaN otherwise. */
function small(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const read = /^[一二三四五六七八九十两]+$/.test(text) ? readChineseAmount(text) : null;
  return read !== null && 'whole' in read ? Number(read.whole) : Number.NaN;
}

/** Month first (12/15) unless the locale is an English one that writes the day first. */
export function monthFirst(locale: string): boolean {
  return !/^en-(?!US\b|PH\b)/i.test(locale);
}

/** The next `month`/`day` from today, today included (29 February: the next year that has it). */
function nextMonthDay(today: CalendarDate, month: number, day: number): CalendarDate | null {
  const passed = month < today.month || (month === today.month && day < today.day);
  for (let year = today.year + (passed ? 1 : 0); year <= today.year + 4; year++) {
    const date = calendarDate(year, month, day);
    if (date) return date;
  }
  return null;
}

/** The `day` of this month, of next month, or (`any`) of the next month that has it from today on. */
function nextDay(now: CalendarDate, day: number, which: 'this' | 'next' | 'any'): CalendarDate | null {
  const month = (ahead: number): CalendarDate => {
    const index = now.year * 12 + now.month - 1 + ahead;
    return { year: Math.floor(index / 12), month: (index % 12) + 1, day };
  };
  if (which !== 'any') {
    const { year, month: m } = month(which === 'next' ? 1 : 0);
    return calendarDate(year, m, day);
  }
  for (let ahead = day >= now.day ? 0 : 1; ahead <= 2; ahead++) {
    const { year, month: m } = month(ahead);
    const date = calendarDate(year, m, day);
    if (date) return date;
  }
  return null;
}

const DAYS_AHEAD: Readonly<Record<string, number>> = {
  今天: 0,
  今日: 0,
  today: 0,
  明天: 1,
  tomorrow: 1,
  后天: 2,
};

/** Reads `text` (blank: no date); `today` is the call's day in the pack's calendar. */
export function readTypedDate(text: string, today: IsoDate, locale: string): TypedDate {
  const t = foldText(text).trim().replace(/\s+/g, ' ').replace(/^on /, '');
  if (t === '') return { ok: true, value: undefined, written: 'iso' };
  if (parseIsoDate(t)) return { ok: true, value: t, written: 'iso' };
  const now = parseIsoDate(today);
  if (!now) return { ok: false, problem: 'format' };
  const read = readShape(t, today, now, locale);
  if (read === undefined) return { ok: false, problem: 'format' };
  if (read === null) return { ok: false, problem: 'noSuchDate' };
  return { ok: true, value: formatIsoDate(read), written: 'other' };
}

/** The date `t` names; null when it names no real day; undefined when it is not a date shape. */
function readShape(
  t: string,
  today: IsoDate,
  now: CalendarDate,
  locale: string,
): CalendarDate | null | undefined {
  const ahead = DAYS_AHEAD[t];
  if (ahead !== undefined) return parseIsoDate(addDays(today, ahead));
  let m = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?[日号]?$/.exec(t);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return monthFirst(locale) ? calendarDate(Number(m[3]), a, b) : calendarDate(Number(m[3]), b, a);
  }
  m = /^([\d一二三四五六七八九十]{1,3}) ?月 ?([\d一二三四五六七八九十]{1,3}) ?[日号]?$/.exec(t);
  if (m) return nextMonthDay(now, small(m[1] as string), small(m[2] as string));
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return monthFirst(locale) ? nextMonthDay(now, a, b) : nextMonthDay(now, b, a);
  }
  m = /^(本月|这个月|这月|下个月|下月)? ?([\d一二三四五六七八九十]{1,3}) ?[日号]$/.exec(t);
  if (m) {
    const which = m[1] === undefined ? 'any' : m[1].startsWith('下') ? 'next' : 'this';
    return nextDay(now, small(m[2] as string), which);
  }
  const weekday = weekdayAhead(t, today);
  if (weekday !== undefined) return parseIsoDate(addDays(today, weekday));
  m = /^(?:the )?(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  if (m) return nextDay(now, Number(m[1]), 'any');
  return englishMonthDay(t, now);
}

const ZH_WEEKDAYS = '一二三四五六日';

/**
 * Days from today to a weekday said: 周五 / 星期五 / this Friday the coming one (today included),
 * 下周五 / next Friday the one of the week after this (weeks start on Monday); undefined when `t`
 * names no weekday.
 */
function weekdayAhead(t: string, today: IsoDate): number | undefined {
  let target = -1;
  let nextWeek = false;
  const zh = /^(下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天])$/.exec(t);
  if (zh) {
    target = ZH_WEEKDAYS.indexOf(zh[2] === '天' ? '日' : (zh[2] as string)) + 1;
    nextWeek = zh[1]?.startsWith('下') === true;
  } else {
    const en = /^(next |this |coming |this coming )?([a-z]+)$/.exec(t);
    const index = en
      ? EN_WEEKDAYS.findIndex((day) => day === en[2] || (en[2]?.length === 3 && day.startsWith(en[2])))
      : -1;
    if (!en || index < 0) return undefined;
    target = index + 1;
    nextWeek = en[1] === 'next ';
  }
  const todayWeekday = isoWeekday(today);
  if (nextWeek) return 7 - todayWeekday + target;
  return (target - todayWeekday + 7) % 7;
}

/** Dec 15, December 15th, 15 Dec, the 15th of December, with or without ", 2026". */
function englishMonthDay(t: string, now: CalendarDate): CalendarDate | null | undefined {
  const m =
    /^(?:(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?|([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?)(?:,? (\d{4}))?$/.exec(
      t,
    );
  if (!m) return undefined;
  const month = monthNamed((m[2] ?? m[3]) as string);
  if (month === 0) return undefined;
  const day = Number(m[1] ?? m[4]);
  return m[5] === undefined ? nextMonthDay(now, month, day) : calendarDate(Number(m[5]), month, day);
}
