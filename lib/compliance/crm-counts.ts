/**
 * Counts the CRM keeps for the whole institution (issue 12 §4, review Z21/U3): this browser sees
 * only its own calls, so the Guard uses the larger of the CRM's count and the local one and shows
 * both. An adapter provides them as fields with these names.
 */
import type { AccountContext } from '../crm/context';

export const CRM_COUNT_FIELDS = {
  /** Attempts to this number today, answered or not. */
  attemptsToday: 'attemptsToday',
  /** Attempts in the last 7 days, today included. */
  attempts7d: 'attempts7d',
  /** Connected calls today. */
  connectsToday: 'connectsToday',
  /** Date (YYYY-MM-DD) of the last conversation with the debtor. */
  lastConversation: 'lastConversation',
} as const;

export interface CrmCounts {
  attemptsToday?: number;
  attempts7d?: number;
  connectsToday?: number;
  lastConversation?: string;
}

function countOf(context: AccountContext, field: string): number | undefined {
  const v = context.fields[field]?.value;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

/** The CRM's counts read from the page; a field the adapter lacks or could not parse is absent. */
export function crmCounts(context: AccountContext | null): CrmCounts {
  if (!context) return {};
  const out: CrmCounts = {};
  const today = countOf(context, CRM_COUNT_FIELDS.attemptsToday);
  if (today !== undefined) out.attemptsToday = today;
  const week = countOf(context, CRM_COUNT_FIELDS.attempts7d);
  if (week !== undefined) out.attempts7d = week;
  const connects = countOf(context, CRM_COUNT_FIELDS.connectsToday);
  if (connects !== undefined) out.connectsToday = connects;
  const last = context.fields[CRM_COUNT_FIELDS.lastConversation]?.value;
  if (typeof last === 'string' && /^\d{4}-\d{2}-\d{2}/.test(last)) out.lastConversation = last.slice(0, 10);
  return out;
}
