/**
 * The agent's corrections of what the CRM says (issue 6 §3): days past due and hardship typed over
 * the page's values, so the segment, and with it the plan policy, follows what the agent learnt.
 */
import type { AccountContext } from '../crm/context';

export function crmHardship(context: AccountContext | null): boolean {
  const flags = context?.fields.flags?.value;
  return context?.fields.hardship?.value === true || (Array.isArray(flags) && flags.includes('hardship'));
}

/** The context with the agent's corrections of DPD and hardship, so the segment (and policy) follows them. */
export function corrected(
  context: AccountContext | null,
  dpd: number | undefined,
  hardship: boolean,
): AccountContext | null {
  if (!context) return null;
  const fields = { ...context.fields };
  if (dpd !== undefined && fields.dpd?.value !== dpd) {
    fields.dpd = {
      raw: String(dpd),
      value: dpd,
      parse: 'int',
      source: fields.dpd?.source ?? { label: 'dpd' },
    };
  }
  if (hardship !== crmHardship(context)) {
    fields.hardship = {
      raw: String(hardship),
      value: hardship,
      parse: 'bool',
      source: fields.hardship?.source ?? { label: 'hardship' },
    };
    if (!hardship && Array.isArray(fields.flags?.value) && fields.flags) {
      fields.flags = { ...fields.flags, value: fields.flags.value.filter((flag) => flag !== 'hardship') };
    }
  }
  return { ...context, fields };
}
