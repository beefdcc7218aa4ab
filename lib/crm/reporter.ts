/**
 * Decides what the content script tells the background: asks for the adapter when the URL
 * changes, extracts, and sends only when the account or a value changed (a CRM's ticking call
 * timer must not flood the panel). No `browser` here: the content script passes its senders in.
 *
 * A new account (another key, customer name or URL than the last one sent) is sent only once a second
 * read after a quiet moment finds exactly the same: a CRM that renders the key first and the
 * amounts a few ms later never yields the new key with the old amounts (issue 15 item 10).
 */
import type { Adapter } from '../pack/schema';
import type { CrmReport } from './context';

export interface ReporterDeps {
  adapterFor(url: string): Promise<Adapter | null>;
  extract(adapter: Adapter, url: string, now: number): CrmReport;
  send(report: CrmReport): Promise<void>;
  now(): number;
  /** Ask for another read once the page has been quiet (the watcher's `settle`). */
  settle(): void;
}

/**
 * A page whose values change on every read is sent after this many unconfirmed reads, so the
 * panel is never left waiting forever (what it then shows is still one read of one page).
 */
const MAX_UNCONFIRMED = 5;

/** The report without its timestamp: two reads of an unchanged page compare equal. */
function fingerprint(report: CrmReport): string {
  if (report.kind === 'none') return JSON.stringify(['none', report.adapterId, report.url, report.reason]);
  const { readAt: _readAt, ...rest } = report.context;
  return JSON.stringify(['account', rest]);
}

/**
 * Which customer on which page: when this changes, the page may be half-rendered. The name is
 * part of it: an SPA that writes the next customer's name before the key and the amounts would
 * otherwise have the new name sent at once with the old account's amounts (red team 11).
 */
function identity(report: CrmReport | null): string | null {
  if (report?.kind !== 'account') return null;
  const { adapterId, accountKey, url, fields } = report.context;
  return JSON.stringify([adapterId, accountKey, url, fields.name?.value ?? null]);
}

export function createReporter(deps: ReporterDeps) {
  let adapterUrl: string | null = null;
  let adapter: Adapter | null = null;
  let last: string | null = null;
  let lastIdentity: string | null = null;
  /** A new account read once and not yet confirmed by a second, identical read. */
  let pending: { print: string; reads: number } | null = null;
  let running: Promise<void> = Promise.resolve();

  async function run(url: string): Promise<void> {
    if (url !== adapterUrl) {
      adapter = await deps.adapterFor(url);
      adapterUrl = url;
    }
    const now = deps.now();
    const report: CrmReport = adapter
      ? deps.extract(adapter, url, now)
      : { kind: 'none', adapterId: null, url, readAt: now, reason: 'no adapter for this page' };
    const print = fingerprint(report);
    const id = identity(report);
    // Any change of what an account read shows is confirmed too: an SPA may write the next
    // customer's amounts before the name and key (王芳's amount under 张伟, red team 11).
    if (id !== null && (id !== lastIdentity || print !== last)) {
      const confirmed = pending?.print === print || (pending?.reads ?? 0) >= MAX_UNCONFIRMED;
      if (!confirmed) {
        pending = { print, reads: (pending?.reads ?? 0) + 1 };
        deps.settle();
        return;
      }
    }
    pending = null;
    if (print === last) return;
    last = print;
    lastIdentity = id;
    await deps.send(report);
  }

  return {
    /** Serialised: a slow adapter lookup never lets an older read overtake a newer one. */
    update(url: string): Promise<void> {
      running = running.then(() => run(url)).catch(() => undefined);
      return running;
    },
    /** Ask for the adapter again on the next read (the active pack may have changed). */
    forgetAdapter(): void {
      adapterUrl = null;
    },
    /** Forget what was sent (the background may have lost it, e.g. after an extension reload). */
    reset(): void {
      last = null;
      lastIdentity = null;
      pending = null;
      adapterUrl = null;
    },
  };
}
