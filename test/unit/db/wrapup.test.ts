import { startCall } from '../../../lib/db/calls';
import { loadDraft, saveDraft } from '../../../lib/db/notes';
import { saveWrapUp, type WrapUpInput, wrapUpProblems } from '../../../lib/db/wrapup';
import { closeAll, DISPOSITIONS, freshDb, NOW, start, TZ } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  closeAll();
});

const options = { now: NOW, timeZone: TZ };

async function openCall() {
  const db = await freshDb();
  const result = await startCall(db, { ...start, startedAt: NOW - 300_000 });
  if (!result.ok) throw new Error('start');
  await saveDraft(db, start.accountKey, '客户承诺 3 月 15 日还款');
  return { db, call: result.call };
}

describe('wrap-up requirements', () => {
  const fields = (input: Omit<WrapUpInput, 'callId'>) =>
    wrapUpProblems({ callId: 'c', ...input }, DISPOSITIONS, options).map((problem) => problem.field);

  it('a disposition must come from the pack’s list', () => {
    expect(fields({ disposition: { id: 'LOL' } })).toEqual(['disposition']);
    expect(fields({ disposition: { id: 'NA' } })).toEqual([]);
  });

  it('a promise to pay needs an amount and a date, today or later', () => {
    expect(fields({ disposition: { id: 'PTP' } })).toEqual(['amount', 'date']);
    expect(fields({ disposition: { id: 'PTP' }, promise: { amount: 0, date: '2026-03-15' } })).toEqual([
      'amount',
    ]);
    expect(fields({ disposition: { id: 'PTP' }, promise: { amount: 10.5, date: '2026-03-15' } })).toEqual([
      'amount',
    ]);
    expect(fields({ disposition: { id: 'PTP' }, promise: { amount: 50_000, date: '2026-03-09' } })).toEqual([
      'date',
    ]);
    expect(fields({ disposition: { id: 'PTP' }, promise: { amount: 50_000, date: '2026-02-30' } })).toEqual([
      'date',
    ]);
    expect(fields({ disposition: { id: 'PTP' }, promise: { amount: 50_000, date: '2026-03-10' } })).toEqual(
      [],
    );
  });

  it('a callback needs a time in the future; a refusal needs a reason', () => {
    expect(fields({ disposition: { id: 'CB' } })).toEqual(['callbackAt']);
    expect(fields({ disposition: { id: 'CB', callbackAt: 'tomorrow' } })).toEqual(['callbackAt']);
    expect(fields({ disposition: { id: 'CB', callbackAt: '2026-03-10T09:00:00+08:00' } })).toEqual([
      'callbackAt',
    ]);
    expect(fields({ disposition: { id: 'CB', callbackAt: '2026-03-11T09:00:00+08:00' } })).toEqual([]);
    expect(fields({ disposition: { id: 'RTP', reason: '  ' } })).toEqual(['reason']);
    expect(fields({ disposition: { id: 'RTP', reason: '说没有欠款' } })).toEqual([]);
  });

  it('every problem carries a message in both languages', () => {
    for (const problem of wrapUpProblems(
      { callId: 'c', disposition: { id: 'PTP' } },
      DISPOSITIONS,
      options,
    )) {
      expect(problem.message.zh).not.toBe('');
      expect(problem.message.en).not.toBe('');
    }
  });
});

