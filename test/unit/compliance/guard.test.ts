import { type CallAttempt, evaluateRules, type Verdict } from '../../../lib/compliance/evaluate';
import { guardSummary, worstLevel } from '../../../lib/compliance/guard';
import { account, at, CN_CAP, CN_WINDOW, RETENTION, STOP_FLAGS, US_FREQ } from './fixtures';

function verdict(
  level: Verdict['level'],
  ruleId: string = level,
  type: Verdict['type'] = 'retention',
): Verdict {
  return {
    ruleId,
    type,
    level,
    message: { zh: `中文 ${ruleId}`, en: `en ${ruleId}` },
    numbers: {},
    override: 'agent',
  };
}

describe('worstLevel', () => {
  it.each([
    [[], 'ok'],
    [['ok', 'ok'], 'ok'],
    [['ok', 'warn'], 'warn'],
    [['warn', 'block', 'ok'], 'block'],
    [['block', 'warn'], 'block'],
  ] as const)('%j → %s', (levels, worst) => {
    expect(worstLevel(levels.map((l, i) => verdict(l, `r${i}`)))).toBe(worst);
    expect(
      guardSummary(
        levels.map((l, i) => verdict(l, `r${i}`)),
        'en',
      ).level,
    ).toBe(worst);
  });
});

describe('guardSummary', () => {
  // A Shanghai debtor at 21:47 with 3 attempts earlier today and 4 in the last 7 days.
  const now = at('2026-06-15T21:47', '+08:00');
  const day = (d: string, t: string): CallAttempt => ({
    at: at(`2026-06-${d}T${t}`, '+08:00'),
    accountKey: 'CC20240001',
    phone: '13800138000',
    answered: false,
    conversation: false,
  });
  const history = [day('11', '10:00'), day('15', '09:00'), day('15', '12:00'), day('15', '18:00')];
  const verdicts = evaluateRules({
    rules: [CN_WINDOW, CN_CAP, { ...US_FREQ, quietDaysAfterConversation: 0 }, RETENTION],
    context: account({ phone: '13800138000', region: '上海市' }),
    packTimezone: 'Asia/Shanghai',
    now,
    history,
    call: null,
  });

  it.each([
    ['zh-CN', '当地时间 21:47 · 今日第 4 次 · 7 天内 5 次'],
    ['en', 'Local 21:47 · attempt 4 today · 5 in 7 days'],
  ] as const)('headline in %s', (locale, headline) => {
    const summary = guardSummary(verdicts, locale);
    expect(summary.level).toBe('ok');
    expect(summary.headline).toBe(headline);
    expect(summary.reasons).toEqual([]);
  });

  it('a blocked account: red, block reasons before warnings, numbers still in the headline', () => {
    const blocked = evaluateRules({
      rules: [CN_WINDOW, STOP_FLAGS, CN_CAP],
      context: account({ phone: '13800138000', flags: ['hardship', 'complaint'] }),
      packTimezone: 'Asia/Shanghai',
      now: at('2026-06-15T22:10', '+08:00'),
      history: [],
      call: null,
    });
    const summary = guardSummary(blocked, 'zh-CN');
    expect(summary.level).toBe('block');
    expect(summary.headline).toBe('当地时间 22:10 · 今日第 1 次');
    expect(summary.ruleIds).toEqual(['cn-window', 'stop']);
    expect(summary.reasons[0]?.zh).toContain('不在允许时段 08:00–22:00 内');
    expect(summary.reasons[1]?.en).toContain('complaint open');
  });

  it('blocks come before warnings whatever the rule order', () => {
    const summary = guardSummary(
      [verdict('warn', 'a'), verdict('ok', 'b'), verdict('block', 'c'), verdict('warn', 'd')],
      'en',
    );
    expect(summary.ruleIds).toEqual(['c', 'a', 'd']);
    expect(summary.reasons.map((r) => r.en)).toEqual(['en c', 'en a', 'en d']);
  });

  it.each([
    ['ok', 'zh-CN', '合规检查通过'],
    ['warn', 'en', 'Check the compliance notes'],
    ['block', 'zh-CN', '禁止继续：存在合规阻断'],
  ] as const)('without numbers, a %s headline in %s', (level, locale, headline) => {
    expect(guardSummary([verdict(level)], locale).headline).toBe(headline);
  });

  it('no account: amber, and the reasons say the account is missing', () => {
    const summary = guardSummary(
      evaluateRules({
        rules: [CN_WINDOW, CN_CAP],
        context: null,
        packTimezone: 'Asia/Shanghai',
        now,
        history: [],
        call: null,
      }),
      'en',
    );
    expect(summary.level).toBe('warn');
    expect(summary.headline).toBe('Check the compliance notes');
    expect(summary.reasons[0]?.en).toContain('No account read from the CRM');
  });
});

describe('guardSummary shows each zone and both counts (issue 12 §4, §6)', () => {
  const window = (numbers: Record<string, number | string>): Verdict => ({
    ...verdict('ok', 'w', 'callWindow'),
    numbers,
  });
  const cap = (numbers: Record<string, number | string>): Verdict => ({
    ...verdict('ok', 'c', 'attemptCap'),
    numbers,
  });
  it.each([
    [
      'two zones, CRM count',
      [
        window({
          localTime: '20:30',
          zoneCount: 2,
          zones: 'America/New_York 20:30; America/Los_Angeles 17:30',
        }),
        cap({ thisAttempt: 4, crmCount: 3, localCount: 1 }),
      ],
      'Local America/New_York 20:30; America/Los_Angeles 17:30 · attempt 4 today (CRM 3, local 1)',
    ],
    [
      'one zone, no CRM count',
      [
        window({ localTime: '09:15', zoneCount: 1, zones: 'Asia/Shanghai 09:15' }),
        cap({ thisAttempt: 2, localCount: 1 }),
      ],
      'Local 09:15 · attempt 2 today',
    ],
    [
      'two caps: the counts of the one whose attempt number is shown, named',
      [
        cap({ thisAttempt: 2, crmCount: 0, localCount: 0, counts: 'unanswered' }),
        { ...cap({ thisAttempt: 1, crmCount: 1, localCount: 0, counts: 'connected' }), ruleId: 'c2' },
      ],
      'attempt 2 today (unanswered: CRM 0, local 0)',
    ],
    [
      'two caps, the first without a CRM count: none borrowed from the second',
      [
        cap({ thisAttempt: 2, localCount: 1, counts: 'unanswered' }),
        { ...cap({ thisAttempt: 2, crmCount: 0, localCount: 0, counts: 'connected' }), ruleId: 'c2' },
      ],
      'attempt 2 today',
    ],
  ] as const)('%s', (_name, verdicts, headline) => {
    expect(guardSummary([...verdicts], 'en').headline).toBe(headline);
  });
});
