/**
 * Reads fields of a CRM page with the REAL extractor (lib/crm/extract.ts), for the Studio's picker
 * and "test adapter" (issue 17 item 6): what the Studio shows is what agents' panels will read.
 * Runs in the picker script on the page, and in the Studio to interpret the report it sends back.
 */
import type { CrmReport, FieldValue } from '@/lib/crm/context';
import type { Adapter, FieldSpec } from '@/lib/pack/schema';

/**
 * The extractor refuses a page without an account key. To try one proposed field before the
 * adapter has a working key, the probe's key is the page's first visible character: any page with
 * text has one, and the key's value is never shown.
 */
export const PROBE_KEY: FieldSpec = { selector: ':root', parse: 'text', pattern: '(\\S)' };
export const PROBE_ID = 'studio-probe';

/** An adapter that reads only `fields` (the probe key aside) on whatever page it is given. */
export function probeAdapter(fields: Record<string, FieldSpec>): Adapter {
  return { id: PROBE_ID, name: PROBE_ID, match: ['*://*/*'], accountKey: PROBE_KEY, fields };
}

export type FieldResult =
  | { state: 'value'; raw: string; value: FieldValue }
  | { state: 'missing' | 'unparseable'; raw?: string }
  | { state: 'no-account'; reason: string };

/** One field of a report, as the Studio shows it. */
export function fieldResult(report: CrmReport, name: string): FieldResult {
  if (report.kind === 'none') return { state: 'no-account', reason: report.reason };
  const reading = report.context.fields[name];
  if (reading) return { state: 'value', raw: reading.raw, value: reading.value };
  const problem = report.context.problems.find((p) => p.field === name);
  if (problem?.problem === 'unparseable') return { state: 'unparseable', raw: problem.raw ?? '' };
  return problem?.raw === undefined ? { state: 'missing' } : { state: 'missing', raw: problem.raw };
}

/** Every field an adapter reads (account key first), each with what the page gave. */
export function adapterResults(
  report: CrmReport,
  adapter: Pick<Adapter, 'fields'>,
): { name: string; result: FieldResult }[] {
  const names = ['accountKey', ...Object.keys(adapter.fields).filter((n) => n !== 'accountKey')];
  if (report.kind === 'account') {
    return names.map((name) =>
      name === 'accountKey' && !('accountKey' in adapter.fields)
        ? {
            name,
            result: { state: 'value', raw: report.context.accountKey, value: report.context.accountKey },
          }
        : { name, result: fieldResult(report, name) },
    );
  }
  return [{ name: 'accountKey', result: fieldResult(report, 'accountKey') }];
}
