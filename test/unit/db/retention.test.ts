import { saveDraft, saveNote } from '../../../lib/db/notes';
import { purgeExpired, retentionOf } from '../../../lib/db/retention';
import type { Rule } from '../../../lib/pack/schema';
import { callRow, closeAll, freshDb } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  closeAll();
});

const DAY = 86_400_000;
const NOW = 1_000 * DAY;

describe('retention', () => {
  it('deletes notes, calls and stale drafts older than their days, and counts them', async () => {
    const db = await freshDb();
    await db.calls.bulkAdd([
      callRow({ id: 'call-old', startedAt: NOW - 800 * DAY }),
      callRow({ id: 'call-edge', startedAt: NOW - 730 * DAY }),
      callRow({ id: 'call-new', startedAt: NOW - 10 * DAY }),
    ]);
    await saveNote(db, { accountKey: 'A', text: 'old' }, NOW - 400 * DAY);
    await saveNote(db, { accountKey: 'A', text: 'kept' }, NOW - 300 * DAY);
    await saveDraft(db, 'A', 'abandoned draft', NOW - 500 * DAY);
    await saveDraft(db, 'B', 'fresh draft', NOW - DAY);

    const result = await purgeExpired(db, { notesDays: 365, callsDays: 730 }, NOW);
    expect(result).toEqual({ ok: true, deleted: { calls: 1, notes: 1, drafts: 1 } });
    expect((await db.calls.toCollection().primaryKeys()).sort()).toEqual(['call-edge', 'call-new']);
    expect((await db.notes.toArray()).map((note) => note.text)).toEqual(['kept']);
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['B']);

    expect(await purgeExpired(db, { notesDays: 365, callsDays: 730 }, NOW)).toEqual({
      ok: true,
      deleted: { calls: 0, notes: 0, drafts: 0 },
    });
  });

  it('reports a failed purge instead of throwing', async () => {
    const db = await freshDb();
    db.close();
    const result = await purgeExpired(db, { notesDays: 1, callsDays: 1 }, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.en).toMatch(/closed/);
  });

  it('takes the days from the pack’s retention rule (the shortest if several)', () => {
    const base = { title: 't', source: 's', severity: 'warn' as const };
    const rules: Rule[] = [
      { ...base, id: 'window', type: 'callWindow', start: '08:00', end: '22:00' },
      { ...base, id: 'keep', type: 'retention', notesDays: 730, callsDays: 1095 },
      { ...base, id: 'keep-2', type: 'retention', notesDays: 900, callsDays: 365 },
    ];
    expect(retentionOf(rules)).toEqual({ notesDays: 730, callsDays: 365 });
    expect(retentionOf([])).toBeUndefined();
  });
});
