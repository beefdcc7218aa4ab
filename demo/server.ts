/**
 * Serves the demo CRM (a single-page app) and, optionally, pack files the way a static host or
 * CDN would: strong ETag, 304 on If-None-Match, CORS for the extension's fetch. node:http only.
 * Run alone: `npx tsx demo/server.ts [--port 5178] [--host 127.0.0.1] [--packs dir]`.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CORS, listen, packPreflight, sendText } from '../cli/http';
import { servePackFile } from '../cli/pack-serve';

export interface DemoServerOptions {
  port?: number;
  host?: string;
  /** Folder whose files are served at /packs/<file>; without it /packs/ is 404. */
  packsDir?: string;
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

const CRM_DIR = fileURLToPath(new URL('./crm/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The demo loads nothing from elsewhere; saying so in a header keeps it honest. */
const CRM_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

/** One path segment, no dot-files: the only names /packs/ serves, so no path ever climbs out. */
const PACK_FILE = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

export function startDemoServer({
  port = 5178,
  host = '127.0.0.1',
  packsDir,
}: DemoServerOptions = {}): Promise<DemoServer> {
  const server = createServer((request, response) => {
    handle(request, response, packsDir).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'internal error');
      else response.destroy();
    });
  });
  return listen(server, port, host);
}

async function handle(request: IncomingMessage, response: ServerResponse, packsDir: string | undefined) {
  const method = request.method ?? 'GET';
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return sendText(response, 400, 'bad request');
  }
  if (pathname.includes('\0')) return sendText(response, 400, 'bad request');

  if (pathname.startsWith('/packs/')) {
    if (method === 'OPTIONS') return packPreflight(response);
    if (method !== 'GET' && method !== 'HEAD')
      return sendText(response, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    return servePack(request, response, packsDir, pathname.slice('/packs/'.length));
  }
  if (method !== 'GET' && method !== 'HEAD')
    return sendText(response, 405, 'method not allowed', { Allow: 'GET, HEAD' });

  // The SPA: the list and every account page are the same document; the app routes itself.
  if (pathname === '/' || pathname === '/index.html' || /^\/accounts\/[^/]+\/?$/.test(pathname)) {
    return serveFile(request, response, resolve(CRM_DIR, 'index.html'), CRM_HEADERS);
  }
  const file = resolve(CRM_DIR, `.${pathname}`);
  if (!file.startsWith(CRM_DIR) || !(extname(file) in CONTENT_TYPES) || file.endsWith('.d.ts')) {
    return sendText(response, 404, 'not found');
  }
  return serveFile(request, response, file, CRM_HEADERS);
}

function servePack(
  request: IncomingMessage,
  response: ServerResponse,
  packsDir: string | undefined,
  name: string,
) {
  if (!packsDir || !PACK_FILE.test(name)) return sendText(response, 404, 'not found', CORS);
  return servePackFile(resolve(packsDir), [name], request, response);
}

async function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  headers: Record<string, string>,
) {
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) return sendText(response, 404, 'not found', headers);
    body = await readFile(file);
  } catch {
    return sendText(response, 404, 'not found', headers);
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const out: Record<string, string> = { ...headers, 'Content-Type': type };
  out['Content-Length'] = String(body.length);
  response.writeHead(200, out);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const packs = argument('packs');
  const server = await startDemoServer({
    port: Number(argument('port') ?? process.env.PORT ?? 5178),
    host: argument('host') ?? '127.0.0.1',
    ...(packs ? { packsDir: resolve(packs) } : {}),
  });
  console.log(`Demo CRM: ${server.url}/`);
  if (packs) console.log(`Packs:    ${server.url}/packs/<file> from ${resolve(packs)}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
