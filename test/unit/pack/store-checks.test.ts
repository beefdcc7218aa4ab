/**
 * store15: what loading the stored pack costs, counted (never timed) on the checking functions
 * themselves. (1) The answer is kept with every row it was read from: a repeat load with the same
 * rows parses, lints and reads no envelope, even while the active version fails and a stand-in is
 * used; any change to any of those rows is read again, the unchanged rows from their memo.
 * (2) A pack this build's gate passed (import, sync) carries the store's mark and is not linted again
 * on load; a row without this build's mark for its very envelope is.
 */
import { CallAssistDB } from '@/lib/db/schema';
import { installBundledPacks } from '@/lib/pack/bundled';
import { checkedMark, PACK_CHECKS_ID } from '@/lib/pack/checked-mark';
import { storedEnvelope } from '@/lib/pack/envelope-text';
import { lintPack } from '@/lib/pack/lint';
import { parsePack } from '@/lib/pack/parse';
import { loadActivePack } from '@/lib/pack/store';
import { dexiePackRepository, importEnvelope, type SyncDeps, type SyncSettings } from '@/lib/pack/sync';
import { memoryStore } from '../../fixtures/hostile/harness';
import { packText, signedEnvelope, smallPack } from '../../fixtures/hostile/make';
import { NOW, trusted } from './sync-harness';

// The real functions, wrapped to be counted: every caller (the gate, the store) reaches these.
vi.mock('@/lib/pack/lint', async (original) => {
  const actual = await original<typeof import('@/lib/pack/lint')>();
  return { ...actual, lintPack: vi.fn(actual.lintPack) };
});
vi.mock('@/lib/pack/parse', async (original) => {
  const actual = await original<typeof import('@/lib/pack/parse')>();
  return { ...actual, parsePack: vi.fn(actual.parsePack) };
});
vi.mock('@/lib/pack/envelope-text', async (original) => {
  const actual = await original<typeof import('@/lib/pack/envelope-text')>();
  return { ...actual, storedEnvelope: vi.fn(actual.storedEnvelope) };
});

const calls = () => ({
  parse: vi.mocked(parsePack).mock.calls.length,
  lint: vi.mocked(lintPack).mock.calls.length,
  envelopes: vi.mocked(storedEnvelope).mock.calls.length,
});
const none = { parse: 0, lint: 0, envelopes: 0 };
beforeEach(() => vi.clearAllMocks());

let count = 0;
// Each test's rows differ from every other test's (their times), so no answer is kept across tests.
const freshDb = () => ({ db: new CallAssistDB(`store-checks-${++count}`), at: count * 10_000 });

type Mutable = ReturnType<typeof smallPack>;
const threat = (p: Mutable) => {
  const line = p.scripts[0]?.stages[0]?.lines[0];
  if (line) line.text = `${line.text}再不还就让你坐牢。`;
};

/** A row as an older build stored it (it passed that build's gate): no mark, unless one is given. */
async function stored(db: CallAssistDB, pack: Mutable, at: number, checkedBy?: string) {
  await db.packs.put({
    id: pack.id,
    version: pack.version,
    envelope: await signedEnvelope(packText(pack)),
    source: 'sync',
    activatedAt: at,
    ...(checkedBy === undefined ? {} : { checkedBy }),
  });
}

/** A failing pack of the bank's own id, so the bundled zh-CN default (its language) stands in. */
async function ownPackOnBundled() {
  const { db, at } = freshDb();
  await installBundledPacks(db, at);
  const own = smallPack(3, (p) => {
    p.id = 'bank-x';
    threat(p);
  });
  await stored(db, own, at + 3);
  vi.clearAllMocks();
  const first = await loadActivePack(db, 'bank-x');
  expect(first.ok && first.pack.id).toBe('default-zh-CN');
  return { db, first };
}

