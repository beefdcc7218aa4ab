import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openText, openUrl } from '@/lib/studio/open';

describe('openText', () => {
  it('opens a signed envelope as its payload, pretty-printed', () => {
    const opened = openText(JSON.stringify({ payload: '{"id":"p","version":2}', signatures: [] }), 'p.json');
    expect(opened).toEqual({ ok: true, text: '{\n  "id": "p",\n  "version": 2\n}\n', origin: 'p.json' });
  });

  it("refuses an empty file or a web page with the gate's sentence", () => {
    const html = openText('<!doctype html><p>login</p>', 'x.json');
    expect(html.ok || html.message.en).toMatch(/web page/);
    expect(openText('  ', 'y.json')).toMatchObject({ ok: false });
  });

  it('keeps a bare pack and broken JSON for the lead to fix', () => {
    expect(openText('{"format":"call-assist/pack@1"}', 'a')).toMatchObject({
      ok: true,
      text: '{\n  "format": "call-assist/pack@1"\n}\n',
    });
    expect(openText('{"id": oops', 'b')).toMatchObject({ ok: true, text: '{"id": oops' });
  });
});

describe('openUrl', () => {
  const envelope = JSON.stringify({ payload: '{"id":"p","version":3}', signatures: [] });
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/pack.json')
        response.writeHead(200, { 'content-type': 'application/json' }).end(envelope);
      else if (request.url === '/login')
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const deps = { fetch: (url: string, init: RequestInit) => fetch(url, init) };

  it('opens a signed envelope from an address as its payload', async () => {
    expect(await openUrl(`${base}/pack.json`, deps)).toEqual({
      ok: true,
      text: '{\n  "id": "p",\n  "version": 3\n}\n',
      origin: `${base}/pack.json`,
    });
  });

  it('says why an address fails: not https, a web page, an HTTP error', async () => {
    const message = async (url: string) => {
      const opened = await openUrl(url, deps);
      return opened.ok ? 'opened' : opened.message.en;
    };
    expect(await message('http://example.com/pack.json')).toMatch(/https/);
    expect(await message(`${base}/login`)).toMatch(/web page \(HTML\)/);
    expect(await message(`${base}/missing`)).toMatch(/HTTP 404/);
  });
});
