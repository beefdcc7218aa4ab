import {
  attemptsForCompliance,
  callsForAccount,
  currentCall,
  endCall,
  startCall,
  updateCall,
} from '../../../lib/db/calls';
import { callRow, closeAll, freshDb, start } from './helpers';

afterEach(closeAll);

async function started(
  db: Awaited<ReturnType<typeof freshDb>>,
  startedAt: number,
  accountKey = start.accountKey,
) {
  const result = await startCall(db, { ...start, accountKey, startedAt });
  if (!result.ok) throw new Error(result.message.en);
  return result.call;
}

describe('calls', () => {
  it('starts a call with empty progress and finds it as the call in progress', async () => {
    const db = await freshDb();
    const call = await started(db, 1_000);
    expect(call).toMatchObject({
      accountKey: 'CC20240001',
      startedAt: 1_000,
      stages: [],
      checklist: {},
      answered: false,
      conversation: false,
    });
    expect(call.endedAt).toBeUndefined();
    expect(await currentCall(db, 'CC20240001')).toEqual(call);
    expect(await currentCall(db, 'CC-other')).toBeUndefined();
  });

  it('ends a call left open when the account starts a new one, so one call is in progress', async () => {
    const db = await freshDb();
    const first = await started(db, 1_000);
    const other = await started(db, 1_500, 'CC20240002');
    const second = await started(db, 2_000);
    expect((await db.calls.get(first.id))?.endedAt).toBe(2_000);
    expect((await db.calls.get(other.id))?.endedAt).toBeUndefined();
    expect((await currentCall(db, 'CC20240001'))?.id).toBe(second.id);
  });

  it('updates a call with a function, and two quick updates both land', async () => {
    const db = await freshDb();
    const call = await started(db, 1_000);
    const tick = (itemId: string, at: number) =>
      updateCall(db, call.id, (current) => ({
        ...current,
        checklist: { ...current.checklist, [itemId]: { at, by: 'hand' as const } },
      }));
    const results = await Promise.all([tick('identity', 1_100), tick('recording', 1_200)]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(Object.keys((await db.calls.get(call.id))?.checklist ?? {}).sort()).toEqual([
      'identity',
      'recording',
    ]);

    const mutated = await updateCall(db, call.id, (current) => {
      current.stages.push({ stageId: 'identify', at: 1_300 });
      return undefined;
    });
    expect(mutated.ok && mutated.call.stages).toEqual([{ stageId: 'identify', at: 1_300 }]);
  });

  it('refuses to update a call that does not exist, with a message', async () => {
    const db = await freshDb();
    const result = await updateCall(db, 'missing', (call) => call);
    expect(result).toEqual({
      ok: false,
      message: expect.objectContaining({ en: expect.stringMatching(/not found/) }),
    });
  });

  it('ends a call once', async () => {
    const db = await freshDb();
    const call = await started(db, 1_000);
    await endCall(db, call.id, 5_000);
    await endCall(db, call.id, 9_000);
    expect((await db.calls.get(call.id))?.endedAt).toBe(5_000);
    expect(await currentCall(db, 'CC20240001')).toBeUndefined();
  });

  it('lists an account’s calls newest first, with a limit, through the compound index', async () => {
    const db = await freshDb();
    await db.calls.bulkAdd([
      callRow({ id: 'a', startedAt: 3_000 }),
      callRow({ id: 'b', startedAt: 1_000 }),
      callRow({ id: 'c', startedAt: 2_000 }),
      callRow({ id: 'x', startedAt: 2_500, accountKey: 'CC20240002' }),
    ]);
    expect((await callsForAccount(db, 'CC20240001')).map((call) => call.id)).toEqual(['a', 'c', 'b']);
    expect((await callsForAccount(db, 'CC20240001', { limit: 2 })).map((call) => call.id)).toEqual([
      'a',
      'c',
    ]);
  });

  it('skips and reports a row that does not parse', async () => {
    const db = await freshDb();
    const seen: string[] = [];
    db.badRowListeners.add((row) => seen.push(`${row.table}:${row.key}`));
    await db.calls.bulkAdd([
      callRow({ id: 'good', startedAt: 1_000 }),
      { ...callRow({ id: 'bad', startedAt: 2_000 }), stages: 'oops' } as never,
    ]);
    expect((await callsForAccount(db, 'CC20240001')).map((call) => call.id)).toEqual(['good']);
    expect(seen).toEqual(['calls:bad']);
    expect(db.badRows[0]?.issue).toMatch(/stages/);
  });

  it('gives the compliance rules the attempts since a time', async () => {
    const db = await freshDb();
    await db.calls.bulkAdd([
      callRow({ id: 'old', startedAt: 500, phone: '*******8000' }),
      callRow({ id: 'na', startedAt: 1_000, phone: '*******8000', answered: false, conversation: false }),
      callRow({ id: 'talk', startedAt: 2_000 }),
      callRow({ id: 'other', startedAt: 1_500, accountKey: 'CC20240002' }),
    ]);
    // Rows without a keyed hash count by account: no phone on the attempt.
    expect(await attemptsForCompliance(db, 'CC20240001', 1_000)).toEqual([
      { callId: 'na', at: 1_000, accountKey: 'CC20240001', answered: false, conversation: false },
      { callId: 'talk', at: 2_000, accountKey: 'CC20240001', answered: true, conversation: true },
    ]);
  });

  it('keeps the phone only masked and as a keyed hash, and still tells lines apart (issue 16 §5)', async () => {
    const db = await freshDb();
    const first = await startCall(db, { ...start, phone: '+86 138-0013-8000', startedAt: 1_000 });
    const second = await startCall(db, { ...start, phone: '13900139000', startedAt: 2_000 });
    if (!first.ok || !second.ok) throw new Error('start');
    const stored = await db.calls.toArray();
    expect(JSON.stringify(stored)).not.toMatch(/13800138000|138-0013-8000|13900139000/);
    expect(stored.map((call) => call.phone).sort()).toEqual(['*******9000', '+** ***-****-8000']);
    expect(stored.every((call) => /^[0-9a-f]{64}$/.test(call.phoneKey ?? ''))).toBe(true);
    // The same line written another way is the same attempt line; the other number is not.
    const attempts = await attemptsForCompliance(db, 'CC20240001', 0, undefined, '138 0013 8000');
    expect(attempts.map((attempt) => attempt.phone)).toEqual(['138 0013 8000', '*******9000']);
  });
});

describe('rule overrides with the flags they saw (stop12)', () => {
  it('keeps the flags of a new override and still reads an override stored without them', async () => {
    const db = await freshDb();
    const call = await started(db, 1_000);
    const old = {
      kind: 'rule' as const,
      ruleId: 'flags',
      reason: '主管已核对律师函件并同意本次联系',
      at: 1_100,
    };
    // An older row, written before overrides kept their flags.
    await db.calls.put({ ...call, overrides: [old] });
    expect((await currentCall(db, call.accountKey))?.overrides).toEqual([old]);
    const saw = await updateCall(db, call.id, (c) => ({
      ...c,
      overrides: [...c.overrides, { ...old, at: 1_200, flags: ['complaint', '律师函'] }],
    }));
    expect(saw.ok).toBe(true);
    expect((await currentCall(db, call.accountKey))?.overrides.at(-1)?.flags).toEqual([
      'complaint',
      '律师函',
    ]);
  });
});
