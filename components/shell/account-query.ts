/**
 * A live query whose answer belongs to one account. dexie-react-hooks keeps the last answer while
 * the query for new deps runs, so right after the CRM switched accounts mid-call the panel showed
 * the previous customer's running call (and the Guard their attempts) under the new customer's
 * name (live-call walk 9). Until the new account's answer arrives this gives undefined: reading.
 */
import { useLiveQuery } from 'dexie-react-hooks';

export function useAccountLiveQuery<T>(
  accountKey: string | undefined,
  query: () => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const answer = useLiveQuery(async () => ({ accountKey, value: await query() }), [accountKey, ...deps]);
  return answer !== undefined && answer.accountKey === accountKey ? answer.value : undefined;
}
