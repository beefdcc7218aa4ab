/**
 * The small pieces of node:http that the pack server (`npm run -s pack -- serve`) and the demo
 * server share: listening with a `close`, strong ETags from the bytes, and CORS for pack files.
 */
import { createHash } from 'node:crypto';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (0 picks a free port) and resolves with the URL and a close that ends every connection. */
export function listen(server: Server, port: number, host: string): Promise<Listening> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      done({
        url: `http://${shown}:${address.port}`,
        close: () =>
          new Promise<void>((closed, failed) => {
            server.close((error) => (error ? failed(error) : closed()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A pack is public and signed; CORS lets the extension read it (and its ETag) from any origin. */
export const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
};

/** The preflight a cross-origin conditional GET (If-None-Match) triggers. */
export function packPreflight(response: ServerResponse): number {
  response.writeHead(204, {
    ...CORS,
    'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
    'Access-Control-Allow-Headers': 'If-None-Match',
    'Access-Control-Max-Age': '600',
  });
  response.end();
  return 204;
}

/** Strong validator from the bytes: identical files give identical ETags on every server. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** RFC 9110 §13.1.2: a list of tags or `*`; weak comparison for If-None-Match. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): number {
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
  return status;
}