describe('a repeat load with the same rows reads nothing again', () => {
  it('while the active version fails: neither it nor its stand-in is parsed or linted again', async () => {
    const { db, at } = freshDb();
    await installBundledPacks(db, at);
    await stored(db, smallPack(2), at + 2);
    await stored(db, smallPack(3, threat), at + 3);
    vi.clearAllMocks(); // installing the bundled packs parsed them
    const first = await loadActivePack(db, 'default-zh-CN');
    expect(first.ok && [first.pack.version, first.notice?.en]).toEqual([
      2,
      expect.stringMatching(/^Pack version 3/),
    ]);
    // The first load did the work: v3 refused by lint, v2 linted and used.
    expect(calls()).toMatchObject({ parse: 2, lint: 2 });
    vi.clearAllMocks();
    expect(await loadActivePack(db, 'default-zh-CN')).toBe(first);
    expect(await loadActivePack(db, 'default-zh-CN')).toBe(first);
    expect(calls()).toEqual(none);
  });

  it('a pack of its own id on the bundled default: no bundled row is parsed nor its locale read again', async () => {
    const { db, first } = await ownPackOnBundled();
    expect(calls().envelopes).toBeGreaterThan(2);
    vi.clearAllMocks();
    expect(await loadActivePack(db, 'bank-x')).toBe(first);
    expect(calls()).toEqual(none);

    // A row the answer was not read from (an older version never activated) makes a new answer,
    // but every row already read comes from its memo: no parse, no lint, no locale read again.
    await db.packs.put({ ...(await rowOf(db, 'bank-x', 3)), version: 1, activatedAt: undefined });
    vi.clearAllMocks();
    const again = await loadActivePack(db, 'bank-x');
    expect(again).not.toBe(first);
    expect(again.ok && again.pack).toBe(first.ok && first.pack);
    expect(calls()).toEqual(none);
  });
});

async function rowOf(db: CallAssistDB, id: string, version: number) {
  const row = await db.packs.get([id, version]);
  if (!row) throw new Error(`no row ${id} v${version}`);
  return row;
}

describe('any change to a row the answer was read from is read again', () => {
  const start = async () => {
    const { db, at } = freshDb();
    await installBundledPacks(db, at);
    await stored(db, smallPack(2), at + 2);
    await stored(db, smallPack(3, threat), at + 3);
    const first = await loadActivePack(db, 'default-zh-CN');
    expect(first.ok && first.pack.version).toBe(2);
    vi.clearAllMocks();
    return { db, at, first };
  };

  it('a new version: only that one is parsed and linted', async () => {
    const { db, at } = await start();
    await stored(db, smallPack(4), at + 4);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && [active.pack.version, active.notice]).toEqual([4, undefined]);
    expect(calls()).toMatchObject({ parse: 1, lint: 1 });
  });

  it('the stand-in deleted: the bundled version stands in, the failing one is not checked again', async () => {
    const { db } = await start();
    await db.packs.delete(['default-zh-CN', 2]);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && [active.pack.version, active.source]).toEqual([1, 'bundled']);
    expect(active.ok && active.notice?.en).toMatch(/^Pack version 3 fails/);
    // The bundled row parsed (it had not been read), v3's refusal from its memo: nothing linted.
    expect(calls()).toMatchObject({ parse: 1, lint: 0 });
  });

  it('the failing row rewritten under the same version: read again, and now used', async () => {
    const { db, at } = await start();
    await stored(db, smallPack(3), at + 3);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && [active.pack.version, active.notice]).toEqual([3, undefined]);
    expect(calls()).toMatchObject({ parse: 1, lint: 1 });
  });

  it('a bundled row the stand-in came from, rewritten: the other bundled pack stands in', async () => {
    const { db } = await ownPackOnBundled();
    const zh = await rowOf(db, 'default-zh-CN', 1);
    await db.packs.put({ ...zh, envelope: JSON.stringify({ payload: '{}', signatures: [] }) });
    const again = await loadActivePack(db, 'bank-x');
    expect(again.ok && again.pack.id).toBe('default-en-US');
  });
});

const settings: SyncSettings = {
  packUrl: '',
  trustedKeys: trusted,
  allowUnsigned: false,
  packId: 'default-zh-CN',
};
const importDeps = (db: CallAssistDB): SyncDeps => ({
  fetch: () => Promise.reject(new Error('no network in this test')),
  now: () => NOW,
  store: memoryStore(),
  packs: dexiePackRepository(db),
});

