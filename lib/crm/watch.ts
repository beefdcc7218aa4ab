/**
 * Tells the content script when the CRM page may show something new: at start, after DOM
 * changes, and after navigation. Everything it sets up is torn down by `signal` (WXT's
 * `ctx.signal`), so an extension update never leaves a zombie observer on the CRM page.
 */

/** The parts of a window the watcher uses (a jsdom window fits too). */
export type WatchedWindow = Pick<
  Window,
  'document' | 'location' | 'addEventListener' | 'removeEventListener'
> & {
  MutationObserver: typeof MutationObserver;
};

export interface WatchOptions {
  window: WatchedWindow;
  onChange: () => void;
  signal: AbortSignal;
  /** Quiet time after the last change before reading (an SPA renders in bursts). */
  debounceMs?: number;
  /** A page that never stops changing is still read at least this often. */
  maxWaitMs?: number;
  /** How often location.href is compared (see below). */
  pollMs?: number;
}

export function watchCrm({
  window,
  onChange,
  signal,
  debounceMs = 150,
  maxWaitMs = 1000,
  pollMs = 250,
}: WatchOptions): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | null = null;
  let lastUrl = window.location.href;

  const fire = (): void => {
    timer = undefined;
    firstPendingAt = null;
    if (!signal.aborted) onChange();
  };
  const schedule = (): void => {
    // Whatever triggered this read also covers a URL change, so the poll need not fire again.
    lastUrl = window.location.href;
    const now = Date.now();
    firstPendingAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const observer = new window.MutationObserver(schedule);
  observer.observe(window.document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });

  // Removed by hand below rather than with `{ signal }`: the signal may come from another realm.
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);

  // A content script runs in an isolated world: the page's history.pushState is not ours to
  // patch and fires no event, so comparing the URL is the only sure sign of SPA navigation.
  const poll = setInterval(() => {
    if (window.location.href !== lastUrl) schedule();
  }, pollMs);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      window.removeEventListener('popstate', schedule);
      window.removeEventListener('hashchange', schedule);
      clearInterval(poll);
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );

  onChange();
}
