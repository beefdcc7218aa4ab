/**
 * Issue 12 through the database: renamed dispositions (§1), an unwrapped connected call followed by
 * a call the next day (§2), a call no segment covers (§3), a requested callback (§5), a supervisor
 * override (§8), wrap-up after skipping the script (§9), and one `guardNow` in lib/ (§11).
 */
import { guardNow } from '@/lib/compliance/call-state';
import { overrideBlocks } from '@/lib/compliance/override';
import { attemptsForCompliance, currentCall, markContact, startCall, updateCall } from '@/lib/db/calls';
import { readCalls } from '@/lib/db/read';
import { saveWrapUp } from '@/lib/db/wrapup';
import type { Disposition, Pack } from '@/lib/pack/schema';
import { account, at, pack as basePack, DAY, US_FREQ } from '../compliance/fixtures';
import { closeAll, freshDb } from './helpers';

afterEach(() => closeAll());

const ACCOUNT = 'CC20240001';
const DAY1 = at('2026-03-09T10:00:00', '-04:00');
const DAY2 = DAY1 + DAY;

/** A US pack whose codes are nobody's defaults: the meaning comes from `contact`. */
const RENAMED: Disposition[] = [
  { id: 'RING-OUT', label: 'rang out', contact: 'none' },
  { id: 'MACHINE', label: 'answering machine', contact: 'none' },
  { id: 'OTHER-PERSON', label: 'someone else', contact: 'thirdParty' },
  { id: 'RPC-PROMISE', label: 'promise', contact: 'debtor', owes: ['readback'] },
  { id: 'RPC-CALLBACK', label: 'callback', contact: 'debtor', consent: true, requires: ['callbackAt'] },
];

const usPack: Pack = basePack({
  timezone: 'America/New_York',
  rules: [US_FREQ],
  dispositions: RENAMED,
  checklist: [{ id: 'readback', text: 'Read the promise back', phase: 'commit', required: true }],
  scripts: [
    {
      id: 's',
      name: 'Script',
      stages: [
        { id: 'open', title: 'Open', phase: 'identify', lines: [{ id: 'l1', kind: 'say', text: 'Hello' }] },
        {
          id: 'neg',
          title: 'Options',
          phase: 'negotiate',
          lines: [{ id: 'l2', kind: 'say', text: 'Options' }],
        },
      ],
    },
  ],
});
const context = account({ phone: '+1 617 555 0148', timezone: 'America/New_York' });

async function begin(db: Awaited<ReturnType<typeof freshDb>>, startedAt: number, segmentId?: string) {
  const started = await startCall(db, {
    accountKey: ACCOUNT,
    adapterId: 'demo-crm',
    packId: usPack.id,
    packVersion: 1,
    phone: '+1 617 555 0148',
    startedAt,
    ...(segmentId === undefined ? {} : { segmentId }),
  });
  if (!started.ok) throw new Error('start');
  return started.call;
}

describe('§1 renamed dispositions: the pack says whom the call reached', () => {
  it.each([
    ['RING-OUT', false, false],
    ['MACHINE', false, false],
    ['OTHER-PERSON', true, false],
    ['RPC-PROMISE', true, true],
  ] as const)('%s → answered %s, conversation %s', async (code, answered, conversation) => {
    const db = await freshDb();
    const call = await begin(db, DAY1);
    if (code === 'RPC-PROMISE')
      await updateCall(db, call.id, (c) => ({ ...c, checklist: { readback: { at: DAY1, by: 'hand' } } }));
    const input = code === 'RPC-PROMISE' ? { promise: { amount: 100, date: '2026-03-20' } } : {};
    const saved = await saveWrapUp(db, { callId: call.id, disposition: { id: code }, ...input }, RENAMED, {
      now: DAY1 + 60_000,
    });
    expect(saved.ok).toBe(true);
    const [attempt] = await attemptsForCompliance(db, ACCOUNT, 0, usPack);
    expect(attempt).toMatchObject({ answered, conversation });
  });
});

describe('§2 a conversation counts even without a wrap-up', () => {
  it.each([
    [
      'the CRM said connected',
      async (db: Awaited<ReturnType<typeof freshDb>>, id: string) =>
        void (await markContact(db, id, 'thirdParty')),
    ],
    [
      'the agent reached the options stage',
      async (db: Awaited<ReturnType<typeof freshDb>>, id: string) =>
        void (await updateCall(db, id, (c) => ({ ...c, stages: [{ stageId: 'neg', at: DAY1 }] }))),
    ],
    [
      'a promise was recorded',
      async (db: Awaited<ReturnType<typeof freshDb>>, id: string) =>
        void (await updateCall(db, id, (c) => ({ ...c, promise: { amount: 5000, date: '2026-03-20' } }))),
    ],
  ])('US: %s on day 1, never wrapped up → the call on day 2 is blocked', async (_name, evidence) => {
    const db = await freshDb();
    const call = await begin(db, DAY1);
    await evidence(db, call.id);
    const verdicts = await guardNow(db, usPack, context, null, DAY2);
    const frequency = verdicts.find((v) => v.type === 'contactFrequency');
    expect(frequency?.level).toBe('block');
    expect(frequency?.numbers.lastConversation).toBe('2026-03-09');
  });

  it('an unanswered call that was never wrapped up does not block the next day', async () => {
    const db = await freshDb();
    await begin(db, DAY1);
    const verdicts = await guardNow(db, usPack, context, null, DAY2);
    expect(verdicts.find((v) => v.type === 'contactFrequency')?.level).toBe('ok');
  });
});

