import type { AccountContext } from '@/lib/crm/context';
import type { CallRecord } from '@/lib/db';
import type { Pack } from '@/lib/pack/schema';

/** What every section's top component receives (STYLE.md "One feature, one place"). */
export interface SectionProps {
  pack: Pack;
  /** The account on the followed tab; null when the page shows none. */
  context: AccountContext | null;
  /** The account's call in progress; null when none. */
  call: CallRecord | null;
}
