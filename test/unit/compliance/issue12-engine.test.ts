/**
 * Issue 12, table-driven: CRM counts (§4), consent callbacks (§5), several zones (§6), flags (§7),
 * region-scoped rules (U10), and whom a call reached from its evidence (§1–2).
 */
import { callContact } from '@/lib/compliance/contact';
import { evaluateRules } from '@/lib/compliance/evaluate';
import type { CallAttempt, RuleOf, Verdict } from '@/lib/compliance/types';
import type { FieldValue } from '@/lib/crm/context';
import type { Pack } from '@/lib/pack/schema';
import { account, at, CN_CAP, DAY, US_FREQ, US_WINDOW } from './fixtures';

const US_NOW = at('2026-03-10T12:00:00', '-04:00');
const CN_NOW = at('2026-03-10T15:00:00', '+08:00');

function one(
  rule: Parameters<typeof evaluateRules>[0]['rules'][number],
  input: {
    fields: Record<string, FieldValue>;
    now: number;
    history?: CallAttempt[];
    packTimezone?: string;
  },
): Verdict {
  const [v] = evaluateRules({
    rules: [rule],
    context: account(input.fields),
    packTimezone: input.packTimezone ?? 'Asia/Shanghai',
    now: input.now,
    history: input.history ?? [],
    call: null,
  });
  if (!v) throw new Error('no verdict');
  return v;
}

const attempt = (atMs: number, extra: Partial<CallAttempt> = {}): CallAttempt => ({
  at: atMs,
  accountKey: 'CC20240001',
  answered: false,
  conversation: false,
  ...extra,
});

describe('§4 counts from the CRM: the larger of CRM and local, both shown', () => {
  const CN_PHONE = { phone: '13800138000', timezone: 'Asia/Shanghai' };
  it.each([
    // local unanswered today, CRM attempts/connects, expected count, level
    ['CRM above local', 1, { attemptsToday: 6, connectsToday: 0 }, 6, 'block'],
    ['CRM below local', 6, { attemptsToday: 2, connectsToday: 0 }, 6, 'block'],
    ['both low', 2, { attemptsToday: 3, connectsToday: 0 }, 3, 'ok'],
    ['CRM connects subtracted', 1, { attemptsToday: 7, connectsToday: 2 }, 5, 'ok'],
    ['no CRM counts', 3, {}, 3, 'ok'],
  ] as const)('%s', (_name, local, crm, expected, level) => {
    const history = Array.from({ length: local }, (_, i) => attempt(CN_NOW - (i + 1) * 600_000));
    const v = one(CN_CAP, { fields: { ...CN_PHONE, ...crm }, now: CN_NOW, history });
    expect(v.numbers.countedToday).toBe(expected);
    expect(v.numbers.localCount).toBe(local);
    expect(v.level).toBe(level);
    if ('attemptsToday' in crm) {
      expect(v.message.zh).toContain(`本机 ${local} 次`);
      expect(v.message.zh).toContain('CRM');
    }
  });

  it.each([
    ['CRM 7-day count above local', 2, { attempts7d: 7 }, 'block'],
    ['CRM 7-day count below local', 7, { attempts7d: 1 }, 'block'],
    ['both below the cap', 2, { attempts7d: 3 }, 'ok'],
    ['CRM last conversation yesterday', 0, { lastConversation: '2026-03-09' }, 'block'],
    ['CRM last conversation 8 days ago', 0, { lastConversation: '2026-03-02' }, 'ok'],
  ] as const)('7-in-7: %s', (_name, local, crm, level) => {
    const history = Array.from({ length: local }, (_, i) => attempt(US_NOW - (i % 6) * DAY - 3_600_000));
    const v = one(US_FREQ, {
      fields: { phone: '+1 617 555 0148', timezone: 'America/New_York', ...crm },
      now: US_NOW,
      history,
      packTimezone: 'America/New_York',
    });
    expect(v.level).toBe(level);
  });

  it('a connects cap counts connected calls: GB/T 45251 warns at the fourth', () => {
    const CONNECTS: RuleOf<'attemptCap'> = {
      ...CN_CAP,
      id: 'connects',
      counts: 'connected',
      maxPerDay: 3,
      severity: 'warn',
    };
    const answered = (n: number) =>
      Array.from({ length: n }, (_, i) => attempt(CN_NOW - (i + 1) * 600_000, { answered: true }));
    expect(one(CONNECTS, { fields: CN_PHONE, now: CN_NOW, history: answered(2) }).level).toBe('ok');
    expect(one(CONNECTS, { fields: CN_PHONE, now: CN_NOW, history: answered(3) }).level).toBe('warn');
    expect(one(CONNECTS, { fields: { ...CN_PHONE, connectsToday: 3 }, now: CN_NOW, history: [] }).level).toBe(
      'warn',
    );
  });
});

