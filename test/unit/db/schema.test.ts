import { Dexie } from 'dexie';
import { callRecordSchema, packRowSchema } from '../../../lib/db/records';
import { type CallRecordV1, CURRENT_VERSION, openDb, STORES_V1, upgradeCallV1 } from '../../../lib/db/schema';
import v1 from '../../fixtures/db/v1.json';
import { closeAll } from './helpers';

afterEach(closeAll);

/** Writes the frozen v1 rows with a definition that knows only version 1, as the foundation did. */
async function writeV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  await old.table('packs').bulkAdd(v1.packs);
  await old.table('calls').bulkAdd(v1.calls);
  expect(old.verno).toBe(1);
  old.close();
}

describe('database versions', () => {
  it('opens a new database at the current version with every table', async () => {
    const db = await openDb(`schema-${crypto.randomUUID()}`);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'calls',
      'drafts',
      'notes',
      'packs',
      'searchMisses',
    ]);
    expect(db.calls.schema.idxByName['[accountKey+startedAt]']).toBeDefined();
    expect(db.notes.schema.idxByName['[accountKey+createdAt]']).toBeDefined();
    db.close();
  });

  it('upgrades a v1 database: every pack row intact, every call intact plus the v2 fields', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await writeV1(name);
    const db = await openDb(name);
    expect(db.verno).toBe(CURRENT_VERSION);

    const packs = await db.packs.toArray();
    expect(packs).toHaveLength(v1.packs.length);
    for (const pack of v1.packs) {
      expect(await db.packs.get([pack.id, pack.version])).toEqual(pack);
      expect(packRowSchema.safeParse(pack).success).toBe(true);
    }

    const calls = await db.calls.toArray();
    expect(calls).toHaveLength(v1.calls.length);
    for (const old of v1.calls) {
      const upgraded = await db.calls.get(old.id);
      // Every v1 field is still there, unchanged.
      expect(upgraded).toMatchObject(old);
      expect(callRecordSchema.parse(upgraded)).toEqual(upgraded);
      expect(upgraded?.overrides).toEqual([]);
      expect(upgraded?.flags).toEqual([]);
    }
    const flags = (id: string) =>
      db.calls.get(id).then((call) => ({ answered: call?.answered, conversation: call?.conversation }));
    expect(await flags('c1-ptp')).toEqual({ answered: true, conversation: true });
    expect(await flags('c2-na')).toEqual({ answered: false, conversation: false });
    expect(await flags('c3-tpc')).toEqual({ answered: true, conversation: false });
    expect(await flags('c4-plan')).toEqual({ answered: true, conversation: true });
    expect(await flags('c5-open')).toEqual({ answered: false, conversation: false });

    // The new compound index answers on upgraded rows.
    const forAccount = await db.calls
      .where('[accountKey+startedAt]')
      .between(['CC20240002', Dexie.minKey], ['CC20240002', Dexie.maxKey])
      .primaryKeys();
    expect(forAccount).toEqual(['c3-tpc', 'c4-plan']);
    expect(await db.notes.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    db.close();
  });

  it('keeps v2 fields a row already has', () => {
    const [call] = v1.calls;
    if (!call) throw new Error('fixture');
    const upgraded = upgradeCallV1({
      ...(call as CallRecordV1),
      answered: false,
      conversation: false,
      flags: [],
    });
    expect(upgraded.answered).toBe(false);
    expect(upgraded.conversation).toBe(false);
  });

  it('tells the agent when another connection blocks the upgrade', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.open();
    // The old connection refuses to close, as a stale panel on an old version would.
    old.on('versionchange', () => false);
    const messages: string[] = [];
    const opening = openDb(name, { onBlocked: (message) => messages.push(message.en) });
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]).toMatch(/blocked/);
    old.close();
    const db = await opening;
    expect(db.verno).toBe(CURRENT_VERSION);
    db.close();
  });
});
