/** The rules about when and how often: call window, attempt cap, 7-in-7 (issue 12). */
import type { CallAttempt } from '../../../lib/compliance/evaluate';
import type { Rule } from '../../../lib/pack/schema';
import { attempts, NEW_YORK_DEBTOR, only, SHANGHAI_DEBTOR } from './evaluate-helpers';
import { account, at, CN_CAP, CN_WINDOW, US_FREQ, US_WINDOW } from './fixtures';

describe('callWindow', () => {
  it.each([
    // China: allowed 08:00–22:00 Beijing time.
    ['07:59', CN_WINDOW, SHANGHAI_DEBTOR, at('2026-06-15T07:59', '+08:00'), 'block'],
    ['08:00', CN_WINDOW, SHANGHAI_DEBTOR, at('2026-06-15T08:00', '+08:00'), 'ok'],
    ['21:59', CN_WINDOW, SHANGHAI_DEBTOR, at('2026-06-15T21:59', '+08:00'), 'ok'],
    ['22:00', CN_WINDOW, SHANGHAI_DEBTOR, at('2026-06-15T22:00', '+08:00'), 'block'],
    // US: allowed 08:00–21:00 the consumer's local time (New York, EDT −04 in June).
    ['07:59 NY', US_WINDOW, NEW_YORK_DEBTOR, at('2026-06-15T07:59', '-04:00'), 'block'],
    ['08:00 NY', US_WINDOW, NEW_YORK_DEBTOR, at('2026-06-15T08:00', '-04:00'), 'ok'],
    ['20:59 NY', US_WINDOW, NEW_YORK_DEBTOR, at('2026-06-15T20:59', '-04:00'), 'ok'],
    ['21:00 NY', US_WINDOW, NEW_YORK_DEBTOR, at('2026-06-15T21:00', '-04:00'), 'block'],
    // DST days in New York: 08:30 local is inside the window on both.
    ['DST starts 2026-03-08 08:30 EDT', US_WINDOW, NEW_YORK_DEBTOR, at('2026-03-08T08:30', '-04:00'), 'ok'],
    ['DST ends 2026-11-01 08:30 EST', US_WINDOW, NEW_YORK_DEBTOR, at('2026-11-01T08:30', '-05:00'), 'ok'],
    ['DST starts, 07:30 EDT', US_WINDOW, NEW_YORK_DEBTOR, at('2026-03-08T07:30', '-04:00'), 'block'],
    ['DST ends, 07:30 EST', US_WINDOW, NEW_YORK_DEBTOR, at('2026-11-01T07:30', '-05:00'), 'block'],
  ])('%s → %s', (_name, rule, context, now, level) => {
    expect(only(rule, { context, now, packTimezone: 'Asia/Shanghai' }).level).toBe(level);
  });

  it('the DST-day verdicts show the debtor clock, not an offset guess', () => {
    const v = only(US_WINDOW, { context: NEW_YORK_DEBTOR, now: Date.UTC(2026, 2, 8, 12, 30) });
    expect(v.numbers).toMatchObject({
      localTime: '08:30',
      localDate: '2026-03-08',
      zone: 'America/New_York',
    });
    const w = only(US_WINDOW, { context: NEW_YORK_DEBTOR, now: Date.UTC(2026, 10, 1, 13, 30) });
    expect(w.numbers).toMatchObject({ localTime: '08:30', localDate: '2026-11-01' });
  });

  describe('an agent in Shanghai calling a debtor in Los Angeles', () => {
    // 2026-06-16 10:30 in Shanghai = 2026-06-15 19:30 PDT; 13:30 in Shanghai = 22:30 PDT.
    const morningInShanghai = at('2026-06-16T10:30', '+08:00');
    const afternoonInShanghai = at('2026-06-16T13:30', '+08:00');
    const byField = account({ timezone: 'America/Los_Angeles', region: '上海市' });
    const byPhone = account({ phone: '+1 213 555 0100' });

    it.each([
      ['zone from the CRM field, 19:30 PDT', byField, morningInShanghai, 'ok', '19:30', 'field'],
      ['zone from the CRM field, 22:30 PDT', byField, afternoonInShanghai, 'block', '22:30', 'field'],
      ['zone from a +1 213 phone, 19:30 PDT', byPhone, morningInShanghai, 'ok', '19:30', 'phone'],
      ['zone from a +1 213 phone, 22:30 PDT', byPhone, afternoonInShanghai, 'block', '22:30', 'phone'],
    ])('%s', (_name, context, now, level, localTime, zoneSource) => {
      const v = only(US_WINDOW, { context, now, packTimezone: 'Asia/Shanghai' });
      expect(v.level).toBe(level);
      expect(v.numbers).toMatchObject({ localTime, zone: 'America/Los_Angeles', zoneSource });
      expect(v.message.en).toContain(`Local time ${localTime} (America/Los_Angeles`);
      expect(v.message.zh).toContain(`当地时间 ${localTime}`);
    });
  });

  it('the message gives local time, zone and the minutes to opening', () => {
    const v = only(CN_WINDOW, { now: at('2026-06-15T07:30', '+08:00') });
    expect(v.message.zh).toContain('当地时间 07:30（Asia/Shanghai');
    expect(v.numbers.minutesToOpen).toBe(30);
    const ok = only(CN_WINDOW, { now: at('2026-06-15T21:47', '+08:00') });
    expect(ok.numbers.minutesLeft).toBe(13);
  });

  it('a window that wraps midnight and a warn-only window', () => {
    const night: Rule = { ...CN_WINDOW, start: '20:00', end: '02:00', severity: 'warn' };
    expect(only(night, { now: at('2026-06-15T23:30', '+08:00') }).level).toBe('ok');
    expect(only(night, { now: at('2026-06-15T01:59', '+08:00') }).level).toBe('ok');
    expect(only(night, { now: at('2026-06-15T02:00', '+08:00') }).level).toBe('warn');
  });

  it('uses the time zone field the rule names', () => {
    const rule: Rule = { ...US_WINDOW, timezoneField: 'tz' };
    const context = account({ tz: 'America/Los_Angeles', timezone: 'America/New_York' });
    expect(only(rule, { context, now: at('2026-06-15T21:30', '-04:00') }).level).toBe('ok');
  });
});

