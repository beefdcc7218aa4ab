import { z } from 'zod';
import {
  UNSAVED_MAX_AGE_MS,
  UNSAVED_MAX_ENTRIES,
  unsavedKey,
  unsavedValue,
  withUnsaved,
} from '@/lib/unsaved/inputs';

const querySchema = z.object({ query: z.string() });
const key = unsavedKey('CC1', 'objections');

describe('half-done inputs kept for a reloaded panel (live-call walk 10)', () => {
  it('gives back what was kept for the same call only', () => {
    const store = withUnsaved({}, key, { callId: 'call-1', at: 1_000, value: { query: '没钱' } });
    expect(unsavedValue(store, key, 'call-1', querySchema)).toEqual({ query: '没钱' });
    expect(unsavedValue(store, key, 'call-2', querySchema)).toBeUndefined();
    expect(unsavedValue(store, unsavedKey('CC2', 'objections'), 'call-1', querySchema)).toBeUndefined();
  });

  it('masks every text before keeping it, like a note', () => {
    const store = withUnsaved({}, key, {
      callId: 'c',
      at: 0,
      value: { query: '身份证 110101199003074578', nested: ['13800138000'] },
    });
    const kept = JSON.stringify(store);
    expect(kept).not.toContain('110101199003074578');
    expect(kept).not.toContain('13800138000');
  });

  it('refuses a kept value of another shape', () => {
    const store = withUnsaved({}, key, { callId: 'c', at: 0, value: { query: 42 } });
    expect(unsavedValue(store, key, 'c', querySchema)).toBeUndefined();
  });

  it('drops entries older than a shift and beyond the newest few', () => {
    let store = withUnsaved({}, 'old', { callId: 'c', at: 0, value: {} });
    store = withUnsaved(store, 'new', { callId: 'c', at: UNSAVED_MAX_AGE_MS, value: {} });
    expect(Object.keys(store)).toEqual(['new']);
    for (let i = 0; i < UNSAVED_MAX_ENTRIES + 5; i++) {
      store = withUnsaved(store, `k${i}`, { callId: 'c', at: UNSAVED_MAX_AGE_MS + i, value: {} });
    }
    expect(Object.keys(store)).toHaveLength(UNSAVED_MAX_ENTRIES);
    expect(store[`k${UNSAVED_MAX_ENTRIES + 4}`]).toBeDefined();
    expect(store.k0).toBeUndefined();
  });
});
