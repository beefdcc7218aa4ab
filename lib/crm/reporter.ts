/**
 * Decides what the content script tells the background: asks for the adapter when the URL
 * changes, extracts, and sends only when the account or a value changed (a CRM's ticking call
 * timer must not flood the panel). No `browser` here: the content script passes its senders in.
 */
import type { Adapter } from '../pack/schema';
import type { CrmReport } from './context';

export interface ReporterDeps {
  adapterFor(url: string): Promise<Adapter | null>;
  extract(adapter: Adapter, url: string, now: number): CrmReport;
  send(report: CrmReport): Promise<void>;
  now(): number;
}

/** The report without its timestamp: two reads of an unchanged page compare equal. */
function fingerprint(report: CrmReport): string {
  if (report.kind === 'none') return JSON.stringify(['none', report.adapterId, report.url, report.reason]);
  const { readAt: _readAt, ...rest } = report.context;
  return JSON.stringify(['account', rest]);
}

export function createReporter(deps: ReporterDeps) {
  let adapterUrl: string | null = null;
  let adapter: Adapter | null = null;
  let last: string | null = null;
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
    if (print === last) return;
    last = print;
    await deps.send(report);
  }

  return {
    /** Serialised: a slow adapter lookup never lets an older read overtake a newer one. */
    update(url: string): Promise<void> {
      running = running.then(() => run(url)).catch(() => undefined);
      return running;
    },
    /** Forget what was sent (the background may have lost it, e.g. after an extension reload). */
    reset(): void {
      last = null;
      adapterUrl = null;
    },
  };
}
