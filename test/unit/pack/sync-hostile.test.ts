/** Pack sync against the hostile corpus, by import, into Dexie, and its retry delays (issue 8, issue 14). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CallAssistDB } from '@/lib/db/schema';
import { installBundledPacks } from '@/lib/pack/bundled';
import { parsePack } from '@/lib/pack/parse';
import { loadActivePack, storedPayload } from '@/lib/pack/store';
import {
  checkForUpdate,
  dexiePackRepository,
  importEnvelope,
  nextCheckDelayMinutes,
  readSyncState,
  SYNC_STATE_KEY,
} from '@/lib/pack/sync';
import type { memoryPacks } from '../../fixtures/hostile/harness';
import {
  buildCases,
  type CaseFile,
  demoPack,
  HOSTILE_DIR,
  packText,
  signedEnvelope,
} from '../../fixtures/hostile/make';
import { deps, packServer } from './sync-harness';

const pack = packServer();
const { settings, serveJson } = pack;

async function readableVersion(packs: ReturnType<typeof memoryPacks>): Promise<number | string> {
  const row = packs.rows.filter((r) => r.activatedAt !== undefined).sort((a, b) => b.version - a.version)[0];
  const parsed = parsePack(storedPayload(row?.envelope ?? ''));
  return parsed.ok ? parsed.pack.version : 'unreadable';
}

describe('the hostile corpus', () => {
  const index = JSON.parse(readFileSync(resolve(HOSTILE_DIR, 'cases.json'), 'utf8')) as CaseFile[];

  it('has at least 100 hostile cases and the committed files match make.ts', async () => {
    const built = await buildCases();
    expect(index.filter((c) => c.expect === 'refused').length).toBeGreaterThanOrEqual(100);
    expect(built.map((c) => c.name)).toEqual(index.map((c) => c.name));
    for (const c of built) {
      if (c.generated) continue;
      expect(readFileSync(resolve(HOSTILE_DIR, `${c.name}.json`)).equals(c.bytes), c.name).toBe(true);
    }
  });

  it('refuses each hostile file with a short, safe reason while version 2 stays active and readable', async () => {
    const cases = await buildCases();
    const d = deps();
    const valid = cases.find((c) => c.name === 'valid-v2');
    if (!valid) throw new Error('valid-v2 missing');
    serveJson('/valid-v2', valid.bytes.toString('utf8'));
    expect((await checkForUpdate(settings('/valid-v2'), d)).result).toBe('updated');
    const baseline = structuredClone(d.packs.rows);
    const outcomes: string[] = [];
    for (const c of cases) {
      if (c.name === 'valid-v2') continue;
      const path = `/${c.name}`;
      pack.server.routes.set(path, (_q, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(c.bytes);
      });
      const record = await checkForUpdate(settings(path, { packId: 'default-zh-CN' }), d);
      outcomes.push(`${c.name}: ${record.result} ${record.code}`);
      if (c.expect === 'refused') {
        expect(`${c.name}: ${record.result} ${record.code}`).toBe(`${c.name}: refused ${c.code}`);
        expect(record.message.en.length, c.name).toBeGreaterThan(10);
        expect(record.message.zh.length, c.name).toBeGreaterThan(4);
        // Issue 14 item 7: bounded, nothing that can reorder or hide text in the status line.
        for (const text of [
          record.message.en,
          record.message.zh,
          ...(record.details ?? []).map((x) => x.path),
        ]) {
          expect(text.length, c.name).toBeLessThanOrEqual(400);
          expect(text, c.name).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        }
        expect(d.packs.rows, c.name).toEqual(baseline);
        expect(await readableVersion(d.packs), c.name).toBe(2);
      } else {
        expect(record.result, c.name).toBe('updated');
        // What was accepted is what the panel reads (issue 14 item 1).
        expect(await readableVersion(d.packs), c.name).toBe(record.version);
        d.packs.rows.splice(0, d.packs.rows.length, ...structuredClone(baseline));
        const state = await readSyncState(d.store);
        state.highest['default-zh-CN'] = 2;
        await d.store.set(SYNC_STATE_KEY, state);
      }
    }
    expect(outcomes.length).toBe(cases.length - 1);
  });
});

describe('importEnvelope', () => {
  it('runs the same gates, records the import and the activation', async () => {
    const d = deps();
    const ok = await importEnvelope(
      await signedEnvelope(packText(demoPack(2))),
      { ...settings(''), packUrl: '' },
      d,
    );
    expect(ok).toMatchObject({ result: 'updated', source: 'import', version: 2 });
    // The options page shows this line: the pack by its title, never its id (live-call walk 11 §3).
    expect(ok.message.zh).toBe(`已更新「${demoPack(2).title}」到第 2 版（原第 1 版）`);
    expect(ok.message.zh).not.toContain(demoPack(2).id);
    const bad = await importEnvelope(
      readFileSync(resolve(HOSTILE_DIR, 'bad-signature.json'), 'utf8'),
      { ...settings(''), packUrl: '' },
      d,
    );
    expect(bad).toMatchObject({ result: 'refused', code: 'badSignature' });
    const state = await readSyncState(d.store);
    expect(state.lastImport?.code).toBe('badSignature');
    expect(state.lastActivation).toMatchObject({ to: 2, from: 1, source: 'import' });
  });

  it('takes an unsigned pack only in developer mode', async () => {
    const d = deps();
    const bare = packText(demoPack(2));
    expect(await importEnvelope(bare, { ...settings(''), packUrl: '' }, d)).toMatchObject({
      code: 'unsigned',
    });
    expect(
      await importEnvelope(bare, { ...settings(''), packUrl: '', allowUnsigned: true }, d),
    ).toMatchObject({
      result: 'updated',
    });
  });
});

describe('the Dexie repository', () => {
  it('activates a synced version over the bundled one and prunes old ones', async () => {
    const db = new CallAssistDB(`sync-test-${Math.random()}`);
    await installBundledPacks(db);
    const d = deps({ packs: dexiePackRepository(db) });
    for (let version = 2; version <= 7; version++) {
      serveJson('/db.json', await signedEnvelope(packText(demoPack(version))), `"d${version}"`);
      expect((await checkForUpdate(settings('/db.json'), d)).result).toBe('updated');
    }
    const active = await loadActivePack(db, 'default-zh-CN');
    expect(active.ok && active.pack.version).toBe(7);
    expect(active.ok && active.source).toBe('sync');
    const versions = (await db.packs.where('id').equals('default-zh-CN').toArray()).map((r) => r.version);
    expect(versions.sort((a, b) => a - b)).toEqual([1, 3, 4, 5, 6, 7]);
    db.close();
  });
});

describe('nextCheckDelayMinutes', () => {
  it('spreads checks over ±25 % of the interval', () => {
    expect(nextCheckDelayMinutes(15, () => 0)).toBeCloseTo(11.25);
    expect(nextCheckDelayMinutes(15, () => 1)).toBeCloseTo(18.75);
    expect(nextCheckDelayMinutes(5, () => 0.5)).toBe(5);
  });
});
