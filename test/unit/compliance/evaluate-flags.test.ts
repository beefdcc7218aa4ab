/** The rules about who and what: stop flags, third parties, the recording notice, forbidden phrases, retention, and the engine (issue 12). */
import { type CallState, disclosesDebt, evaluateRules } from '../../../lib/compliance/evaluate';
import type { Phase, Rule } from '../../../lib/pack/schema';
import { attempts, input, only } from './evaluate-helpers';
import {
  account,
  at,
  CN_CAP,
  CN_WINDOW,
  DAY,
  FORBIDDEN,
  RECORDING,
  RETENTION,
  STOP_FLAGS,
  THIRD_PARTY,
  US_FREQ,
  US_WINDOW,
} from './fixtures';

describe('stopFlag', () => {
  it.each([
    ['complaint', 'block'],
    ['dispute', 'block'],
    ['attorney', 'block'],
    ['cease', 'block'],
    ['bankruptcy', 'block'],
    ['deceased', 'block'],
    ['hardship', 'warn'],
    ['crisis', 'warn'],
  ] as const)('%s → %s with its reason', (flag, level) => {
    const v = only(STOP_FLAGS, { context: account({ flags: [flag] }) });
    expect(v.level).toBe(level);
    const reason = STOP_FLAGS.flags.find((f) => f.flag === flag)?.reason;
    // The agent reads the reason (and label), never the flag's id (issue 12 §7).
    expect(v.message.en).toContain(`${reason}`);
    expect(v.message.en).not.toContain(`${flag}: ${reason}`);
    expect(v.numbers.matched).toBe(flag);
  });

  it('no flags → ok; unknown flags → ok', () => {
    expect(only(STOP_FLAGS, { context: account({ flags: [] }) }).level).toBe('ok');
    expect(only(STOP_FLAGS, { context: account({ flags: ['vip'] }) }).level).toBe('ok');
  });

  it('block wins over warn and its reason comes first', () => {
    const v = only(STOP_FLAGS, { context: account({ flags: ['hardship', 'complaint'] }) });
    expect(v.level).toBe('block');
    expect(v.message.en.indexOf('complaint')).toBeLessThan(v.message.en.indexOf('hardship'));
  });

  it('reads a comma-separated text field, case-insensitively', () => {
    expect(only(STOP_FLAGS, { context: account({ flags: 'Attorney, hardship' }) }).level).toBe('block');
  });

  it('a flags field the page did not show → warn to check by hand', () => {
    const v = only(STOP_FLAGS, { context: account({ name: '张伟' }) });
    expect(v.level).toBe('warn');
    expect(v.message.en).toContain('check the CRM by hand');
  });
});

describe('thirdParty', () => {
  it('third-party mode is ok with the reminder never to mention the debt', () => {
    const v = only(THIRD_PARTY, { call: { thirdParty: true, phase: 'thirdParty', ticked: {} } });
    expect(v.level).toBe('ok');
    expect(v.message.en.toLowerCase()).toContain('third-party mode: never mention the debt');
    expect(v.numbers.thirdParty).toBe(1);
  });

  it('with the debtor, or before a call, it is ok too', () => {
    expect(
      only(THIRD_PARTY, { call: { thirdParty: false, phase: 'identify', ticked: {} } }).numbers.thirdParty,
    ).toBe(0);
    expect(only(THIRD_PARTY, { call: null }).level).toBe('ok');
  });

  it.each([
    ['您好，请问张伟先生在吗？麻烦请他回电。', []],
    ['他的信用卡欠款已经逾期了', ['欠款', '逾期']],
    ['关于他的 欠 款', ['欠款']],
    ['This is about a DEBT he owes', ['debt']],
    ['his debts are past  due', ['debt', 'past due']],
    ['We are calling to collect', ['collect']],
    ['he is indebted to nobody', []],
  ])('disclosesDebt(%s)', (text, words) => {
    const found = disclosesDebt(text, THIRD_PARTY);
    expect(found.map((m) => m.word)).toEqual(words);
    for (const m of found)
      expect(text.slice(m.start, m.end).replace(/\s/g, '').toLowerCase()).toBe(m.word.replace(/\s/g, ''));
  });
});

describe('recordingNotice (before negotiate)', () => {
  const call = (phase: Phase | null, ticked: Record<string, number> = {}): CallState => ({
    thirdParty: false,
    phase,
    ticked,
  });

  it.each([
    ['no call yet', null, 'ok'],
    ['call not started', call(null), 'ok'],
    ['identify', call('identify'), 'ok'],
    ['disclose', call('disclose'), 'ok'],
    ['understand: one stage before', call('understand'), 'warn'],
    ['at negotiate', call('negotiate'), 'block'],
    ['after: commit', call('commit'), 'block'],
    ['after: close', call('close'), 'block'],
    ['after: escalate', call('escalate'), 'block'],
    ['at negotiate, all said', call('negotiate', { 'recording-notice': 1, 'mini-miranda': 2 }), 'ok'],
    ['at negotiate, one said', call('negotiate', { 'recording-notice': 1 }), 'block'],
  ])('%s → %s', (_name, state, level) => {
    expect(only(RECORDING, { call: state }).level).toBe(level);
  });

  it('says what is pending and before which stage', () => {
    const v = only(RECORDING, { call: call('disclose', { 'recording-notice': 1 }) });
    expect(v.numbers).toMatchObject({ pending: 'mini-miranda', ticked: 1, items: 2 });
    expect(v.message.en).toBe('Must be said before the negotiate stage: mini-miranda');
    expect(v.message.zh).toContain('协商还款');
  });

  it('names pending items by the text the agent reads, never by their id (issue 15 §4)', () => {
    const itemText = { 'recording-notice': '已告知录音', 'mini-miranda': '已说明这是催收' };
    const v = only(RECORDING, { call: call('negotiate'), itemText });
    expect(v.message.zh).toBe('已进入「协商还款」阶段，尚未告知：已告知录音；已说明这是催收');
    expect(v.message.zh).not.toContain('mini-miranda');
    expect(v.numbers).toMatchObject({ pending: 'recording-notice,mini-miranda' });
  });
});