describe('saveWrapUp', () => {
  it('writes outcome, promise, plan and note, ends the call and clears the draft', async () => {
    const { db, call } = await openCall();
    const plan = {
      type: 'instalmentFlat',
      summary: '6 期',
      schedule: [{ date: '2026-04-15', amount: 20_000 }],
    };
    const result = await saveWrapUp(
      db,
      {
        callId: call.id,
        disposition: { id: 'PTP' },
        promise: { amount: 123_450, date: '2026-03-15' },
        plan,
        noteText: '客户承诺 3 月 15 日还款，手机 13800138000',
      },
      DISPOSITIONS,
      options,
    );
    expect(result).toMatchObject({ ok: true, masked: [{ kind: 'phone', count: 1 }] });
    const stored = await db.calls.get(call.id);
    expect(stored).toMatchObject({
      endedAt: NOW,
      disposition: { id: 'PTP', at: NOW },
      promise: { amount: 123_450, date: '2026-03-15' },
      plan,
      answered: true,
      conversation: true,
    });
    const notes = await db.notes.toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ callId: call.id, text: '客户承诺 3 月 15 日还款，手机 *******8000' });
    expect(await loadDraft(db, start.accountKey)).toBeUndefined();
  });

  it('records an unanswered attempt for NA and masks a reason', async () => {
    const { db, call } = await openCall();
    const na = await saveWrapUp(db, { callId: call.id, disposition: { id: 'NA' } }, DISPOSITIONS, options);
    expect(na.ok && { answered: na.call.answered, conversation: na.call.conversation }).toEqual({
      answered: false,
      conversation: false,
    });
    const second = await startCall(db, { ...start, startedAt: NOW });
    if (!second.ok) throw new Error('start');
    const rtp = await saveWrapUp(
      db,
      { callId: second.call.id, disposition: { id: 'RTP', reason: '说卡 6225881234521234 不是他的' } },
      DISPOSITIONS,
      options,
    );
    expect(rtp.ok && rtp.call.disposition?.reason).toBe('说卡 622588******1234 不是他的');
  });

  it('refuses a wrap-up missing a required field, with a reason, and writes nothing', async () => {
    const { db, call } = await openCall();
    const result = await saveWrapUp(
      db,
      { callId: call.id, disposition: { id: 'PTP' }, noteText: '备注' },
      DISPOSITIONS,
      options,
    );
    expect(result).toEqual({
      ok: false,
      message: expect.objectContaining({ zh: expect.stringContaining('金额') }),
    });
    expect(await db.calls.get(call.id)).toEqual(call);
    expect(await db.notes.count()).toBe(0);
    expect(await loadDraft(db, start.accountKey)).toBeDefined();
  });

  it('is one transaction: a failing note write leaves the call open and the draft in place', async () => {
    const { db, call } = await openCall();
    vi.spyOn(db.notes, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const result = await saveWrapUp(
      db,
      {
        callId: call.id,
        disposition: { id: 'PTP' },
        promise: { amount: 1_000, date: '2026-03-15' },
        noteText: '备注',
      },
      DISPOSITIONS,
      options,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.en).toMatch(/storage is full/);
    const stored = await db.calls.get(call.id);
    expect(stored).toEqual(call);
    expect(stored?.disposition).toBeUndefined();
    expect(stored?.endedAt).toBeUndefined();
    expect(await loadDraft(db, start.accountKey)).toBeDefined();
  });

  it('a failing draft delete rolls back the call and the note too', async () => {
    const { db, call } = await openCall();
    vi.spyOn(db.drafts, 'delete').mockRejectedValue(new Error('boom'));
    const result = await saveWrapUp(
      db,
      { callId: call.id, disposition: { id: 'NA' }, noteText: '无人接听' },
      DISPOSITIONS,
      options,
    );
    expect(result.ok).toBe(false);
    expect(await db.calls.get(call.id)).toEqual(call);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses to save a second outcome or an unknown call', async () => {
    const { db, call } = await openCall();
    expect(
      (await saveWrapUp(db, { callId: call.id, disposition: { id: 'NA' } }, DISPOSITIONS, options)).ok,
    ).toBe(true);
    const again = await saveWrapUp(db, { callId: call.id, disposition: { id: 'VM' } }, DISPOSITIONS, options);
    expect(!again.ok && again.message.en).toMatch(/already/);
    const missing = await saveWrapUp(
      db,
      { callId: 'nope', disposition: { id: 'NA' } },
      DISPOSITIONS,
      options,
    );
    expect(!missing.ok && missing.message.en).toMatch(/not found/);
  });
});

describe('a call stopped by a collection stop (stop12)', () => {
  const stop = { flag: 'ATTY', crisis: false, text: '已委托律师：只与律师联系', label: '已委托律师' };
  const stopped = { ...options, stop };

  it('refuses a promise-to-pay outcome, an amount or a plan, naming the flag by its label', () => {
    const ptp = { callId: 'c', disposition: { id: 'PTP' }, promise: { amount: 100, date: '2026-03-15' } };
    const [problem] = wrapUpProblems(ptp, DISPOSITIONS, stopped);
    expect(problem?.field).toBe('disposition');
    expect(problem?.message.zh).toContain('已委托律师');
    expect(problem?.message.zh).not.toContain('ATTY');
    expect(wrapUpProblems(ptp, DISPOSITIONS, options)).toEqual([]);
    // Any outcome carrying a promise or a plan, whatever its code.
    const plan = { type: 't', summary: 's', schedule: [] };
    expect(
      wrapUpProblems({ callId: 'c', disposition: { id: 'NA' }, plan }, DISPOSITIONS, stopped),
    ).toHaveLength(1);
    // Without a label the reason names it; the crisis with no words of the pack still refuses.
    const unnamed = { flag: 'crisis', crisis: true, text: null, label: null };
    expect(wrapUpProblems(ptp, DISPOSITIONS, { ...options, stop: unnamed })[0]?.message.en).toContain(
      'Collection has stopped',
    );
  });

  it('saves the other outcomes and the note; refuses a PTP in the writer itself', async () => {
    const { db, call } = await openCall();
    const refused = await saveWrapUp(
      db,
      { callId: call.id, disposition: { id: 'PTP' }, promise: { amount: 100, date: '2026-03-15' } },
      DISPOSITIONS,
      stopped,
    );
    expect(refused.ok).toBe(false);
    expect((await db.calls.get(call.id))?.disposition).toBeUndefined();
    const na = await saveWrapUp(
      db,
      { callId: call.id, disposition: { id: 'NA' }, noteText: '客户称已委托律师' },
      DISPOSITIONS,
      stopped,
    );
    expect(na.ok).toBe(true);
    expect((await db.calls.get(call.id))?.disposition?.id).toBe('NA');
    expect(await db.notes.count()).toBe(1);
  });
});
