import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoServer, startDemoServer } from '../../../demo/server';

/** A raw request: fetch would normalise `..` away before it reaches the server. */
function rawGet(base: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('demo server', () => {
  let server: DemoServer;
  let packsDir: string;
  let outside: string;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), 'call-assist-server-'));
    packsDir = join(base, 'packs');
    outside = base;
    mkdirSync(packsDir);
    writeFileSync(join(packsDir, 'zh-CN.json'), '{"payload":"{}","signatures":[]}');
    writeFileSync(join(packsDir, '.secret'), 'hidden');
    writeFileSync(join(outside, 'secret.txt'), 'outside the packs folder');
    server = await startDemoServer({ port: 0, packsDir });
  });

  afterAll(async () => {
    await server.close();
    rmSync(outside, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and reports its url', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the CRM index with its content type and a CSP', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<div id="view"');
    expect(html).toContain('src="/app.js"');
  });

  it('falls back to the index for account pages (the SPA routes itself)', async () => {
    for (const path of ['/accounts/CC20240001', '/accounts/CC20240010/', '/accounts/NOPE']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('催收作业平台');
    }
    expect((await fetch(`${server.url}/accounts/CC20240001/extra`)).status).toBe(404);
  });

  it('serves scripts and styles with the right types', async () => {
    const app = await fetch(`${server.url}/app.js`);
    expect(app.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await app.text()).toContain('startDemoCrm');
    const accounts = await fetch(`${server.url}/accounts.js`);
    expect(accounts.status).toBe(200);
    const css = await fetch(`${server.url}/style.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for anything else', async () => {
    expect((await fetch(`${server.url}/nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/accounts.d.ts`)).status).toBe(404);
    expect((await fetch(`${server.url}/packs/`)).status).toBe(404);
    expect((await fetch(`${server.url}/packs/missing.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/packs/.secret`)).status).toBe(404);
  });

  it('serves a pack with a strong ETag, CORS, and 304 when unchanged', async () => {
    const first = await fetch(`${server.url}/packs/zh-CN.json`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(await first.text()).toBe('{"payload":"{}","signatures":[]}');

    const again = await fetch(`${server.url}/packs/zh-CN.json`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    const listed = await fetch(`${server.url}/packs/zh-CN.json`, {
      headers: { 'If-None-Match': `"other", ${etag}` },
    });
    expect(listed.status).toBe(304);
    const stale = await fetch(`${server.url}/packs/zh-CN.json`, { headers: { 'If-None-Match': '"stale"' } });
    expect(stale.status).toBe(200);
  });

  it('changes the ETag when the pack changes', async () => {
    const before = (await fetch(`${server.url}/packs/zh-CN.json`)).headers.get('etag');
    writeFileSync(join(packsDir, 'zh-CN.json'), '{"payload":"{\\"v\\":2}","signatures":[]}');
    const after = await fetch(`${server.url}/packs/zh-CN.json`, { headers: { 'If-None-Match': before! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });

  it('answers the CORS preflight for a conditional fetch', async () => {
    const response = await fetch(`${server.url}/packs/zh-CN.json`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe('If-None-Match');
  });

  it('refuses directory traversal', async () => {
    for (const path of [
      '/../server.ts',
      '/%2e%2e/server.ts',
      '/..%2fserver.ts',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/packs/..%2fsecret.txt',
      '/packs/%2e%2e/secret.txt',
      '/packs/../secret.txt',
      '/packs/%00zh-CN.json',
    ]) {
      const response = await rawGet(server.url, path);
      expect([400, 404], path).toContain(response.status);
      expect(response.body).not.toContain('outside the packs folder');
      expect(response.body).not.toContain('startDemoServer');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${server.url}/packs/zh-CN.json`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBeTruthy();
  });

  it('has no packs without a packs folder', async () => {
    const bare = await startDemoServer({ port: 0 });
    try {
      expect((await fetch(`${bare.url}/packs/zh-CN.json`)).status).toBe(404);
      expect((await fetch(`${bare.url}/`)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
