/**
 * The one way a URL is shown (red team 14 item 1): in a refusal, a download error, the sync status,
 * the options page and the Studio. A pack URL may carry credentials (user:password@, a signed
 * link's token=, sig=, X-Amz-Signature=…), and every message that names the URL lands in
 * storage.local, on the options page and in screenshots sent to support. A list of "secret"
 * parameter names would always miss the next provider's, so EVERY query value and the fragment are
 * hidden (their names stay, so the admin can still tell which link it is), the user:password@ part
 * is replaced by a mark, and a long token-like path segment (a secret put in the path) is hidden
 * too. Kept free of other modules: the options page imports it.
 */

/** What replaces a hidden part. */
export const HIDDEN = '…';

/** A path segment that looks like a key or token: long, letters and digits mixed, no dot (not a file name). */
const TOKEN_SEGMENT = /^(?=[^/]*\d)(?=[^/]*[A-Za-z])[A-Za-z0-9_~%+=-]{24,}$/;

function hideQuery(query: string): string {
  if (query === '' || query === '?') return query;
  return `?${query
    .slice(1)
    .split(/[&;]/)
    .map((part) => {
      const at = part.indexOf('=');
      // A bare `?secret` is itself a value.
      return at < 0 ? (part === '' ? '' : HIDDEN) : `${part.slice(0, at)}=${HIDDEN}`;
    })
    .join('&')}`;
}

function hidePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (TOKEN_SEGMENT.test(segment) ? HIDDEN : segment))
    .join('/');
}

/**
 * A URL (or what was given as one) safe to show: no user:password, no query value, no fragment,
 * no token-like path segment. Text that does not parse as a URL is cleaned by the same rules on
 * its text (a refused Location header may be anything).
 */
export function shownUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return shownUnparsed(text);
  }
  if (!/^[a-z][a-z0-9+.-]*:$/.test(url.protocol) || !url.host) return shownUnparsed(text);
  const credentials = url.username || url.password ? `${HIDDEN}@` : '';
  const fragment = url.hash ? `#${HIDDEN}` : '';
  return `${url.protocol}//${credentials}${url.host}${hidePath(url.pathname)}${hideQuery(url.search)}${fragment}`;
}

/** The same rules on text that is no URL (a relative or broken address). */
function shownUnparsed(text: string): string {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf('#');
  const beforeFragment = hashAt < 0 ? trimmed : trimmed.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : `#${HIDDEN}`;
  const queryAt = beforeFragment.indexOf('?');
  const base = queryAt < 0 ? beforeFragment : beforeFragment.slice(0, queryAt);
  const query = queryAt < 0 ? '' : hideQuery(beforeFragment.slice(queryAt));
  // user:password@ after a scheme's // (or a scheme-relative //), before the first / ? #.
  const noCredentials = base.replace(/^((?:[a-z][a-z0-9+.-]*:)?\/\/)[^/]*@/i, `$1${HIDDEN}@`);
  return `${hidePath(noCredentials)}${query}${fragment}`;
}

/** Absolute URLs inside free text (a platform's error message may quote the address). */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s"'<>]+/gi;

/** Free text (an exception's message, a server's words) with every URL in it made safe to show. */
export function withShownUrls(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => shownUrl(url));
}
