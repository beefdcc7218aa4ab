/**
 * A CRM amount written in another currency than the pack's is never read (live-call walk 10): the
 * content script strips the sign and reads US$1,234.00 as 123,400 minor units, and the pack's
 * currency turned it into ¥1,234.00 in the header, the script and the plan. Here, where the pack
 * is known, such a reading leaves the fields and becomes a problem that names both currencies, so
 * the panel shows it unread with its reason and nothing computes with it.
 */
import type { Pack } from '../pack/schema';
import { otherCurrencyWritten } from '../text/amount';
import type { AccountContext, FieldProblem, FieldReading } from './context';

export function inPackCurrency(
  context: AccountContext,
  pack: Pick<Pack, 'currency' | 'crm'>,
): AccountContext {
  const adapter = pack.crm.adapters.find((a) => a.id === context.adapterId);
  const fields: Record<string, FieldReading> = {};
  const unread: FieldProblem[] = [];
  for (const [field, reading] of Object.entries(context.fields)) {
    const written = reading.parse === 'money' ? otherCurrencyWritten(reading.raw, pack.currency) : undefined;
    if (written === undefined) {
      fields[field] = reading;
      continue;
    }
    unread.push({
      field,
      problem: 'unparseable',
      required: adapter?.fields[field]?.required ?? false,
      raw: reading.raw,
      currency: { written, expected: pack.currency },
    });
  }
  return unread.length === 0 ? context : { ...context, fields, problems: [...context.problems, ...unread] };
}