describe('§5 a callback the debtor asked for', () => {
  const yesterday = US_NOW - DAY;
  const asked = (callbackAt: number) => [
    attempt(yesterday, { answered: true, conversation: true, requestedCallbackAt: callbackAt }),
  ];
  const US = { phone: '+1 617 555 0148', timezone: 'America/New_York' };
  it.each([
    ['at the requested time, exempt rule', true, US_NOW, 'ok'],
    ['20 min after the requested time', true, US_NOW - 20 * 60_000, 'ok'],
    ['2 h after the requested time', true, US_NOW - 2 * 3_600_000, 'block'],
    ['at the requested time, rule without the exemption', false, US_NOW, 'block'],
  ] as const)('US 7-in-7: %s', (_name, exempt, callbackAt, level) => {
    const rule = { ...US_FREQ, consentExempt: exempt };
    const v = one(rule, {
      fields: US,
      now: US_NOW,
      history: asked(callbackAt),
      packTimezone: 'America/New_York',
    });
    expect(v.level).toBe(level);
    if (level === 'ok') expect(v.message.en).toContain('1006.14(b)(3)');
  });

  it.each([
    ['另有约定 where the pack allows', true, 'ok'],
    ['no exemption in the pack', false, 'block'],
  ] as const)('CN daily cap: %s', (_name, exempt, level) => {
    const history = [
      ...Array.from({ length: 5 }, (_, i) => attempt(CN_NOW - (i + 2) * 600_000)),
      attempt(CN_NOW - 3_600_000, { requestedCallbackAt: CN_NOW + 5 * 60_000 }),
    ];
    const v = one(
      { ...CN_CAP, consentExempt: exempt },
      { fields: { phone: '13800138000' }, now: CN_NOW, history },
    );
    expect(v.level).toBe(level);
  });

  it('a consented callback already made is not counted toward 7-in-7', () => {
    const callbackAt = US_NOW - 2 * DAY;
    const history = [
      attempt(US_NOW - 3 * DAY, { requestedCallbackAt: callbackAt }),
      attempt(callbackAt + 60_000),
      ...Array.from({ length: 5 }, (_, i) => attempt(US_NOW - (i + 1) * 3_600_000)),
    ];
    const rule = { ...US_FREQ, quietDaysAfterConversation: 0 };
    expect(
      one(
        { ...rule, consentExempt: true },
        { fields: US, now: US_NOW, history, packTimezone: 'America/New_York' },
      ).numbers.attemptsInWindow,
    ).toBe(6);
    expect(
      one(rule, { fields: US, now: US_NOW, history, packTimezone: 'America/New_York' }).numbers
        .attemptsInWindow,
    ).toBe(7);
  });
});

describe('§6 several zones: allowed only inside the window in every zone', () => {
  // Area code 213 is Los Angeles; the address is in Boston.
  const fields = { phone: '+1 213 555 0100', region: 'Boston, MA 02110' };
  it.each([
    ['noon ET / 9:00 PT', '2026-03-10T12:00:00', 'ok'],
    ['20:30 ET / 17:30 PT', '2026-03-10T20:30:00', 'ok'],
    ['21:30 ET / 18:30 PT: closed in Boston', '2026-03-10T21:30:00', 'block'],
    ['10:30 ET / 07:30 PT: closed in Los Angeles', '2026-03-10T10:30:00', 'block'],
    ['07:30 ET / 04:30 PT: closed in both', '2026-03-10T07:30:00', 'block'],
  ] as const)('%s', (_name, eastern, level) => {
    const v = one(US_WINDOW, { fields, now: at(eastern, '-04:00'), packTimezone: 'America/New_York' });
    expect(v.level).toBe(level);
    expect(v.numbers.zoneCount).toBe(2);
    expect(String(v.numbers.zones)).toMatch(/America\/Los_Angeles \d\d:\d\d/);
    expect(String(v.numbers.zones)).toMatch(/America\/New_York \d\d:\d\d/);
    expect(v.message.en).toContain('America/Los_Angeles');
  });

  it('one zone when phone and address agree', () => {
    const v = one(US_WINDOW, {
      fields: { phone: '+1 617 555 0148', region: 'Boston, MA' },
      now: US_NOW,
      packTimezone: 'America/New_York',
    });
    expect(v.numbers.zoneCount).toBe(1);
  });
});

