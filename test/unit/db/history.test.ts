import { accountHistory, paidDispositionIds, promiseStatusOf, searchNotes } from '../../../lib/db/history';
import { saveNote } from '../../../lib/db/notes';
import { callRow, closeAll, DISPOSITIONS, freshDb, NOW, TZ } from './helpers';

const PAID_OPTS = { timeZone: TZ, paidDispositions: paidDispositionIds(DISPOSITIONS) };

afterEach(closeAll);

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}+08:00`);

describe('promise status', () => {
  const ptp = callRow({
    id: 'ptp',
    startedAt: at('2026-03-01T10:00:00'),
    promise: { amount: 50_000, date: '2026-03-05' },
    disposition: { id: 'PTP', at: at('2026-03-01T10:05:00') },
  });
  const paidOn = (iso: string, id = 'PAID') =>
    callRow({ id: `paid-${iso}`, startedAt: at(iso), disposition: { id, at: at(iso) } });

  it('is kept when a later call records a payment on or before the promise date', () => {
    expect(promiseStatusOf(ptp, [paidOn('2026-03-05T23:30:00')], NOW, PAID_OPTS)).toBe('kept');
    expect(promiseStatusOf(ptp, [paidOn('2026-03-04T09:00:00', 'PART')], NOW, PAID_OPTS)).toBe('kept');
  });

  it('is broken when the date passed without a payment, or the payment came late', () => {
    expect(promiseStatusOf(ptp, [], NOW, { timeZone: TZ })).toBe('broken');
    expect(promiseStatusOf(ptp, [paidOn('2026-03-06T08:00:00')], NOW, PAID_OPTS)).toBe('broken');
    // Without the pack's paid dispositions nothing counts as a payment: no code knows PAID (issue 12 §1).
    expect(promiseStatusOf(ptp, [paidOn('2026-03-05T23:30:00')], NOW, { timeZone: TZ })).toBe('broken');
    expect(promiseStatusOf(ptp, [paidOn('2026-03-03T08:00:00', 'CB')], NOW, PAID_OPTS)).toBe('broken');
  });

  it('is pending until the end of the promise date in the agent’s time zone', () => {
    expect(promiseStatusOf(ptp, [], at('2026-03-05T23:59:00'), { timeZone: TZ })).toBe('pending');
    expect(promiseStatusOf(ptp, [], at('2026-03-06T00:00:00'), { timeZone: TZ })).toBe('broken');
  });

  it('has no status without a promise, and uses the pack’s paid dispositions', () => {
    expect(promiseStatusOf(callRow({ id: 'x', startedAt: 1 }), [], NOW)).toBeNull();
    expect(paidDispositionIds(DISPOSITIONS)).toEqual(['PAID', 'PART']);
    const custom = paidOn('2026-03-04T09:00:00', 'PAY-BANK');
    expect(promiseStatusOf(ptp, [custom], NOW, { timeZone: TZ, paidDispositions: ['PAY-BANK'] })).toBe(
      'kept',
    );
  });
});

describe('accountHistory', () => {
  it('gives the account’s calls newest first with notes and promise status', async () => {
    const db = await freshDb();
    await db.calls.bulkAdd([
      callRow({
        id: 'jan-ptp',
        startedAt: at('2026-01-10T10:00:00'),
        promise: { amount: 10_000, date: '2026-01-20' },
        disposition: { id: 'PTP', at: at('2026-01-10T10:05:00') },
      }),
      callRow({
        id: 'feb-ptp',
        startedAt: at('2026-02-10T10:00:00'),
        promise: { amount: 20_000, date: '2026-02-20' },
        disposition: { id: 'PTP', at: at('2026-02-10T10:05:00') },
      }),
      callRow({
        id: 'feb-paid',
        startedAt: at('2026-02-18T10:00:00'),
        disposition: { id: 'PAID', at: at('2026-02-18T10:03:00') },
      }),
      callRow({
        id: 'mar-ptp',
        startedAt: at('2026-03-09T10:00:00'),
        promise: { amount: 30_000, date: '2026-03-20' },
        disposition: { id: 'PTP', at: at('2026-03-09T10:05:00') },
      }),
      callRow({ id: 'other-account', accountKey: 'CC20240002', startedAt: at('2026-03-01T10:00:00') }),
    ]);
    await saveNote(
      db,
      { accountKey: 'CC20240001', callId: 'feb-ptp', text: '二月承诺' },
      at('2026-02-10T10:06:00'),
    );
    await saveNote(
      db,
      { accountKey: 'CC20240001', callId: 'feb-ptp', text: '补充' },
      at('2026-02-10T10:07:00'),
    );
    await saveNote(db, { accountKey: 'CC20240001', text: '客户来电询问' }, at('2026-02-25T09:00:00'));

    const history = await accountHistory(db, 'CC20240001', NOW, PAID_OPTS);
    expect(history.map((entry) => [entry.call?.id ?? 'note', entry.promiseStatus])).toEqual([
      ['mar-ptp', 'pending'],
      ['note', null],
      ['feb-paid', null],
      ['feb-ptp', 'kept'],
      ['jan-ptp', 'broken'],
    ]);
    expect(history[3]?.notes.map((note) => note.text)).toEqual(['二月承诺', '补充']);
    expect(history[1]?.notes[0]?.text).toBe('客户来电询问');

    const limited = await accountHistory(db, 'CC20240001', NOW, { timeZone: TZ, limit: 2 });
    // The two newest calls, and the loose note between them; older notes wait for "show more".
    expect(limited.map((entry) => entry.call?.id ?? 'note')).toEqual(['mar-ptp', 'note', 'feb-paid']);
    expect(limited.flatMap((entry) => entry.notes.map((note) => note.text))).toEqual(['客户来电询问']);
  });

  it('is empty for an account without calls or notes', async () => {
    const db = await freshDb();
    expect(await accountHistory(db, 'nobody', NOW + DAY)).toEqual([]);
  });
});

describe('searchNotes', () => {
  it('finds notes holding every word, case-insensitive, newest first', async () => {
    const db = await freshDb();
    await saveNote(db, { accountKey: 'A1', text: '客户失业，下月发工资再还' }, 1_000);
    await saveNote(db, { accountKey: 'A2', text: 'Customer lost his JOB, will pay next month' }, 2_000);
    await saveNote(db, { accountKey: 'A1', text: '客户承诺下月还款' }, 3_000);
    expect((await searchNotes(db, '下月')).map((note) => note.createdAt)).toEqual([3_000, 1_000]);
    expect((await searchNotes(db, 'job next')).map((note) => note.accountKey)).toEqual(['A2']);
    expect((await searchNotes(db, '下月 失业')).map((note) => note.createdAt)).toEqual([1_000]);
    expect(
      (await searchNotes(db, '下月', { accountKey: 'A1', limit: 1 })).map((note) => note.createdAt),
    ).toEqual([3_000]);
    expect(await searchNotes(db, '   ')).toEqual([]);
    expect(await searchNotes(db, '投诉')).toEqual([]);
  });
});
