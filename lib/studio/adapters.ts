/**
 * The CRM adapters part of a draft (issue 17 item 6), read tolerantly and written by path: which
 * adapter, field, id and spec the Adapters tab and the field picker write. No React here.
 */
import type { FieldValue } from '@/lib/crm/context';
import { CRM_FIELD_NAMES, type CrmFieldName } from '@/lib/crm/fields';
import type { FieldParser, FieldSpec } from '@/lib/pack/schema';
import { toMajorString } from '@/lib/plan/money';
import { asList, asText, child, type JsonPath } from './edit';
import type { Picked } from './picker-label';

export const ADAPTERS_PATH: JsonPath = ['crm', 'adapters'];

export function adaptersOf(draft: unknown): unknown[] {
  return asList(child(child(draft, 'crm'), 'adapters'));
}

/** An id no adapter of the draft has (`crm-2`, `crm-3`…): leads name adapters, never id them. */
export function newAdapterId(draft: unknown): string {
  const taken = new Set(adaptersOf(draft).map((a) => asText(child(a, 'id'))));
  let n = taken.size + 1;
  while (taken.has(`crm-${n}`)) n++;
  return `crm-${n}`;
}

/** A new adapter: the lead fills the pages it reads and picks the account key and fields. */
export function newAdapter(draft: unknown, name: string, match: string[]) {
  return { id: newAdapterId(draft), name, match, accountKey: { parse: 'text' }, fields: {} };
}

/** Where a field's spec lives: the account key has its own place, other fields are under `fields`. */
export function fieldPath(adapter: number, field: string): JsonPath {
  return field === 'accountKey'
    ? [...ADAPTERS_PATH, adapter, 'accountKey']
    : [...ADAPTERS_PATH, adapter, 'fields', field];
}

/** The fields of an adapter in the draft, account key first (it always exists in a valid adapter). */
export function fieldsOf(adapter: unknown): { name: string; spec: Record<string, unknown> }[] {
  const spec = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
  const fields = child(adapter, 'fields');
  const named =
    typeof fields === 'object' && fields !== null && !Array.isArray(fields)
      ? Object.entries(fields).map(([name, v]) => ({ name, spec: spec(v) }))
      : [];
  return [{ name: 'accountKey', spec: spec(child(adapter, 'accountKey')) }, ...named];
}

/**
 * The field a pick is proposed for when the page's label names none: the first canonical field
 * the adapter does not find yet (a new adapter's first pick is its account key).
 */
export function firstUnset(adapter: unknown): CrmFieldName {
  const found = new Set(
    fieldsOf(adapter)
      .filter(({ spec }) => typeof spec.label === 'string' || typeof spec.selector === 'string')
      .map(({ name }) => name),
  );
  return CRM_FIELD_NAMES.find((name) => !found.has(name)) ?? 'accountKey';
}

export type FoundBy = 'label' | 'selector';

/**
 * The spec the picker proposes: by the page's label when the extractor reads the clicked value
 * from it (labels survive layout changes a selector does not), otherwise by the selector.
 */
export function proposedWay(picked: Picked): FoundBy | null {
  if (picked.labelWorks && picked.label) return 'label';
  return picked.selector ? 'selector' : null;
}

export function specFromPick(picked: Picked, way: FoundBy, parse: FieldParser): FieldSpec | null {
  if (way === 'label' && picked.label) return { label: picked.label, parse };
  if (way === 'selector' && picked.selector) return { selector: picked.selector, parse };
  return null;
}

/** A read value as the lead checks it: amounts in major units, lists joined, yes/no in words. */
export function displayValue(
  value: FieldValue,
  parse: FieldParser,
  currency: string,
  yesNo: [string, string],
) {
  if (parse === 'money' && typeof value === 'number') {
    try {
      return `${toMajorString(value, currency)} ${currency}`;
    } catch {
      return String(value);
    }
  }
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
