/** Calendar dates (YYYY-MM-DD) as the agent's clock sees them. */

/** The date of `at` in `timeZone` (IANA; the runtime's zone when omitted). */
export function localDate(at: number, timeZone?: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
