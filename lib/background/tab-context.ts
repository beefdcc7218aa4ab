/**
 * The background's view of each tab's CRM page (issue 15 item 10): keeps what the content script
 * reports, pushes it to the panels following that tab, and clears the account the moment the tab
 * leaves the CRM or starts showing another document, saying why, so the Guard never acts on a
 * customer who is no longer on screen. Needs no `tabs` permission (issue 18 §4): the browser shows
 * a tab's URL only on granted CRM origins, so a URL it withholds, or one no adapter reads, means
 * the tab left the CRM; a loading or loaded tab whose reporting document no longer answers
 * (`tabs.sendMessage` to its `documentId`) loads another page, while an SPA's pushState or hash
 * change keeps its document, which goes on reporting by itself.
 */
import type { ClearCause, CrmReport } from '../crm/context';
import type { TabReport } from '../crm/tab-reports';

export interface TabContextDeps {
  load(tabId: number): Promise<TabReport | null>;
  save(tabId: number, entry: TabReport): Promise<void>;
  forget(tabId: number): Promise<void>;
  /** To every panel following the tab. */
  push(tabId: number, report: CrmReport | null): void;
  /** Whether an adapter of the active pack reads this URL. */
  isCrmUrl(url: string): Promise<boolean>;
  /**
   * The tab's URL as the browser shows it: undefined when it withholds it (not a granted origin,
   * hence not the CRM), null when the tab cannot be read (closed).
   */
  tabUrl(tabId: number): Promise<string | undefined | null>;
  /** Whether that document of the tab still answers (a new page has replaced it when not). */
  answers(tabId: number, documentId: string): Promise<boolean>;
  now(): number;
}

/** What `tabs.onUpdated` says changed (the fields used here). */
export interface TabChange {
  status?: string;
  url?: string;
}

const REASONS: Record<ClearCause, string> = {
  left: 'the tab left the CRM',
  loading: 'the tab is loading another page',
};

export function createTabContext(deps: TabContextDeps) {
  /** One chain per tab: a report and a navigation check never interleave. */
  const queues = new Map<number, Promise<void>>();

  function serial(tabId: number, task: () => Promise<void>): Promise<void> {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      console.error('Tab context', error);
    });
    queues.set(tabId, next);
    void next.then(() => {
      if (queues.get(tabId) === next) queues.delete(tabId);
    });
    return next;
  }

  async function clear(tabId: number, entry: TabReport, cause: ClearCause, url: string): Promise<void> {
    const adapterId =
      entry.report.kind === 'account' ? entry.report.context.adapterId : entry.report.adapterId;
    const report: CrmReport = {
      kind: 'none',
      adapterId,
      url: url.slice(0, 4000),
      readAt: deps.now(),
      reason: REASONS[cause],
      cause,
    };
    // Pushed first: the panel must not wait for storage to stop showing the customer.
    deps.push(tabId, report);
    await deps.save(tabId, { report });
  }

  return {
    /** A content script's report (`documentId` from the sender, when the browser gives one). */
    report(tabId: number, report: CrmReport, documentId?: string): Promise<void> {
      return serial(tabId, async () => {
        deps.push(tabId, report);
        await deps.save(tabId, documentId === undefined ? { report } : { report, documentId });
      });
    },

    /** `tabs.onUpdated`: clears the account when the tab left the CRM or loads another page. */
    updated(tabId: number, change: TabChange): Promise<void> {
      const navigating = change.status === 'loading' || change.status === 'complete';
      if (!navigating && change.url === undefined) return Promise.resolve();
      return serial(tabId, async () => {
        const entry = await deps.load(tabId);
        if (entry?.report.kind !== 'account') return;
        // Without the `tabs` permission the event carries a URL only on granted origins.
        const shown = change.url ?? (await deps.tabUrl(tabId));
        if (shown === null) return;
        const url = shown ?? entry.report.context.url;
        if (shown === undefined || !(await deps.isCrmUrl(shown))) {
          return clear(tabId, entry, 'left', url);
        }
        if (entry.documentId !== undefined && !(await deps.answers(tabId, entry.documentId))) {
          return clear(tabId, entry, 'loading', url);
        }
      });
    },

    /** The tab closed. */
    removed(tabId: number): Promise<void> {
      return serial(tabId, () => deps.forget(tabId));
    },

    load(tabId: number): Promise<CrmReport | null> {
      return deps.load(tabId).then((entry) => entry?.report ?? null);
    },

    /**
     * A panel starts following the tab: `send` gets what is stored, read in the tab's queue. Read
     * outside it, the stored "nothing yet" could reach the panel after the report that came
     * meanwhile was pushed to it, and the panel kept showing "not a CRM page" for a page that had
     * reported (a flaky e2e found it).
     */
    follow(tabId: number, send: (report: CrmReport | null) => void): Promise<void> {
      return serial(tabId, async () => {
        send((await deps.load(tabId))?.report ?? null);
      });
    },
  };
}
