/**
 * Flags raised during the call (the agent opened a crisis card, set a flag from an objection)
 * count like the CRM's own stop flags: a debtor who mentioned self-harm is a stop at once, not
 * when the CRM is next updated.
 */
import type { AccountContext } from '../crm/context';
import type { Rule } from '../pack/schema';

export function withCallFlags(
  context: AccountContext | null,
  rules: readonly Rule[],
  callFlags: readonly string[],
): AccountContext | null {
  if (!context || callFlags.length === 0) return context;
  const fields = { ...context.fields };
  for (const rule of rules) {
    if (rule.type !== 'stopFlag') continue;
    const reading = fields[rule.field];
    const crm = Array.isArray(reading?.value) ? reading.value : [];
    const value = [...new Set([...crm, ...callFlags])];
    fields[rule.field] = reading
      ? { ...reading, value }
      : { raw: value.join(','), value, parse: 'list', source: { selector: '(call)' } };
  }
  return { ...context, fields, problems: context.problems.filter((p) => !(p.field in fields)) };
}
