import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CallAssistDB } from '@/lib/db/schema';
import { installBundledPacks } from '@/lib/pack/bundled';
import { parsePack } from '@/lib/pack/parse';
import { LIMITS } from '@/lib/pack/schema';
import { loadActivePack, storedPayload } from '@/lib/pack/store';
import {
  checkForUpdate,
  dexiePackRepository,
  importEnvelope,
  isAllowedPackUrl,
  KEEP_VERSIONS,
  nextCheckDelayMinutes,
  readSyncState,
  SYNC_STATE_KEY,
  type SyncDeps,
  type SyncSettings,
} from '@/lib/pack/sync';
import { type MemoryRow, memoryPacks, memoryStore, routeServer } from '../../fixtures/hostile/harness';
import {
  buildCases,
  type CaseFile,
  demoPack,
  HOSTILE_DIR,
  packText,
  signedEnvelope,
  TEST_ONLY_KEYS,
} from '../../fixtures/hostile/make';

const trusted = [{ publicKey: TEST_ONLY_KEYS.trusted.publicKey }];
const NOW = Date.parse('2026-12-10T02:00:00Z');

let server: Awaited<ReturnType<typeof routeServer>>;
beforeAll(async () => {
  server = await routeServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

/** Bundled v1 (no signatures) as the starting point, like a fresh install. */
function bundledRow(): MemoryRow {
  return {
    id: 'default-zh-CN',
    version: 1,
    envelope: JSON.stringify({ payload: packText(demoPack(1)), signatures: [] }),
    source: 'bundled',
    activatedAt: 0,
  };
}

function deps(
  overrides: Partial<SyncDeps> = {},
): SyncDeps & { store: ReturnType<typeof memoryStore>; packs: ReturnType<typeof memoryPacks> } {
  return {
    fetch: (url, init) => fetch(url, init),
    now: () => NOW,
    store: memoryStore(),
    packs: memoryPacks([bundledRow()]),
    ...overrides,
  } as SyncDeps & { store: ReturnType<typeof memoryStore>; packs: ReturnType<typeof memoryPacks> };
}

const settings = (path: string, extra: Partial<SyncSettings> = {}): SyncSettings => ({
  packUrl: `${server.url}${path}`,
  trustedKeys: trusted,
  allowUnsigned: false,
  ...extra,
});

function serveJson(path: string, body: string, etag = `"${body.length}"`) {
  server.routes.set(path, (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag });
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag });
    response.end(body);
  });
}

