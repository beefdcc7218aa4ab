/** checkForUpdate against a local HTTP server: ETags, timeouts, caps, rollbacks, URL binding, stored state (issue 8, issue 14). */
import { LIMITS } from '@/lib/pack/schema';
import {
  checkForUpdate,
  isAllowedPackUrl,
  KEEP_VERSIONS,
  readSyncState,
  SYNC_STATE_KEY,
} from '@/lib/pack/sync';
import { demoPack, packText, signedEnvelope } from '../../fixtures/hostile/make';
import { deps, NOW, packServer } from './sync-harness';

const pack = packServer();
const { settings, serveJson } = pack;

describe('checkForUpdate against a local HTTP server', () => {
  it('accepts a signed newer version, then sends If-None-Match and treats 304 as unchanged', async () => {
    const d = deps();
    serveJson('/pack.json', await signedEnvelope(packText(demoPack(2))));
    const first = await checkForUpdate(settings('/pack.json'), d);
    expect(first).toMatchObject({ result: 'updated', packId: 'default-zh-CN', version: 2, source: 'sync' });
    expect((await d.packs.active('default-zh-CN'))?.version).toBe(2);

    const second = await checkForUpdate(settings('/pack.json'), d);
    expect(second).toMatchObject({ result: 'unchanged', code: 'notModified', version: 2 });
    expect(pack.server.requests.map((r) => r.ifNoneMatch)).toEqual([
      undefined,
      expect.stringMatching(/^"\d+"$/),
    ]);

    const state = await readSyncState(d.store);
    expect(state.lastCheck?.result).toBe('unchanged');
    expect(state.lastActivation).toMatchObject({ packId: 'default-zh-CN', from: 1, to: 2, source: 'sync' });
    expect(state.highest['default-zh-CN']).toBe(2);
  });

  it('calls a server without ETag serving the active payload again "unchanged", not a rollback', async () => {
    const d = deps();
    const body = await signedEnvelope(packText(demoPack(2)));
    pack.server.routes.set('/plain.json', (_q, response) => {
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
    pack.server.routes.set('/typed', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<html><body>Please sign in</body></html>');
    });
    pack.server.routes.set('/sniffed', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('\n  <!doctype html><title>Wi-Fi login</title>');
    });
    expect(await checkForUpdate(settings('/typed'), d)).toMatchObject({ result: 'refused', code: 'html' });
    expect(await checkForUpdate(settings('/sniffed'), d)).toMatchObject({ result: 'refused', code: 'html' });
    expect((await d.packs.active('default-zh-CN'))?.version).toBe(1);
  });

  it('gives up on a slow server after the timeout, headers or body', async () => {
    const d = deps({ timeoutMs: 300 });
    pack.server.routes.set('/silent', () => undefined);
    pack.server.routes.set('/dribble', (_q, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"payload": "');
      // A byte every 50 ms for 3 s, then the end of a broken body: a deadline renewed by each byte
      // would see the body end and fail as unreadable, not as a timeout (no wall-time bound needed).
      let sent = 0;
      const timer = setInterval(() => {
        if (++sent < 60) response.write('x');
        else response.end();
      }, 50);
      response.on('close', () => clearInterval(timer));
    });
    expect(await checkForUpdate(settings('/silent'), d)).toMatchObject({ result: 'failed', code: 'timeout' });
    expect(await checkForUpdate(settings('/dribble'), d)).toMatchObject({
      result: 'failed',
      code: 'timeout',
    });
  });

  it('reports an HTTP error status', async () => {
    const d = deps();
    pack.server.routes.set('/broken', (_q, response) => {
      response.writeHead(503);
      response.end('maintenance');
    });
    expect(await checkForUpdate(settings('/broken'), d)).toMatchObject({ result: 'failed', code: 'http' });
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const d = deps();
    let written = 0;
    pack.server.routes.set('/declared', (_q, response) => {
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
    pack.server.routes.set('/endless', (_q, response) => {
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
    expect(pack.server.requests.map((r) => r.ifNoneMatch)).toEqual([undefined, undefined]);
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
    pack.server.routes.set('/x', (_q, response) => {
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
