/**
 * Turns a comma-separated list of origins (`http://127.0.0.1:5178, https://crm.bank.cn`) into
 * match patterns (`http://127.0.0.1:5178/*`). Anything that is not an http(s) origin is dropped,
 * so a typo never widens access.
 */
export function crmOriginPatterns(list: string): string[] {
  const patterns = new Set<string>();
  for (const raw of list.split(',')) {
    const text = raw.trim();
    if (!text) continue;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    // Match patterns take no port: Chrome ignores it, so match the host on any port.
    patterns.add(`${url.protocol}//${url.hostname}/*`);
  }
  return [...patterns];
}
