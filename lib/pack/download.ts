/**
 * The one network request of the extension (DESIGN.md principle 2): the pack download, with a
 * timeout, a size cap counted while reading, and redirects followed only hop by hop to addresses
 * the URL rule allows (issue 14 item 6).
 */
import type { LocalizedText } from '../i18n/text';
import { type Refusal, refusal } from './envelope';
import { decodePackBytes } from './pack-bytes';
import { refusalText } from './refusal-text';
import { LIMITS } from './schema';
import { shownUrl, withShownUrls } from './shown-url';
import type { SyncDeps } from './sync';

/** What a download needs: the fetch and its limits (sync passes all its deps; the Studio these). */
export type DownloadDeps = Pick<SyncDeps, 'fetch' | 'timeoutMs' | 'maxBytes'>;

export const DEFAULT_TIMEOUT_MS = 30_000;

export type Download =
  | { kind: 'notModified' }
  | { kind: 'body'; text: string; etag: string | undefined; bytes: number }
  | { kind: 'failed'; code: string; message: LocalizedText }
  | { kind: 'refused'; refusal: Refusal };

const syncText = {
  http: (status: number): LocalizedText => ({
    zh: `服务器返回 HTTP ${status}`,
    en: `The server answered HTTP ${status}`,
  }),
  timeout: (ms: number): LocalizedText => ({
    zh: `下载超时（${Math.round(ms / 1000)} 秒）`,
    en: `The download timed out (${Math.round(ms / 1000)} s)`,
  }),
  notModifiedUnasked: (): LocalizedText => ({
    zh: '服务器对完整下载请求（首次下载，或本机存储丢失后的重新下载）回答"未修改"（304），但什么也没有下载：检查失败；请管理员检查服务器或代理的缓存设置',
    en: 'The server answered "not modified" (304) to a request for the whole pack (a first download, or one after the stored pack was lost), so nothing was downloaded: the check failed; the administrator should check the server’s or proxy’s cache settings',
  }),
  // Shown without credentials or query values (red team 14 item 1): the refused address may be
  // one with user:password@ in it, the very reason it was refused.
  badRedirect: (to: string): LocalizedText => ({
    zh: `服务器重定向到不允许的网址（须为 https，且不含用户名或密码）：${shownUrl(to)}`,
    en: `The server redirected to an address that is not allowed (https only, no user name or password in it): ${shownUrl(to)}`,
  }),
  redirectWithoutAddress: (status: number): LocalizedText => ({
    zh: `服务器回答重定向（HTTP ${status}），却没有给出新地址（Location）：检查话术包网址或服务器配置`,
    en: `The server answered a redirect (HTTP ${status}) without saying where to (no Location): check the pack URL or the server`,
  }),
  tooManyRedirects: (max: number): LocalizedText => ({
    zh: `重定向超过 ${max} 次`,
    en: `More than ${max} redirects`,
  }),
  decodeFailed: (encoding: string, sure: boolean): LocalizedText => ({
    zh: `服务器声明话术包经过压缩（${encoding}），但内容无法解压${sure ? '' : '（也可能是下载中途断开）'}：服务器的 Content-Encoding 与它实际发送的内容不符，请管理员检查服务器的压缩设置`,
    en: `The server said the pack was compressed (${encoding}), but it could not be decoded${sure ? '' : ' (or the download broke off)'}: the server's Content-Encoding does not match what it sends; the administrator should check the server's compression settings`,
  }),
  encodedNotText: (encoding: string): LocalizedText => ({
    zh: `服务器声明话术包经过压缩（${encoding}），收到的内容却不是 UTF-8 文本：浏览器不支持这种压缩，或声明有误；请管理员检查服务器的压缩设置`,
    en: `The server said the pack was compressed (${encoding}), but what arrived is not UTF-8 text: the browser does not decode that compression, or the header is wrong; the administrator should check the server's compression settings`,
  }),
  interrupted: (bytes: number): LocalizedText => ({
    zh: `下载中途断开（已收到 ${bytes} 字节）：服务器或网络中断了传输，请稍后再试`,
    en: `The download broke off after ${bytes} bytes: the server or the network cut the transfer; try again later`,
  }),
  // The platform's words may quote the address (credentials and all).
  network: (reason: string): LocalizedText => ({
    zh: `无法连接话术包服务器：${withShownUrls(reason)}`,
    en: `Cannot reach the pack server: ${withShownUrls(reason)}`,
  }),
};

