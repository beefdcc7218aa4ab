/**
 * Chrome match patterns (`https://*.bank.cn/crm/*`), the same syntax the manifest and
 * `scripting.registerContentScripts` use, so an adapter's `match` means one thing everywhere.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
import type { Adapter } from '../pack/schema';

const PATTERN = /^(\*|[a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)$/i;

/** Whether `url` matches `pattern`. Malformed patterns or URLs match nothing (never throw). */
export function matchesPattern(pattern: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (pattern === '<all_urls>') return ['http', 'https', 'file', 'ws', 'wss'].includes(scheme);

  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, patternScheme = '', patternHostPort = '', patternPath = '/*'] = m;

  const wantScheme = patternScheme.toLowerCase();
  if (wantScheme === '*' ? scheme !== 'http' && scheme !== 'https' : wantScheme !== scheme) return false;

  if (!hostMatches(stripPort(patternHostPort).toLowerCase(), parsed.hostname.toLowerCase(), scheme)) {
    return false;
  }
  // The path part covers the query too; the fragment never takes part.
  return globMatches(patternPath, parsed.pathname + parsed.search);
}

/** The pattern's port is ignored and any port matches (as with Chrome's port-less patterns). */
function stripPort(hostPort: string): string {
  if (hostPort.startsWith('[')) {
    const end = hostPort.indexOf(']');
    return end < 0 ? hostPort : hostPort.slice(0, end + 1);
  }
  const colon = hostPort.lastIndexOf(':');
  return colon < 0 ? hostPort : hostPort.slice(0, colon);
}

function hostMatches(pattern: string, host: string, scheme: string): boolean {
  if (scheme === 'file') return pattern === '' || pattern === '*';
  if (pattern === '*') return host !== '';
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    // `*.bank.cn` covers bank.cn itself and every subdomain, not `evilbank.cn`.
    return base.length > 0 && !base.includes('*') && (host === base || host.endsWith(`.${base}`));
  }
  return !pattern.includes('*') && pattern === host;
}

/**
 * `*` matches any run of characters (slashes included). Greedy with one backtrack point, so a
 * pattern full of stars costs O(pattern × text) at worst, never exponential.
 */
export function globMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let starG = -1;
  let starT = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] === '*') {
      starG = g++;
      starT = t;
    } else if (g < glob.length && glob[g] === text[t]) {
      g++;
      t++;
    } else if (starG >= 0) {
      g = starG + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/** The first adapter with a pattern matching `url` (pack order decides ties), or null. */
export function adapterFor(adapters: readonly Adapter[], url: string): Adapter | null {
  return adapters.find((adapter) => adapter.match.some((pattern) => matchesPattern(pattern, url))) ?? null;
}