describe('§3 every call is recorded, whatever the pack', () => {
  it.each([
    ['no segment id', undefined],
    ['an empty segment id', ''],
  ])('%s: recorded without a segment, readable and counted', async (_name, segmentId) => {
    const db = await freshDb();
    const call = await begin(db, DAY1, segmentId);
    expect(call.segmentId).toBeUndefined();
    const [read] = readCalls(db, await db.calls.toArray());
    expect(read?.id).toBe(call.id);
    expect((await currentCall(db, ACCOUNT))?.id).toBe(call.id);
    expect(await attemptsForCompliance(db, ACCOUNT, 0, usPack)).toHaveLength(1);
  });
});

describe('§5 a requested callback is recorded as consent', () => {
  it.each([
    ['the debtor chose the time', 'RPC-CALLBACK', true],
    ['an outcome without consent', 'OTHER-PERSON', false],
  ] as const)('%s', async (_name, code, consent) => {
    const db = await freshDb();
    const call = await begin(db, DAY1);
    const callbackAt = '2026-03-10T15:00:00-04:00';
    const saved = await saveWrapUp(db, { callId: call.id, disposition: { id: code, callbackAt } }, RENAMED, {
      now: DAY1 + 60_000,
    });
    expect(saved.ok).toBe(true);
    const [attempt] = await attemptsForCompliance(db, ACCOUNT, 0, usPack);
    expect(attempt?.requestedCallbackAt).toBe(consent ? Date.parse(callbackAt) : undefined);
    if (consent) {
      // The callback at the chosen time is allowed by 7-in-7 when the rule grants the exemption.
      const exempt = { ...usPack, rules: [{ ...US_FREQ, consentExempt: true }] };
      const verdicts = await guardNow(db, exempt, context, null, Date.parse(callbackAt));
      expect(verdicts[0]?.level).toBe('ok');
      const strict = await guardNow(db, usPack, context, null, Date.parse(callbackAt));
      expect(strict[0]?.level).toBe('block');
    }
  });
});

describe('§8 a supervisor override is stored with the supervisor id', () => {
  it('keeps the supervisor and the reason on the call, and the row still parses', async () => {
    const db = await freshDb();
    const call = await begin(db, DAY1);
    const blocks = [{ ruleId: 'us-7in7', override: 'supervisor' as const }];
    const result = await updateCall(db, call.id, (c) =>
      overrideBlocks(
        c,
        blocks,
        { reason: 'Debtor called in and asked us to ring back', supervisorId: 'SUP-042' },
        DAY1,
      ),
    );
    expect(result.ok).toBe(true);
    const [read] = readCalls(db, await db.calls.toArray());
    expect(read?.overrides).toEqual([
      {
        kind: 'rule',
        ruleId: 'us-7in7',
        reason: 'Debtor called in and asked us to ring back',
        supervisorId: 'SUP-042',
        at: DAY1,
      },
    ]);
  });
});

describe('§9 wrap-up after skipping the script owes the outcome’s items', () => {
  it.each([
    ['owed item not ticked', false, false, false],
    ['owed item ticked', true, false, true],
    ['not ticked, checklist override given', false, true, true],
  ] as const)('%s', async (_name, ticked, overridden, ok) => {
    const db = await freshDb();
    const call = await begin(db, DAY1);
    await updateCall(db, call.id, (c) => ({
      ...c,
      ...(ticked ? { checklist: { readback: { at: DAY1, by: 'hand' as const } } } : {}),
      ...(overridden
        ? { overrides: [{ kind: 'checklist' as const, reason: 'line dropped', at: DAY1 }] }
        : {}),
    }));
    const saved = await saveWrapUp(
      db,
      { callId: call.id, disposition: { id: 'RPC-PROMISE' }, promise: { amount: 100, date: '2026-03-20' } },
      RENAMED,
      { now: DAY1 + 60_000 },
    );
    expect(saved.ok).toBe(ok);
    if (!saved.ok) expect(saved.message.en).toContain('owes 1 checklist item');
  });
});