/** https anywhere; plain http only to this machine, for `npm run pack -- serve` and tests. */
export function isAllowedPackUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Asked without a validator, "not modified" is no answer: it comes back as a failure. */
export async function download(
  url: string,
  etag: undefined,
  deps: DownloadDeps,
): Promise<Exclude<Download, { kind: 'notModified' }>>;
export async function download(url: string, etag: string | undefined, deps: DownloadDeps): Promise<Download>;
export async function download(url: string, etag: string | undefined, deps: DownloadDeps): Promise<Download> {
  const maxBytes = deps.maxBytes ?? LIMITS.packBytes;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const got = await follow(url, etag, controller.signal, deps);
    if ('kind' in got) {
      controller.abort();
      return got;
    }
    const response = got;
    if (response.status === 304) {
      controller.abort();
      // We only ever ask conditionally with a validator; a 304 to a plain request proves nothing
      // was downloaded, so it must not read as "no new version" (issue 14 item 6).
      if (etag === undefined)
        return { kind: 'failed', code: 'notModifiedUnasked', message: syncText.notModifiedUnasked() };
      return { kind: 'notModified' };
    }
    if (!response.ok) {
      controller.abort();
      return { kind: 'failed', code: 'http', message: syncText.http(response.status) };
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return {
        kind: 'refused',
        refusal: { code: 'tooLarge', message: refusalText.tooLarge(declared, maxBytes) },
      };
    }
    if (/^\s*(text\/html|application\/xhtml)/i.test(response.headers.get('content-type') ?? '')) {
      controller.abort();
      return { kind: 'refused', refusal: { code: 'html', message: refusalText.html() } };
    }
    // Count while reading: a server that lies about (or omits) its length is cut off at the cap.
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    const encoding = contentEncodingOf(response);
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          // A body that breaks off is not "cannot reach the server": the server answered. With a
          // Content-Encoding, the platform's decoder is the usual culprit (red team 14 item 3: a
          // gzip header on a plain body read "terminated").
          if (timedOut) throw error;
          controller.abort();
          return bodyFailure(error, encoding, bytes);
        }
        const { done, value } = next;
        if (done) break;
        bytes += value.byteLength;
        if (bytes > maxBytes) {
          await reader.cancel().catch(() => undefined);
          controller.abort();
          return {
            kind: 'refused',
            refusal: { code: 'tooLarge', message: refusalText.tooLargeStreaming(maxBytes) },
          };
        }
        chunks.push(value);
      }
    }
    const all = new Uint8Array(bytes);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.byteLength;
    }
    const decoded = decodePackBytes(all);
    if (!decoded.ok) {
      // Bytes that are no text under a Content-Encoding: compressed in a way the platform did not
      // undo (or undid wrongly): the transfer failed, the pack was never read.
      if (encoding)
        return { kind: 'failed', code: 'badEncoding', message: syncText.encodedNotText(encoding) };
      return { kind: 'refused', refusal: { code: decoded.code, message: decoded.message } };
    }
    return { kind: 'body', text: decoded.text, etag: response.headers.get('etag') ?? undefined, bytes };
  } catch (error) {
    if (timedOut) return { kind: 'failed', code: 'timeout', message: syncText.timeout(timeoutMs) };
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', code: 'network', message: syncText.network(reason) };
  } finally {
    clearTimeout(timer);
  }
}

/** The Content-Encoding the server declared, for messages; undefined when none (or identity). */
function contentEncodingOf(response: Response): string | undefined {
  // A token list (gzip, br): anything else the server put there is not shown.
  const value = (response.headers.get('content-encoding') ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9 ,._-]/g, '')
    .trim()
    .slice(0, 40);
  return value === '' || value === 'identity' ? undefined : value;
}

/** What the platform says when its decoder (not the connection) failed, where it says anything. */
function isDecodeError(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const words = `${String(cause?.code ?? '')} ${String(cause?.message ?? '')} ${error instanceof Error ? error.message : ''}`;
  return /\bZ_|ERR__ERROR|decompress|decod|zlib|brotli|incorrect header check|invalid (block|distance|stored)/i.test(
    words,
  );
}

function bodyFailure(error: unknown, encoding: string | undefined, bytes: number): Download {
  const decode = isDecodeError(error);
  if (encoding)
    return { kind: 'failed', code: 'badEncoding', message: syncText.decodeFailed(encoding, decode) };
  return { kind: 'failed', code: 'interrupted', message: syncText.interrupted(bytes) };
}

const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * Follows redirects one hop at a time, each hop checked by the URL rule (issue 14 item 6). Where
 * the platform hides redirect targets (a browser's `manual` gives an opaque response), the request
 * is repeated with `follow` and the final address is checked instead.
 */
async function follow(
  first: string,
  etag: string | undefined,
  signal: AbortSignal,
  deps: DownloadDeps,
): Promise<Response | Exclude<Download, { kind: 'body' } | { kind: 'notModified' }>> {
  const request = (url: string, redirect: RequestRedirect) =>
    deps.fetch(url, {
      method: 'GET',
      headers: etag ? { 'If-None-Match': etag } : {},
      signal,
      // Conditional requests are ours (If-None-Match); the HTTP cache must not answer for the server.
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect,
    });
  let url = first;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await request(url, 'manual');
    if (response.type === 'opaqueredirect') {
      const followed = await request(url, 'follow');
      if (followed.url && !isAllowedPackUrl(followed.url))
        return { kind: 'refused', refusal: refusal('badRedirect', syncText.badRedirect(followed.url)) };
      return followed;
    }
    if (!REDIRECT.has(response.status)) return response;
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (!location?.trim())
      return {
        kind: 'refused',
        refusal: refusal('badRedirect', syncText.redirectWithoutAddress(response.status)),
      };
    let next: string | undefined;
    try {
      next = new URL(location, url).href;
    } catch {
      next = undefined;
    }
    if (!next || !isAllowedPackUrl(next))
      return { kind: 'refused', refusal: refusal('badRedirect', syncText.badRedirect(location)) };
    url = next;
  }
  return { kind: 'failed', code: 'tooManyRedirects', message: syncText.tooManyRedirects(MAX_REDIRECTS) };
}
