/**
 * Turns a comma-separated list of origins (`http://127.0.0.1:5178, https://crm.bank.cn`) into
 * match patterns (`http://127.0.0.1:5178/*`; without the port when `ports` is false, for Firefox).
 * Anything that is not an http(s) origin is dropped, so a typo never widens access.
 */
export function crmOriginPatterns(list: string, { ports }: { ports: boolean } = { ports: true }): string[] {
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
    // Chrome/Edge honour a port in a match pattern, so a grant for `:8443` stays on `:8443` (issue 18,
    // least privilege); Firefox rejects ports in patterns (bug 1362809), so there it is the host.
    patterns.add(`${url.protocol}//${ports ? url.host : url.hostname}/*`);
  }
  return [...patterns];
}
