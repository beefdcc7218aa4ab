/**
 * A segment's condition as rows a lead edits (issue 17 item 1): one field-op-value comparison a
 * row, joined by "all" or "any". A nested group the rows cannot show stays as it is (edited in the
 * JSON) and is only removable here. No rows means "every account": the catch-all condition lint
 * recommends (lib/pack/lint-compliance.ts).
 */
import { CRM_FIELDS, type CrmField, isCrmField } from '../crm/fields';
import { parseInteger, parseMoney } from '../crm/parse-value';
import type { LocalizedText } from '../i18n/text';
import { CONDITION_OPS, type ConditionValue, type FieldParser } from '../pack/schema';
import { toMajorString } from '../plan/money';
import { asList, child } from './edit';

export type ConditionOp = (typeof CONDITION_OPS)[number];
export type Join = 'all' | 'any';

export interface Comparison {
  field: string;
  op: ConditionOp;
  value?: ConditionValue;
}

export type ConditionRow = { kind: 'comparison'; comparison: Comparison } | { kind: 'group'; raw: unknown };

export interface ConditionRows {
  join: Join;
  rows: ConditionRow[];
}

/** Always holds: every account has a key (lib/pack/condition.ts `exists`). */
export const CATCH_ALL: Comparison = { field: 'accountKey', op: 'exists' };

function isComparison(value: unknown): value is Comparison {
  const op = child(value, 'op');
  return (
    typeof child(value, 'field') === 'string' &&
    typeof op === 'string' &&
    (CONDITION_OPS as readonly string[]).includes(op)
  );
}

function rowOf(value: unknown): ConditionRow {
  return isComparison(value) ? { kind: 'comparison', comparison: value } : { kind: 'group', raw: value };
}

/** The rows of a segment's `when`, read tolerantly from the half-valid draft. */
export function rowsOf(when: unknown): ConditionRows {
  if (isComparison(when)) {
    const catchAll = when.field === CATCH_ALL.field && when.op === 'exists' && when.value === undefined;
    return { join: 'all', rows: catchAll ? [] : [rowOf(when)] };
  }
  for (const join of ['all', 'any'] as const) {
    const list = child(when, join);
    if (Array.isArray(list)) return { join, rows: asList(list).map(rowOf) };
  }
  return { join: 'all', rows: when === undefined ? [] : [rowOf(when)] };
}

/** The `when` the rows stand for. */
export function whenOf({ join, rows }: ConditionRows): unknown {
  const items = rows.map((row) => (row.kind === 'comparison' ? row.comparison : row.raw));
  if (items.length === 0) return CATCH_ALL;
  if (items.length === 1) return items[0];
  return join === 'all' ? { all: items } : { any: items };
}

export interface FieldChoice {
  name: string;
  parse: FieldParser;
  /** The vocabulary's description; a field only the draft's adapters read has none. */
  label?: LocalizedText;
}

/**
 * Fields a condition may read: the canonical vocabulary, `bucket` (derived from dpd), and every
 * field the draft's own adapters name, with the parse type the adapter gives it.
 */
export function fieldChoices(draft: unknown): FieldChoice[] {
  const choices = new Map<string, FieldChoice>();
  for (const [name, field] of Object.entries(CRM_FIELDS) as [string, CrmField][])
    choices.set(name, { name, parse: field.parse, label: field.label });
  choices.set('bucket', {
    name: 'bucket',
    parse: 'text',
    label: { zh: '逾期阶段（M1、M2…）', en: 'Bucket (M1, M2…)' },
  });
  for (const adapter of asList(child(child(draft, 'crm'), 'adapters'))) {
    const fields = child(adapter, 'fields');
    if (typeof fields !== 'object' || fields === null) continue;
    for (const [name, spec] of Object.entries(fields)) {
      if (choices.has(name)) continue;
      const parse = child(spec, 'parse');
      choices.set(name, { name, parse: typeof parse === 'string' ? (parse as FieldParser) : 'text' });
    }
  }
  return [...choices.values()];
}

export function parseOf(field: string, choices: readonly FieldChoice[]): FieldParser {
  if (isCrmField(field)) return CRM_FIELDS[field].parse;
  return choices.find((c) => c.name === field)?.parse ?? 'text';
}

/** One literal as the lead reads it: money in major units of the pack's currency. */
function literalText(value: string | number | boolean, parse: FieldParser, currency: string): string {
  if (parse === 'money' && typeof value === 'number') return toMajorString(value, currency);
  return String(value);
}

/** The value box's text for a comparison (a list joined by commas for `in`). */
export function valueText(comparison: Comparison, parse: FieldParser, currency: string): string {
  const { value } = comparison;
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => literalText(v, parse, currency)).join(', ');
  return literalText(value, parse, currency);
}

function literal(text: string, parse: FieldParser): string | number | boolean | null {
  const s = text.trim();
  if (s === '') return null;
  if (parse === 'money') return parseMoney(s);
  if (parse === 'int') return parseInteger(s);
  if (parse === 'bool') return s === 'true' ? true : s === 'false' ? false : null;
  return s;
}

/**
 * The value typed for an op, in the field's own type (money to minor units by the one money
 * parser); `null` when the text is not a value of that type. `exists` takes no value.
 */
export function parseValueText(
  text: string,
  op: ConditionOp,
  parse: FieldParser,
): ConditionValue | undefined | null {
  if (op === 'exists') return undefined;
  if (op === 'in') {
    const items = text
      .split(/[,，、]/)
      .map((part) => literal(part, parse))
      .filter((v) => v !== null);
    if (items.length === 0 || items.some((v) => typeof v === 'boolean')) return null;
    return items as (string | number)[];
  }
  return literal(text, parse);
}
