/**
 * Tells the content script when the CRM page may show something new: at start, after DOM
 * changes, and after navigation. Everything it sets up is torn down by `signal` (WXT's
 * `ctx.signal`), so an extension update never leaves a zombie observer on the CRM page.
 *
 * A URL change (hash, history, or one only the poll sees) is read at once, not after the DOM
 * debounce: the panel follows a navigation within a frame or two (issue 15 item 10).
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
  /** Quiet time before a read asked for by `settle()`. */
  settleMs?: number;
  /** A `settle()` read happens at the latest this long after it was asked for. */
  settleMaxMs?: number;
}

export interface CrmWatch {
  /**
   * Read again once the page has been quiet for `settleMs`: an account that just appeared may
   * still be rendering (key first, amounts a few ms later), so the reporter confirms it.
   */
  settle(): void;
  /** Read now (e.g. the active pack changed, so the adapter may have). */
  readNow(): void;
}

export function watchCrm({
  window,
  onChange,
  signal,
  debounceMs = 150,
  maxWaitMs = 1000,
  pollMs = 100,
  settleMs = 50,
  settleMaxMs = 200,
}: WatchOptions): CrmWatch {
  const idle: CrmWatch = { settle: () => undefined, readNow: () => undefined };
  if (signal.aborted) return idle;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending read was first asked for, and the longest it may wait from then. */
  let firstPendingAt: number | null = null;
  let maxWait = maxWaitMs;
  /** The quiet time a DOM change restarts: the debounce, or the shorter settle time. */
  let quiet = debounceMs;
  /** A read due at once (navigation): later DOM changes must not postpone it. */
  let urgent = false;
  let lastUrl = window.location.href;

  const fire = (): void => {
    timer = undefined;
    firstPendingAt = null;
    maxWait = maxWaitMs;
    quiet = debounceMs;
    urgent = false;
    if (!signal.aborted) onChange();
  };
  const arm = (wait: number): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, wait);
  };
  const readNow = (): void => {
    if (signal.aborted) return;
    urgent = true;
    // A timeout, not a direct call: the page's own listeners for this navigation run first.
    arm(0);
  };
  const urlChanged = (): boolean => {
    const href = window.location.href;
    if (href === lastUrl) return false;
    lastUrl = href;
    return true;
  };
  const onMutation = (): void => {
    if (urlChanged()) {
      readNow();
      return;
    }
    if (urgent) return;
    const now = Date.now();
    firstPendingAt ??= now;
    arm(Math.max(0, Math.min(quiet, firstPendingAt + maxWait - now)));
  };
  const onNavigation = (): void => {
    urlChanged();
    readNow();
  };

  const observer = new window.MutationObserver(onMutation);
  observer.observe(window.document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });

  // Removed by hand below rather than with `{ signal }`: the signal may come from another realm.
  window.addEventListener('popstate', onNavigation);
  window.addEventListener('hashchange', onNavigation);

  // A content script runs in an isolated world: the page's history.pushState is not ours to
  // patch and fires no event, so comparing the URL is the only sure sign of SPA navigation
  // that changes nothing in the DOM (a DOM change re-checks the URL at once, above).
  const poll = setInterval(() => {
    if (urlChanged()) readNow();
  }, pollMs);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      window.removeEventListener('popstate', onNavigation);
      window.removeEventListener('hashchange', onNavigation);
      clearInterval(poll);
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );

  onChange();
  return {
    settle() {
      if (signal.aborted || urgent) return;
      firstPendingAt = Date.now();
      maxWait = settleMaxMs;
      quiet = settleMs;
      arm(settleMs);
    },
    readNow,
  };
}
