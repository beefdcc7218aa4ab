/**
 * How Debian's Chromium is started with the extension, for `npm start`, its screenshot and the e2e
 * tests. The background-networking flags matter on a closed network: without them Chromium keeps
 * trying Google's hosts.
 */
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function extensionArgs(extensionDir: string, options: { headless: boolean }): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // As root (CI, containers) Chromium refuses to start without this.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(options.headless
      ? [
          '--disable-gpu',
          // Keep the CRM tab's timers at full speed while the panel page has the focus.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ]
      : []),
  ];
}
