/**
 * `npm run -s pack -- serve <dir>`: serves pack files the way any static host or CDN does, so a
 * quality lead can try sync locally: strong ETag from the bytes, 304 on If-None-Match, CORS so the
 * extension can read the file and its ETag from any origin. node:http only, read-only, no listing.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { CORS, etagMatches, etagOf, type Listening, listen, packPreflight, sendText } from './http';

export interface PackServerOptions {
  dir: string;
  port?: number;
  host?: string;
  /** Called once per request (the CLI prints it). */
  log?: (line: string) => void;
}

export type PackServer = Listening;

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pub': 'text/plain; charset=utf-8',
};

/** Path segments a pack host needs; no dot-files (so never a `.key` next to them), no climbing out. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

export { etagMatches, etagOf } from './http';

export function startPackServer({
  dir,
  port = 8787,
  host = '127.0.0.1',
  log,
}: PackServerOptions): Promise<PackServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    handle(root, request, response)
      .then((status) => log?.(`${request.method ?? 'GET'} ${request.url ?? '/'} ${status}`))
      .catch(() => {
        if (!response.headersSent) send(response, 500, 'internal error');
        else response.destroy();
      });
  });
  return listen(server, port, host);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<number> {
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS') return packPreflight(response);
  if (method !== 'GET' && method !== 'HEAD')
    return send(response, 405, 'method not allowed', { Allow: 'GET, HEAD, OPTIONS' });
  let segments: string[];
  try {
    segments = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      .split('/')
      .filter(Boolean);
  } catch {
    return send(response, 400, 'bad request');
  }
  return servePackFile(root, segments, request, response);
}

/**
 * Serves `segments` below `root` as a pack host does (also used by the demo server for /packs/):
 * no dot-files and never a `.key`, strong ETag, 304 on If-None-Match, CORS.
 */
export async function servePackFile(
  root: string,
  segments: string[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<number> {
  if (segments.length === 0 || !segments.every((s) => SEGMENT.test(s)))
    return send(response, 404, 'not found');
  const file = resolve(root, ...segments);
  if (!file.startsWith(root + sep) || file.endsWith('.key')) return send(response, 404, 'not found');
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) return send(response, 404, 'not found');
    body = await readFile(file);
  } catch {
    return send(response, 404, 'not found');
  }
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ...CORS,
    ETag: etag,
    'Cache-Control': 'no-cache',
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
  };
  if (etagMatches(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers);
    response.end();
    return 304;
  }
  headers['Content-Length'] = String(body.length);
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
  return 200;
}

function send(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): number {
  return sendText(response, status, text, { ...CORS, ...headers });
}
