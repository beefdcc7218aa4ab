import { CallAssistDB } from '@/lib/db/schema';
import { installBundledPacks } from '@/lib/pack/bundled';
import { loadActivePack } from '@/lib/pack/store';

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
