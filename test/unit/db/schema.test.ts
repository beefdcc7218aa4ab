import { Dexie } from 'dexie';
import { callRecordSchema, packRowSchema } from '../../../lib/db/records';
import {
  type CallRecordV1,
  CURRENT_VERSION,
  openDb,
  STORES_V1,
  STORES_V2,
  upgradeCallV1,
} from '../../../lib/db/schema';
import { maskedPhone } from '../../../lib/privacy/phone-display';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
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

/** Writes the frozen v2 rows with a definition that knows versions 1 and 2 only. */
async function writeV2(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  old.version(2).stores(STORES_V2);
  await old.table('calls').bulkAdd(v2.calls);
  await old.table('notes').bulkAdd(v2.notes);
  await old.table('drafts').bulkAdd(v2.drafts);
  expect(old.verno).toBe(2);
  old.close();
}

describe('database versions', () => {
  it('upgrades a v2 database to v4: phone, reasons, notes and drafts masked by the issue-16 pass', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    await writeV2(name);
    const db = await openDb(name);
    expect(db.verno).toBe(CURRENT_VERSION);
    const call = await db.calls.get('v2-call');
    expect(callRecordSchema.parse(call)).toEqual(call);
    expect(call?.phone).toBe('*******8000');
    expect(call?.overrides[0]?.reason).toBe('主管同意，客户卡号 622588******1234');
    expect(call?.flags[0]?.reason).toBe('身份证 110*************2X 已核实');
    expect(call?.disposition?.reason).toBe('客户让打 *******9000');
    const note = await db.notes.get('v2-note');
    expect(note?.text).toBe('客户报卡号622588******1234，手机 *******8000');
    expect(note?.masked).toEqual([
      { kind: 'phone', count: 1 },
      { kind: 'card', count: 1 },
    ]);
    expect((await db.drafts.get('CC20240002'))?.text).toBe('卡号 4111　11**　****　1111');
    // Everything else on the call is as v2 wrote it.
    const [old] = v2.calls;
    expect(call).toMatchObject({
      ...old,
      phone: '*******8000',
      overrides: call?.overrides,
      flags: call?.flags,
      disposition: call?.disposition,
    });
    db.close();
  });

  it('opens a new database at the current version with every table', async () => {
    const db = await openDb(`schema-${crypto.randomUUID()}`);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'calls',
      'drafts',
      'notes',
      'packs',
      'searchMisses',
      'studioDrafts',
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
      // Every v1 field is still there, unchanged, but the phone, which v4 keeps only masked.
      expect(upgraded).toMatchObject({ ...old, ...(old.phone ? { phone: maskedPhone(old.phone) } : {}) });
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