describe('checkForUpdate against a local HTTP server', () => {
  it('accepts a signed newer version, then sends If-None-Match and treats 304 as unchanged', async () => {
    const d = deps();
    serveJson('/pack.json', await signedEnvelope(packText(demoPack(2))));
    const first = await checkForUpdate(settings('/pack.json'), d);
    expect(first).toMatchObject({ result: 'updated', packId: 'default-zh-CN', version: 2, source: 'sync' });
    expect((await d.packs.active('default-zh-CN'))?.version).toBe(2);

    const second = await checkForUpdate(settings('/pack.json'), d);
    expect(second).toMatchObject({ result: 'unchanged', code: 'notModified', version: 2 });
    expect(server.requests.map((r) => r.ifNoneMatch)).toEqual([undefined, expect.stringMatching(/^"\d+"$/)]);

    const state = await readSyncState(d.store);
    expect(state.lastCheck?.result).toBe('unchanged');
    expect(state.lastActivation).toMatchObject({ packId: 'default-zh-CN', from: 1, to: 2, source: 'sync' });
    expect(state.highest['default-zh-CN']).toBe(2);
  });

  it('calls a server without ETag serving the active payload again "unchanged", not a rollback', async () => {
    const d = deps();
    const body = await signedEnvelope(packText(demoPack(2)));
    server.routes.set('/plain.json', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(body);
    });
    expect((await checkForUpdate(settings('/plain.json'), d)).result).toBe('updated');
    expect(await checkForUpdate(settings('/plain.json'), d)).toMatchObject({
      result: 'unchanged',
      code: 'same',
    });
  });

  it('reports a network failure and keeps the active pack', async () => {
    const d = deps();
    const record = await checkForUpdate({ ...settings(''), packUrl: 'http://127.0.0.1:9/pack.json' }, d);
    expect(record).toMatchObject({ result: 'failed', code: 'network' });
    expect(record.message.en).toMatch(/Cannot reach/);
    expect((await d.packs.active('default-zh-CN'))?.version).toBe(1);
    expect((await readSyncState(d.store)).lastCheck?.code).toBe('network');
  });

  it('refuses an HTML page, by its content type or by its first character', async () => {
    const d = deps();
    server.routes.set('/typed', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<html><body>Please sign in</body></html>');
    });
    server.routes.set('/sniffed', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('\n  <!doctype html><title>Wi-Fi login</title>');
    });
    expect(await checkForUpdate(settings('/typed'), d)).toMatchObject({ result: 'refused', code: 'html' });
    expect(await checkForUpdate(settings('/sniffed'), d)).toMatchObject({ result: 'refused', code: 'html' });
    expect((await d.packs.active('default-zh-CN'))?.version).toBe(1);
  });

  it('gives up on a slow server after the timeout, headers or body', async () => {
    const d = deps({ timeoutMs: 300 });
    server.routes.set('/silent', () => undefined);
    server.routes.set('/dribble', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"payload": "');
      const timer = setInterval(() => response.write('x'), 50);
      response.on('close', () => clearInterval(timer));
    });
    const started = performance.now();
    expect(await checkForUpdate(settings('/silent'), d)).toMatchObject({ result: 'failed', code: 'timeout' });
    expect(await checkForUpdate(settings('/dribble'), d)).toMatchObject({
      result: 'failed',
      code: 'timeout',
    });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reports an HTTP error status', async () => {
    const d = deps();
    server.routes.set('/broken', (_q, response) => {
      response.writeHead(503);
      response.end('maintenance');
    });
    expect(await checkForUpdate(settings('/broken'), d)).toMatchObject({ result: 'failed', code: 'http' });
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const d = deps();
    let written = 0;
    server.routes.set('/declared', (_q, response) => {
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(LIMITS.packBytes + 1),
      });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (written < LIMITS.packBytes + 1) {
          const size = Math.min(chunk.length, LIMITS.packBytes + 1 - written);
          written += size;
          if (!response.write(chunk.subarray(0, size))) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    expect(await checkForUpdate(settings('/declared'), d)).toMatchObject({
      result: 'refused',
      code: 'tooLarge',
    });
  });

  it('stops reading an undeclared stream at the 5 MB cap', async () => {
    const d = deps();
    let sent = 0;
    let closedEarly = false;
    const total = 40 * 1024 * 1024;
    server.routes.set('/endless', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }); // chunked, no length
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      response.on('close', () => {
        closedEarly = sent < total;
      });
      const pump = () => {
        while (sent < total && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    const record = await checkForUpdate(settings('/endless'), d);
    expect(record).toMatchObject({ result: 'refused', code: 'tooLarge' });
    expect(record.message.en).toMatch(/download was stopped/);
    await vi.waitFor(() => expect(closedEarly).toBe(true));
    expect(sent).toBeLessThan(total);
  });

  it('does not remember the ETag of a refused file, so the refusal is shown again next time', async () => {
    const d = deps();
    const good = JSON.parse(await signedEnvelope(packText(demoPack(2)))) as {
      payload: string;
      signatures: unknown;
    };
    serveJson(
      '/tampered.json',
      JSON.stringify({ ...good, payload: good.payload.replace('第 2 版', '第 9 版') }),
      '"t1"',
    );
    expect(await checkForUpdate(settings('/tampered.json'), d)).toMatchObject({
      result: 'refused',
      code: 'badSignature',
    });
    expect(await checkForUpdate(settings('/tampered.json'), d)).toMatchObject({
      result: 'refused',
      code: 'badSignature',
    });
    expect(server.requests.map((r) => r.ifNoneMatch)).toEqual([undefined, undefined]);
  });

  it('keeps the last five versions, and refuses a rollback even once old rows are gone', async () => {
    const d = deps();
    for (let version = 2; version <= 8; version++) {
      serveJson('/pack.json', await signedEnvelope(packText(demoPack(version))), `"v${version}"`);
      expect((await checkForUpdate(settings('/pack.json'), d)).version).toBe(version);
    }
    expect(d.packs.rows.map((r) => r.version).sort((a, b) => a - b)).toEqual([1, 4, 5, 6, 7, 8]);
    expect(KEEP_VERSIONS).toBe(5);
    // Delete every stored row: the high-water mark in the sync state still refuses version 3.
    d.packs.rows.splice(0);
    serveJson('/pack.json', await signedEnvelope(packText(demoPack(3))), '"old"');
    expect(await checkForUpdate(settings('/pack.json'), d)).toMatchObject({
      result: 'refused',
      code: 'notNewer',
    });
  });

  it('binds a URL to the first pack id it delivers and refuses another id from it', async () => {
    const d = deps();
    serveJson('/pack.json', await signedEnvelope(packText(demoPack(2))), '"a"');
    await checkForUpdate(settings('/pack.json'), d);
    serveJson(
      '/pack.json',
      await signedEnvelope(
        packText(
          demoPack(3, (p) => {
            p.id = 'someone-else';
          }),
        ),
      ),
      '"b"',
    );
    expect(await checkForUpdate(settings('/pack.json'), d)).toMatchObject({
      result: 'refused',
      code: 'otherPack',
    });
    // A new URL starts afresh: no ETag, no binding.
    serveJson(
      '/other.json',
      await signedEnvelope(
        packText(
          demoPack(3, (p) => {
            p.id = 'someone-else';
          }),
        ),
      ),
      '"b"',
    );
    expect(await checkForUpdate(settings('/other.json'), d)).toMatchObject({
      result: 'updated',
      packId: 'someone-else',
    });
  });

  it('says so when no URL is set, and refuses plain http to another machine', async () => {
    const d = deps();
    expect(await checkForUpdate({ ...settings(''), packUrl: '' }, d)).toMatchObject({
      result: 'notConfigured',
    });
    expect(
      await checkForUpdate({ ...settings(''), packUrl: 'http://packs.example.com/p.json' }, d),
    ).toMatchObject({
      result: 'failed',
      code: 'badUrl',
    });
    expect(isAllowedPackUrl('https://cdn.example.com/p.json')).toBe(true);
    expect(isAllowedPackUrl('http://localhost:8787/p.json')).toBe(true);
    expect(isAllowedPackUrl('https://user:pw@cdn.example.com/p.json')).toBe(false);
    expect(isAllowedPackUrl('file:///etc/passwd')).toBe(false);
  });

  it('records time, result and reason in the stored state (what the options page and panel read)', async () => {
    const d = deps({
      now: (() => {
        let t = NOW;
        return () => (t += 7);
      })(),
    });
    server.routes.set('/x', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('not json');
    });
    await checkForUpdate(settings('/x'), d);
    const stored = d.store.data[SYNC_STATE_KEY] as {
      lastCheck: { at: number; result: string; code: string; durationMs: number };
    };
    expect(stored.lastCheck).toMatchObject({ result: 'refused', code: 'notJson' });
    expect(stored.lastCheck.at).toBeGreaterThan(NOW);
    expect(stored.lastCheck.durationMs).toBeGreaterThan(0);
  });
});

/** The active pack's version as the panel reads it (the stored envelope through the gate's reader). */
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
      server.routes.set(path, (_q, response) => {
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
