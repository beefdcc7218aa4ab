import { Dexie } from 'dexie';
import { callRecordSchema, draftRecordSchema, noteRecordSchema } from '../../../lib/db/records';
import { CURRENT_VERSION, openDb, STORES_V2 } from '../../../lib/db/schema';
import { maskedPhone } from '../../../lib/privacy/phone-display';
import v2 from '../../fixtures/db/v2-for-v3.json';
import { closeAll } from './helpers';

afterEach(closeAll);

/** Writes the frozen v2 rows with a definition that knows only versions 1–2, as issue 7 did. */
async function writeV2(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(2).stores(STORES_V2);
  await old.table('packs').bulkAdd(v2.packs);
  await old.table('calls').bulkAdd(v2.calls);
  await old.table('notes').bulkAdd(v2.notes);
  await old.table('drafts').bulkAdd(v2.drafts);
  expect(old.verno).toBe(2);
  old.close();
}

describe('database version 3 (issue 11: search misses)', () => {
  it('is the current version and has the search-miss table', async () => {
    const db = await openDb(`v3-${crypto.randomUUID()}`);
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(3);
    expect(db.searchMisses.schema.idxByName.at).toBeDefined();
    db.close();
  });

  it('upgrades a v2 database: every row intact (the phone masked by v4), an empty search-miss table', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    await writeV2(name);
    const db = await openDb(name);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.packs.count()).toBe(v2.packs.length);
    for (const call of v2.calls) {
      const upgraded = await db.calls.get(call.id);
      // Version 4 (issue 16 §5) keeps a call's phone only masked; nothing else changes.
      expect(upgraded).toEqual(call.phone === undefined ? call : { ...call, phone: maskedPhone(call.phone) });
      expect(callRecordSchema.parse(upgraded)).toEqual(upgraded);
    }
    for (const note of v2.notes) expect(noteRecordSchema.parse(await db.notes.get(note.id))).toEqual(note);
    for (const draft of v2.drafts)
      expect(draftRecordSchema.parse(await db.drafts.get(draft.accountKey))).toEqual(draft);
    expect(await db.searchMisses.count()).toBe(0);
    db.close();
  });
});
