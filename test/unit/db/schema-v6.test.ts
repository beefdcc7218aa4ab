import { Dexie } from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callRecordSchema, noteRecordSchema, searchMissRecordSchema } from '../../../lib/db/records';
import { CURRENT_VERSION, openDb, STORES_V4 } from '../../../lib/db/schema';
import { CURRENT_DRAFT, legacyDraftItem, loadDraft, saveDraft } from '../../../lib/studio/draft-store';
import v4 from '../../fixtures/db/v4.json';
import { closeAll, freshDb } from './helpers';

afterEach(closeAll);
beforeEach(() => fakeBrowser.reset());

/** Writes the frozen v4 rows with a definition that knows only version 4, as issue 16 left it. */
async function writeV4(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(4).stores(STORES_V4);
  await old.table('packs').bulkAdd(v4.packs);
  await old.table('calls').bulkAdd(v4.calls);
  await old.table('notes').bulkAdd(v4.notes);
  await old.table('drafts').bulkAdd(v4.drafts);
  await old.table('searchMisses').bulkAdd(v4.searchMisses);
  expect(old.verno).toBe(4);
  old.close();
}

const draft = { text: '{"format":"call-assist/pack@1"}', baseText: '', origin: 'pasted', updatedAt: 5 };

describe('database version 6 (issue 17: Studio drafts)', () => {
  it('upgrades a v4 database: every row intact, an empty studio-draft table', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    await writeV4(name);
    const db = await openDb(name);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(6);
    expect(await db.packs.toArray()).toEqual(v4.packs);
    for (const call of v4.calls) expect(callRecordSchema.parse(await db.calls.get(call.id))).toEqual(call);
    for (const note of v4.notes) expect(noteRecordSchema.parse(await db.notes.get(note.id))).toEqual(note);
    expect(await db.drafts.toArray()).toEqual(v4.drafts);
    for (const miss of v4.searchMisses)
      expect(searchMissRecordSchema.parse(await db.searchMisses.get(miss.id))).toEqual(miss);
    expect(await db.studioDrafts.count()).toBe(0);
    db.close();
  });

  it('saves and reads the draft back', async () => {
    const db = await freshDb();
    expect(await loadDraft(db)).toEqual({ ok: true, draft: null });
    expect(await saveDraft(db, draft)).toEqual({ ok: true });
    expect(await loadDraft(db)).toEqual({ ok: true, draft });
  });

  it('moves a storage.local draft of the first slice into the table once', async () => {
    const db = await freshDb();
    await legacyDraftItem.setValue(draft);
    expect(await loadDraft(db)).toEqual({ ok: true, draft });
    expect(await legacyDraftItem.getValue()).toBeNull();
    expect(await db.studioDrafts.get(CURRENT_DRAFT)).toEqual({ ...draft, id: CURRENT_DRAFT });
    // A later save wins over nothing left behind in storage.local.
    await saveDraft(db, { ...draft, text: 'newer' });
    expect(await loadDraft(db)).toMatchObject({ ok: true, draft: { text: 'newer' } });
  });

  it('reports a failed write or read as a message, never a throw', async () => {
    const db = await freshDb();
    db.close();
    const saved = await saveDraft(db, draft);
    expect(saved.ok).toBe(false);
    const loaded = await loadDraft(db);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message.en).toMatch(/closed/);
  });
});
