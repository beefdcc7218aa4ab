/**
 * The account context: what the content script read from the CRM page for one account.
 * Plain types only (no zod): the content script imports this and must stay tiny. The background
 * validates it on receipt with `accountContextSchema` in `lib/messaging.ts`.
 */
import type { FieldParser } from '../pack/schema';

export type FieldValue = string | number | boolean | string[];

/** Where a value was read: the CSS selector, or the text of the label beside it. */
export type FieldSource = { selector: string } | { label: string };

export interface FieldReading {
  /** The text as found on the page (trimmed, at most 500 characters). */
  raw: string;
  /** Parsed by the field's `parse`: money in minor units, int, ISO date, digits for phone… */
  value: FieldValue;
  parse: FieldParser;
  source: FieldSource;
}

export interface FieldProblem {
  field: string;
  /** `missing`: not on the page; `unparseable`: on the page but not a valid value. */
  problem: 'missing' | 'unparseable';
  required: boolean;
  raw?: string;
  /** An amount the page writes in another currency than the pack's: never read (lib/crm/currency.ts). */
  currency?: { written: string; expected: string };
}

export interface AccountContext {
  adapterId: string;
  accountKey: string;
  fields: Record<string, FieldReading>;
  /** Fields the adapter names that could not be read; never filled from an earlier account. */
  problems: FieldProblem[];
  /** The CRM's call-state text, if the adapter names one, and whether it means a live call. */
  callState?: { raw: string; active: boolean };
  url: string;
  /** Epoch milliseconds. */
  readAt: number;
}

/**
 * Why the background cleared a tab's account before its page could say (issue 15 item 10): the
 * tab left the CRM (`left`), or it is loading another document (`loading`).
 */
export type ClearCause = 'left' | 'loading';

/**
 * Background → one CRM document (`tabs.sendMessage` with its `documentId`): are you still there?
 * A same-document navigation (pushState, hash) keeps the content script; a new page does not.
 * Kept out of the zod protocol: only the content script answers it, and it carries no payload.
 */
export const CRM_PING = 'crm/ping';

/**
 * Background → every CRM tab: the settings or the active pack changed, so the adapter may have.
 * The content script cannot watch `storage.local` itself: it is closed to content scripts
 * (issue 16 §8). No payload, like CRM_PING.
 */
export const CRM_ADAPTER_CHANGED = 'crm/adapter-changed';

/** What the content script reports: an account, or that the page shows none. */
export type CrmReport =
  | { kind: 'account'; context: AccountContext }
  | {
      kind: 'none';
      adapterId: string | null;
      url: string;
      readAt: number;
      reason: string;
      cause?: ClearCause;
    };

/** Days past due → bucket (DOMAIN.md §2): M1 = 1–30, M2 = 31–60, … M6+ over 150. */
export function bucketOf(dpd: number): string {
  if (dpd <= 0) return 'M0';
  const m = Math.ceil(dpd / 30);
  return m >= 6 ? 'M6+' : `M${m}`;
}