describe('§7 flags: shown by label, never by id', () => {
  const FLAGS: RuleOf<'stopFlag'> = {
    id: 'stops',
    title: 'stops',
    source: 'test',
    type: 'stopFlag',
    severity: 'block',
    field: 'flags',
    flags: [
      { flag: 'deceased', label: '持卡人身故', severity: 'block', reason: '停止催收' },
      {
        flag: 'plan-agreement',
        label: '已签个性化分期',
        severity: 'block',
        reason: '未违约前停止催收',
        unless: { field: 'planInDefault', op: 'eq', value: true },
      },
      {
        flag: 'tp-no-contact',
        label: '第三方拒绝来电',
        severity: 'block',
        reason: '不得再拨此号码',
        numbersField: 'tpNoContactNumbers',
      },
      { flag: 'litigation', label: '诉讼中', severity: 'warn', reason: '只讲事实' },
      {
        flag: 'no-work-calls',
        label: '勿打单位电话',
        severity: 'block',
        reason: '不拨打单位电话',
        numbersField: 'workPhone',
      },
    ],
  };
  const phone = '13800138000';
  it.each([
    ['deceased', { flags: ['deceased'] }, 'block', '持卡人身故'],
    ['plan agreement in force', { flags: ['plan-agreement'] }, 'block', '已签个性化分期'],
    ['plan agreement in default', { flags: ['plan-agreement'], planInDefault: true }, 'ok', null],
    [
      'third party asked, this number',
      { flags: ['tp-no-contact'], tpNoContactNumbers: ['+86 138 0013 8000'] },
      'block',
      '第三方拒绝来电',
    ],
    [
      'third party asked, another number',
      { flags: ['tp-no-contact'], tpNoContactNumbers: ['13900001111'] },
      'ok',
      null,
    ],
    // Session 13: numbers as a CRM writes them in one text cell, in groups or full width.
    ...(
      [
        '138 0013 8000',
        '１３８００１３８０００',
        '13900001111 13800138000',
        '139 0000 1111，138-0013-8000',
        '02155550000; +86 138 0013 8000',
      ] as const
    ).map(
      (text) =>
        [
          `third party asked, this number in ${text}`,
          { flags: ['tp-no-contact'], tpNoContactNumbers: text },
          'block',
          '第三方拒绝来电',
        ] as const,
    ),
    [
      'third party asked, another number in groups',
      { flags: ['tp-no-contact'], tpNoContactNumbers: '139 0000 1111' },
      'ok',
      null,
    ],
    ['third party asked, numbers unreadable', { flags: ['tp-no-contact'] }, 'block', '第三方拒绝来电'],
    ['litigation', { flags: ['litigation'] }, 'warn', '诉讼中'],
    [
      'no work calls, dialling work',
      { flags: ['no-work-calls'], workPhone: [phone] },
      'block',
      '勿打单位电话',
    ],
    ['no work calls, dialling mobile', { flags: ['no-work-calls'], workPhone: ['02155550000'] }, 'ok', null],
    ['no flags', { flags: [] }, 'ok', null],
  ] as const)('%s', (_name, fields, level, label) => {
    const v = one(FLAGS, {
      fields: { phone, ...fields } as unknown as Record<string, FieldValue>,
      now: CN_NOW,
    });
    expect(v.level).toBe(level);
    if (label) expect(v.message.zh).toContain(label);
    for (const spec of FLAGS.flags) expect(v.message.zh).not.toContain(spec.flag);
  });
});