describe('attemptCap (6 unanswered a day per number)', () => {
  const now = at('2026-06-15T15:00', '+08:00');
  const morning = at('2026-06-15T09:00', '+08:00');

  it.each([
    // [earlier unanswered attempts today, attempt number being judged, level]
    [3, 4, 'ok'],
    [4, 5, 'ok'],
    [5, 6, 'ok'],
    [6, 7, 'block'],
    [7, 8, 'block'],
  ])('%i earlier → attempt %i is %s', (earlier, thisAttempt, level) => {
    const v = only(CN_CAP, { now, history: attempts(earlier, morning) });
    expect(v.level).toBe(level);
    expect(v.numbers).toMatchObject({ thisAttempt, countedToday: earlier, maxPerDay: 6 });
  });

  it('the sixth attempt is allowed and says it is the last', () => {
    const v = only(CN_CAP, { now, history: attempts(5, morning) });
    expect(v.message.en).toContain('last one allowed today');
  });

  it('answered attempts do not count towards an unanswered cap, but count for "all"', () => {
    const history = [...attempts(5, morning), ...attempts(3, morning + 3_600_000, { answered: true })];
    const v = only(CN_CAP, { now, history });
    expect(v.level).toBe('ok');
    expect(v.numbers).toMatchObject({ attemptsToday: 8, countedToday: 5, thisAttempt: 9 });
    expect(only({ ...CN_CAP, counts: 'all' }, { now, history }).level).toBe('block');
  });

  it('counts the debtor’s local day: yesterday 23:59 does not count, today 00:01 does', () => {
    const history = [
      ...attempts(6, at('2026-06-14T23:50', '+08:00')),
      ...attempts(1, at('2026-06-15T00:01', '+08:00')),
    ];
    expect(only(CN_CAP, { now, history }).numbers.countedToday).toBe(1);
  });

  it('a Los Angeles debtor’s day, not the Shanghai agent’s day', () => {
    const la = account({ phone: '+1 213 555 0100' });
    // 2026-06-16 10:00 in Shanghai is 2026-06-15 19:00 in LA; attempts at LA 09:00 on the 15th are "today".
    const history = attempts(6, at('2026-06-15T09:00', '-07:00'), { phone: '+12135550100' });
    const v = only(CN_CAP, {
      context: la,
      now: at('2026-06-16T10:00', '+08:00'),
      history,
    });
    expect(v.level).toBe('block');
    // The next LA day (agent's 2026-06-17 00:00 Shanghai = 09:00 LA on the 16th) starts afresh.
    const next = only(CN_CAP, { context: la, now: at('2026-06-17T00:00', '+08:00'), history });
    expect(next.level).toBe('ok');
  });

  it('counts per number: another number does not count; a row without a number counts for its account', () => {
    const history = [
      ...attempts(6, morning, { phone: '13900139000' }),
      ...attempts(2, morning, { phone: '+86 138 0013 8000' }),
      ...attempts(1, morning, { phone: undefined }),
    ];
    expect(only(CN_CAP, { now, history }).numbers.countedToday).toBe(3);
  });

  it('ignores attempts after now', () => {
    expect(only(CN_CAP, { now, history: attempts(9, now + 60_000) }).numbers.countedToday).toBe(0);
  });
});

