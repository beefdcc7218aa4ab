/**
 * Calls the debtor asked for (issue 12 §5): a callback placed at the time the debtor chose does not
 * count toward the frequency presumption (12 CFR 1006.14(b)(3)); in China the same holds for
 * "另有约定" where the pack's rule says so (`consentExempt`).
 */
import type { CallAttempt } from './types';

/** How far from the requested time a callback still is the one the debtor asked for. */
export const CONSENT_SLACK_MS = 30 * 60_000;

/** The requested callback time (epoch ms) that a call at `at` answers, or null. */
export function requestedCallbackFor(at: number, history: readonly CallAttempt[]): number | null {
  for (const earlier of history) {
    const asked = earlier.requestedCallbackAt;
    if (asked === undefined || earlier.at >= at) continue;
    if (Math.abs(at - asked) <= CONSENT_SLACK_MS) return asked;
  }
  return null;
}

/** The attempts that were themselves callbacks the debtor asked for. */
export function consentedAttempts(history: readonly CallAttempt[]): Set<CallAttempt> {
  return new Set(history.filter((a) => requestedCallbackFor(a.at, history) !== null));
}
