import { exportMisses, MAX_MISSES, missReason, recordMiss } from '../../../lib/objections/misses';
import type { ObjectionResult } from '../../../lib/objections/search';
import { closeAll, freshDb } from '../db/helpers';
import { objection } from './fixtures';

afterEach(closeAll);

const result = (kind: NonNullable<ObjectionResult['match']>['kind']): ObjectionResult => ({
  objection: objection('x'),
  score: 1,
  match: { field: 'trigger', kind, text: 'x' },
});

describe('search-miss log (issue 11 §3)', () => {
  it('calls nothing found "none", only weak matches "weak", a real match no miss', () => {
    expect(missReason([])).toBe('none');
    expect(missReason([result('overlap')])).toBe('weak');
    expect(missReason([result('fuzzy'), result('exact')])).toBe('weak');
    expect(missReason([result('said')])).toBeNull();
    expect(missReason([result('prefix')])).toBeNull();
  });

  it('stores the query masked like a note, with the phase and the card opened', async () => {
    const db = await freshDb();
    await recordMiss(db, {
      query: '我卡号 6225881234521234 没钱',
      reason: 'weak',
      phase: 'negotiate',
      openedId: 'no-money',
    });
    const [row] = await db.searchMisses.toArray();
    expect(row?.query).not.toContain('6225881234521234');
    expect(row?.query).toContain('没钱');
    expect(row).toMatchObject({ reason: 'weak', phase: 'negotiate', openedId: 'no-money' });
  });

  it('keeps at most MAX_MISSES, dropping the oldest', async () => {
    const db = await freshDb();
    await db.searchMisses.bulkAdd(
      Array.from({ length: MAX_MISSES }, (_, i) => ({
        id: `m${i}`,
        at: i,
        query: 'q',
        reason: 'none' as const,
      })),
    );
    await recordMiss(db, { query: '新的', reason: 'none' }, MAX_MISSES + 1);
    expect(await db.searchMisses.count()).toBe(MAX_MISSES);
    expect(await db.searchMisses.get('m0')).toBeUndefined();
  });

  it('exports a PII-free file: masked query, date only, no ids of accounts or calls, bad rows left out', async () => {
    const db = await freshDb();
    await recordMiss(
      db,
      { query: '他手机 13812345678 说不想还', reason: 'none', phase: 'understand' },
      Date.UTC(2026, 10, 30, 15, 4),
    );
    await db.searchMisses.add({ id: 'bad', at: -1, query: 'x', reason: 'none' });
    const file = await exportMisses(db);
    expect(file.count).toBe(1);
    expect(file.misses[0]).toEqual({
      date: '2026-11-30',
      query: expect.any(String),
      reason: 'none',
      phase: 'understand',
    });
    const text = JSON.stringify(file);
    expect(text).not.toContain('13812345678');
    expect(text).not.toMatch(/accountKey|callId|agent/);
  });
});