describe('contactFrequency (Reg F 7-in-7, per account)', () => {
  const ny = NEW_YORK_DEBTOR;
  const now = at('2026-06-15T10:00', '-04:00'); // Monday
  const us = (n: number, when: number, extra: Partial<CallAttempt> = {}) =>
    attempts(n, when, { accountKey: 'US-1', phone: '2125550100', ...extra });
  const run = (history: CallAttempt[], rule: Rule = US_FREQ) => only(rule, { context: ny, now, history });

  it.each([
    [
      '7 on the window’s first day (6 days ago) → the 8th is blocked',
      us(7, at('2026-06-09T09:00', '-04:00')),
      'block',
      7,
    ],
    ['7 the day before the window (7 days ago) → ok', us(7, at('2026-06-08T09:00', '-04:00')), 'ok', 0],
    ['7 on the window’s last day (today) → blocked', us(7, at('2026-06-15T08:00', '-04:00')), 'block', 7],
    ['6 in the window → the 7th is ok', us(6, at('2026-06-12T09:00', '-04:00')), 'ok', 6],
    [
      '7 of another account → ok',
      attempts(7, at('2026-06-12T09:00', '-04:00'), { accountKey: 'US-2', phone: '2125550100' }),
      'ok',
      0,
    ],
  ])('%s', (_name, history, level, inWindow) => {
    const v = run(history);
    expect(v.level).toBe(level);
    expect(v.numbers).toMatchObject({
      attemptsInWindow: inWindow,
      thisAttempt: inWindow + 1,
      windowStart: '2026-06-09',
    });
  });

  it.each([
    ['today (day 1)', '2026-06-15T08:05', 'block', 0, '2026-06-21'],
    ['six days ago (day 7 of the quiet period)', '2026-06-09T17:00', 'block', 6, '2026-06-15'],
    ['seven days ago (quiet period over)', '2026-06-08T17:00', 'ok', 7, '2026-06-14'],
  ])('conversation %s → %s', (_name, when, level, daysSince, quietUntil) => {
    const v = run(us(1, at(when, '-04:00'), { answered: true, conversation: true }));
    expect(v.level).toBe(level);
    expect(v.numbers).toMatchObject({ daysSinceConversation: daysSince, quietUntil });
    if (level === 'block') expect(v.message.en).toContain(`no calls until after ${quietUntil}`);
  });

  it('the conversation day is the debtor’s calendar day (23:30 in New York is the next day in UTC)', () => {
    // Spoke 2026-06-08 23:30 EDT (= 06-09 03:30Z): seven local days ago, so calling is allowed.
    const v = run(us(1, at('2026-06-08T23:30', '-04:00'), { answered: true, conversation: true }));
    expect(v.level).toBe('ok');
    expect(v.numbers.lastConversation).toBe('2026-06-08');
  });

  it('answered calls without a conversation start no quiet period', () => {
    expect(run(us(1, at('2026-06-14T12:00', '-04:00'), { answered: true })).level).toBe('ok');
  });

  it('quietDaysAfterConversation 0 turns the quiet period off', () => {
    const rule = { ...US_FREQ, quietDaysAfterConversation: 0 };
    expect(run(us(1, at('2026-06-15T08:05', '-04:00'), { conversation: true }), rule).level).toBe('ok');
  });

  it('both breaches are reported in one message', () => {
    const v = run([
      ...us(7, at('2026-06-12T09:00', '-04:00')),
      ...us(1, at('2026-06-14T09:00', '-04:00'), { conversation: true }),
    ]);
    expect(v.level).toBe('block');
    expect(v.message.en).toContain('over the frequency cap');
    expect(v.message.en).toContain('Spoke with the debtor on 2026-06-14');
  });
});
