import { CallAssistDB } from '@/lib/db/schema';
import { installBundledPacks } from '@/lib/pack/bundled';
import { loadActivePack } from '@/lib/pack/store';
import { packText, signedEnvelope, smallPack } from '../../fixtures/hostile/make';

let count = 0;
const freshDb = () => new CallAssistDB(`store-test-${++count}`);

describe('the active pack in Dexie', () => {
  it('reads the bundled pack once installed, and says so when none is', async () => {
    const db = freshDb();
    const missing = await loadActivePack(db, 'default-zh-CN');
    expect(missing).toEqual({
      ok: false,
      message: expect.objectContaining({
        en: 'The pack chosen in the settings is not installed: choose or import a pack on the options page',
      }),
    });
    // Agents read this line in the panel: never the pack's id (live-call walk 11 §3).
    expect(JSON.stringify(missing)).not.toContain('default-zh-CN');
    await installBundledPacks(db, 1000);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && active.pack.version).toBe(1);
    expect(active.ok && active.source).toBe('bundled');
  });

  it('does not parse the same stored row twice, and parses again when the row changes', async () => {
    const db = freshDb();
    await installBundledPacks(db, 1000);
    const first = await loadActivePack(db, 'default-en-US');
    expect(await loadActivePack(db, 'default-en-US')).toBe(first);
    await db.packs.update(['default-en-US', 1], { activatedAt: 2000 });
    const again = await loadActivePack(db, 'default-en-US');
    expect(again).not.toBe(first);
    expect(again.ok && again.activatedAt).toBe(2000);
  });

  it('refuses a stored row that no longer parses, naming the path', async () => {
    const db = freshDb();
    await installBundledPacks(db, 1000);
    const row = await db.packs.get(['default-zh-CN', 1]);
    const envelope = JSON.parse(row?.envelope ?? '{}') as { payload: string };
    const pack = JSON.parse(envelope.payload) as { title: unknown };
    pack.title = 42;
    await db.packs.update(['default-zh-CN', 1], {
      envelope: JSON.stringify({ ...envelope, payload: JSON.stringify(pack) }),
    });
    const broken = await loadActivePack(db, 'default-zh-CN');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message.en).toMatch(/^The stored pack \(version 1\) cannot be read: title: /);
    expect(!broken.ok && broken.message.zh).not.toContain('default-zh-CN');
  });
});

/**
 * Red team 14 item 6: a pack stored by an older version of the extension is checked again by this
 * one's rules when it is loaded; one that fails is not used, the last stored version that passes
 * (else the bundled default) is, and the agent and the admin are told.
 */
describe('a stored pack that a rule added later refuses', () => {
  const heavy = `^(${'.{0,50}'.repeat(13)})x$`;
  const tooHeavy = (p: ReturnType<typeof smallPack>) => {
    const adapter = p.crm.adapters[0];
    if (adapter) adapter.fields.extra = { selector: '#extra', parse: 'text', pattern: heavy };
  };
  const threat = (p: ReturnType<typeof smallPack>) => {
    const line = p.scripts[0]?.stages[0]?.lines[0];
    if (line) line.text = `${line.text}再不还就让你坐牢。`;
  };
  /** A row as an older version stored it, straight into the database (it passed that version's gate). */
  const stored = async (db: CallAssistDB, pack: ReturnType<typeof smallPack>, at: number) =>
    db.packs.put({
      id: pack.id,
      version: pack.version,
      envelope: await signedEnvelope(packText(pack)),
      source: 'sync',
      activatedAt: at,
    });

  it.each([
    ['adapter patterns over the budget (a parse-time rule)', tooHeavy, /steps per character together/],
    ['a threat in a script line (a lint rule)', threat, /fails this version of the extension's checks/],
  ])('%s: the last version that passes is used, with a notice', async (_name, mutate, reason) => {
    const db = freshDb();
    await installBundledPacks(db, 1000);
    await stored(db, smallPack(2), 2000);
    await stored(db, smallPack(3, mutate), 3000);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && active.pack.version).toBe(2);
    if (!active.ok) return;
    expect(active.notice?.en).toMatch(
      /^Pack version 3 fails this version of the extension's checks; “.+” version 2 is used meanwhile/,
    );
    expect(active.notice?.zh).toMatch(/^话术包第 3 版未通过本版本扩展的检查，暂用「.+」第 2 版/);
    expect(active.reason?.en).toMatch(reason);
    expect(active.reason?.zh).toMatch(/第 3 版/);
    // The agent's line names no pack id.
    expect(JSON.stringify(active.notice)).not.toContain('default-zh-CN');
  });

  it('with no earlier version, the bundled pack of the same id is used', async () => {
    const db = freshDb();
    await installBundledPacks(db, 1000);
    await stored(db, smallPack(3, threat), 3000);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && [active.pack.version, active.source]).toEqual([1, 'bundled']);
  });

  it('a pack of its own id falls back to the bundled default in its language', async () => {
    const db = freshDb();
    await installBundledPacks(db, 1000);
    await stored(
      db,
      smallPack(3, (p) => {
        p.id = 'bank-x';
        threat(p);
      }),
      3000,
    );
    const active = await loadActivePack(db, 'bank-x');
    expect(active.ok && [active.pack.id, active.pack.locale]).toEqual(['default-zh-CN', 'zh-CN']);
    expect(active.ok && active.notice?.en).toMatch(/Pack version 3 fails/);
  });

  it('with nothing that passes, says why instead of using the pack', async () => {
    const db = freshDb();
    await stored(db, smallPack(3, threat), 3000);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok).toBe(false);
    expect(!active.ok && active.message.en).toMatch(/The stored pack \(version 3\) fails this version/);
  });

  it('a stored pack that passes is used as it is, without a notice', async () => {
    const db = freshDb();
    await installBundledPacks(db, 1000);
    await stored(db, smallPack(3), 3000);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && active.pack.version).toBe(3);
    expect(active.ok && active.notice).toBeUndefined();
  });
});