describe("a pack this build's gate passed is not linted again on load", () => {
  it('an import is linted once, by the gate, and its row carries the mark for its envelope', async () => {
    const { db, at } = freshDb();
    await installBundledPacks(db, at);
    const record = await importEnvelope(
      await signedEnvelope(packText(smallPack(3))),
      settings,
      importDeps(db),
    );
    expect(record.result).toBe('updated');
    expect(calls().lint).toBe(1);
    const row = await rowOf(db, 'default-zh-CN', 3);
    expect(PACK_CHECKS_ID).toMatch(/^[0-9a-f]{16}$/);
    expect(row.checkedBy).toBe(await checkedMark(row.envelope));
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && [active.pack.version, active.notice]).toEqual([3, undefined]);
    expect(calls().lint).toBe(1);
  });

  it.each([
    ['no mark (stored before marks)', async () => undefined],
    [
      "another build's mark",
      async (envelope: string) => `0123456789abcdef:${(await checkedMark(envelope))?.split(':')[1]}`,
    ],
    [
      "this build's mark for another envelope",
      async () => checkedMark(await signedEnvelope(packText(smallPack(3)))),
    ],
    ['a mark that is not one', async () => `${PACK_CHECKS_ID}:`],
  ])('%s: the row is linted on load, and a failing one is not used', async (_name, markFor) => {
    const { db, at } = freshDb();
    await installBundledPacks(db, at);
    const envelope = await signedEnvelope(packText(smallPack(3, threat)));
    const checkedBy = await markFor(envelope);
    await db.packs.put({
      id: 'default-zh-CN',
      version: 3,
      envelope,
      source: 'sync',
      activatedAt: at + 3,
      ...(checkedBy === undefined ? {} : { checkedBy }),
    });
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(calls().lint).toBe(1);
    expect(active.ok && [active.pack.version, active.source]).toEqual([1, 'bundled']);
    expect(active.ok && active.notice?.en).toMatch(/^Pack version 3 fails/);
  });

  it('a marked row whose envelope is rewritten keeps its mark but is checked again', async () => {
    const { db, at } = freshDb();
    await installBundledPacks(db, at);
    await importEnvelope(await signedEnvelope(packText(smallPack(3))), settings, importDeps(db));
    await db.packs.update(['default-zh-CN', 3], {
      envelope: await signedEnvelope(packText(smallPack(3, threat))),
    });
    expect((await rowOf(db, 'default-zh-CN', 3)).checkedBy).toMatch(new RegExp(`^${PACK_CHECKS_ID}:`));
    vi.clearAllMocks();
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(calls().lint).toBe(1);
    expect(active.ok && active.notice?.en).toMatch(/^Pack version 3 fails/);
  });
});

/** The mark is the store's field: a pack file that carries one gains nothing. */
describe('a pack file cannot set the mark', () => {
  it('an envelope with a mark of its own is refused, and nothing is stored', async () => {
    const { db, at } = freshDb();
    await installBundledPacks(db, at);
    const payload = packText(smallPack(3, threat));
    const envelope = JSON.parse(await signedEnvelope(payload)) as object;
    const checkedBy = await checkedMark(JSON.stringify(envelope));
    const record = await importEnvelope(JSON.stringify({ ...envelope, checkedBy }), settings, importDeps(db));
    expect(record).toMatchObject({ result: 'refused', code: 'badEnvelope' });
    expect(await db.packs.get(['default-zh-CN', 3])).toBeUndefined();
  });

  it('a pack with a mark in its payload is refused by the schema', async () => {
    const { db, at } = freshDb();
    await installBundledPacks(db, at);
    const pack = { ...smallPack(3, threat), checkedBy: `${PACK_CHECKS_ID}:${'0'.repeat(64)}` };
    const record = await importEnvelope(await signedEnvelope(packText(pack)), settings, importDeps(db));
    expect(record).toMatchObject({ result: 'refused', code: 'invalidPack' });
    expect(await db.packs.get(['default-zh-CN', 3])).toBeUndefined();
  });

  it('a stored row whose pack text carries the mark is still linted', async () => {
    const { db, at } = freshDb();
    await installBundledPacks(db, at);
    // Whatever the payload says, only the row's own field counts, and no text holds its own digest.
    const pack = smallPack(3, (p) => {
      threat(p);
      p.title = `${p.title} ${PACK_CHECKS_ID}`;
    });
    await stored(db, pack, at + 3);
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(calls().lint).toBe(1);
    expect(active.ok && active.notice?.en).toMatch(/^Pack version 3 fails/);
  });
});