describe('U10 state-scoped rules: Massachusetts 2 calls in 7 days', () => {
  const MA: RuleOf<'contactFrequency'> = {
    ...US_FREQ,
    id: 'ma',
    maxAttempts: 2,
    quietDaysAfterConversation: 0,
    scope: { regions: ['MA', 'Massachusetts'] },
  };
  const twoCalls = [attempt(US_NOW - DAY), attempt(US_NOW - 2 * DAY)];
  it.each([
    ['Boston, MA', { region: 'Boston, MA 02110' }, 'block'],
    ['the state spelled out', { region: 'Springfield, Massachusetts' }, 'block'],
    ['Texas', { region: 'Austin, TX 78701' }, 'ok'],
    ['the word "ma" is no state', { region: 'ma street, Austin, TX' }, 'ok'],
    ['region unknown: applied as a warning', {}, 'warn'],
  ] as const)('%s', (_name, fields, level) => {
    const v = one(MA, {
      fields: { phone: '+1 617 555 0148', ...fields },
      now: US_NOW,
      history: twoCalls,
      packTimezone: 'America/New_York',
    });
    expect(v.level).toBe(level);
  });
});

describe('§1–2 whom a call reached, from its evidence', () => {
  const pack = {
    scripts: [
      {
        id: 's',
        name: 's',
        stages: [
          { id: 'id', title: 'id', phase: 'identify', lines: [{ id: 'l', kind: 'say', text: 'x' }] },
          { id: 'tp', title: 'tp', phase: 'thirdParty', lines: [{ id: 'l', kind: 'say', text: 'x' }] },
          { id: 'neg', title: 'neg', phase: 'negotiate', lines: [{ id: 'l', kind: 'say', text: 'x' }] },
        ],
      },
    ],
    dispositions: [
      { id: 'NOBODY', label: 'no one', contact: 'none' },
      { id: 'SOMEONE', label: 'someone else', contact: 'thirdParty' },
      { id: 'SPOKE', label: 'spoke', contact: 'debtor' },
    ],
  } as unknown as Pick<Pack, 'scripts' | 'dispositions'>;
  const call = (extra: Partial<Parameters<typeof callContact>[0]>) => ({
    stages: [],
    answered: false,
    conversation: false,
    ...extra,
  });
  it.each([
    ['renamed "none" code', call({ disposition: { id: 'NOBODY' } }), 'none'],
    ['renamed third-party code', call({ disposition: { id: 'SOMEONE' } }), 'thirdParty'],
    ['renamed debtor code', call({ disposition: { id: 'SPOKE' } }), 'debtor'],
    ['never wrapped, CRM said connected', call({ answered: true }), 'debtor'],
    ['never wrapped, negotiate stage visited', call({ stages: [{ stageId: 'neg', at: 1 }] }), 'debtor'],
    ['never wrapped, promise recorded', call({ promise: { amount: 1, date: '2026-03-11' } }), 'debtor'],
    [
      'never wrapped, third party only',
      call({ answered: true, thirdParty: { at: 1 }, stages: [{ stageId: 'tp', at: 1 }] }),
      'thirdParty',
    ],
    [
      'debtor came to the phone after a third party',
      call({
        thirdParty: { at: 1 },
        stages: [
          { stageId: 'tp', at: 1 },
          { stageId: 'neg', at: 2 },
        ],
      }),
      'debtor',
    ],
    [
      '"no one" outcome never lowers a promise',
      call({ disposition: { id: 'NOBODY' }, promise: { amount: 1, date: '2026-03-11' } }),
      'debtor',
    ],
    ['never wrapped, nothing shown', call({}), 'none'],
  ] as const)('%s', (_name, c, expected) => {
    expect(callContact(c, pack)).toBe(expected);
  });
});

describe("§4 the CRM's conversation of today during a live call", () => {
  it.each([
    ['about to dial: blocked', null, 'block'],
    ['this very call is live: not blocked by itself', { thirdParty: false, phase: null, ticked: {} }, 'ok'],
  ] as const)('%s', (_name, call, level) => {
    const [v] = evaluateRules({
      rules: [US_FREQ],
      context: account({
        phone: '+1 617 555 0148',
        timezone: 'America/New_York',
        lastConversation: '2026-03-10',
      }),
      packTimezone: 'America/New_York',
      now: US_NOW,
      history: [],
      call: call === null ? null : { ...call },
    });
    expect(v?.level).toBe(level);
  });
});