describe('forbiddenPhrases and retention', () => {
  it('forbiddenPhrases is ok per call and counts its phrases', () => {
    const v = only(FORBIDDEN, {});
    expect(v.level).toBe('ok');
    expect(v.numbers).toMatchObject({ categories: 5, phrases: 12 });
  });

  it('retention is ok with the days', () => {
    expect(only(RETENTION, {})).toMatchObject({ level: 'ok', numbers: { notesDays: 730, callsDays: 730 } });
  });
});

describe('the engine', () => {
  const ALL = [CN_WINDOW, CN_CAP, US_FREQ, STOP_FLAGS, THIRD_PARTY, RECORDING, FORBIDDEN, RETENTION];

  it('one verdict per rule, in order, each with the rule id and type', () => {
    const verdicts = evaluateRules(input({ rules: ALL }));
    expect(verdicts.map((v) => [v.ruleId, v.type])).toEqual(ALL.map((r) => [r.id, r.type]));
  });

  it('missing context: the rules that need it warn and say so; nothing throws', () => {
    const verdicts = evaluateRules(input({ rules: ALL, context: null }));
    const byType = Object.fromEntries(verdicts.map((v) => [v.type, v]));
    for (const type of ['callWindow', 'attemptCap', 'contactFrequency', 'stopFlag'] as const) {
      expect(byType[type]?.level, type).toBe('warn');
      expect(byType[type]?.message.en, type).toContain('No account read from the CRM');
    }
    for (const type of ['thirdParty', 'recordingNotice', 'forbiddenPhrases', 'retention'] as const) {
      expect(byType[type]?.level, type).toBe('ok');
    }
  });

  it('an account with no zone data and a bad pack zone still evaluates', () => {
    const verdicts = evaluateRules(input({ rules: ALL, context: account({}), packTimezone: 'Bad/Zone' }));
    expect(verdicts[0]?.numbers.zone).toBe('UTC');
  });

  it('is pure: frozen input, same verdicts twice', () => {
    const history = Object.freeze(attempts(3, at('2026-06-15T09:00', '+08:00')).map((a) => Object.freeze(a)));
    const frozen = Object.freeze(input({ rules: Object.freeze([...ALL]), history }));
    expect(evaluateRules(frozen)).toEqual(evaluateRules(frozen));
  });

  it('the 7-in-7 days follow the call window’s zone field', () => {
    const rules: Rule[] = [{ ...US_WINDOW, timezoneField: 'tz' }, US_FREQ];
    // Debtor in LA by field `tz`; an attempt at 23:30 LA on the 8th is 02:30 the 9th in New York.
    const context = account({ tz: 'America/Los_Angeles' }, { accountKey: 'US-1' });
    const history = attempts(7, at('2026-06-08T23:30', '-07:00'), { accountKey: 'US-1' });
    const verdicts = evaluateRules(
      input({
        rules,
        context,
        now: at('2026-06-15T10:00', '-07:00'),
        history,
        packTimezone: 'America/New_York',
      }),
    );
    expect(verdicts[1]?.numbers.attemptsInWindow).toBe(0);
  });

  it('an attempt exactly 7×24 h ago is outside a 7-day window', () => {
    // 7 attempts exactly 7×24 h ago in Shanghai are on the day before the window.
    const now = at('2026-06-15T10:00', '+08:00');
    const v = only(US_FREQ, { now, history: attempts(7, now - 7 * DAY) });
    expect(v.numbers.attemptsInWindow).toBe(0);
  });
});

describe('stopFlag with a bank’s own codes (stop12)', () => {
  const bank: Extract<Rule, { type: 'stopFlag' }> = {
    ...STOP_FLAGS,
    flags: [
      { flag: 'ATTY', stops: 'collection', severity: 'block', label: '已委托律师', reason: '只与律师联系' },
      { flag: '危机', stops: 'crisis', severity: 'block', label: '危机干预', reason: '停止催收' },
    ],
  };

  it('matches a code folded (full width, lower case)', () => {
    const v = only(bank, { context: account({ flags: ['ａｔｔｙ'] }) });
    expect(v.level).toBe('block');
    expect(v.numbers.matched).toBe('ATTY');
  });

  it('the crisis the panel raises (`crisis`) is the pack’s crisis flag, whatever its code', () => {
    const v = only(bank, { context: account({ flags: ['crisis'] }) });
    expect(v.level).toBe('block');
    expect(v.numbers.matched).toBe('危机');
    expect(v.message.zh).toContain('危机干预');
    expect(only(bank, { context: account({ flags: ['other'] }) }).level).toBe('ok');
  });
});
