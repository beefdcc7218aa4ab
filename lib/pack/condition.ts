/**
 * Pack conditions (DESIGN.md "Condition") evaluated over the account context: a fixed operator
 * set over field values, no code. A missing field makes every comparison false (and `ne` true),
 * so a page without a value never silently selects a stricter or laxer script.
 */
import { type AccountContext, bucketOf, type FieldValue } from '../crm/context';
import { foldText } from '../text/fold';
import type { Condition, ConditionValue } from './schema';

export type ConditionFacts = Record<string, FieldValue | undefined>;

/** Field values of a context, plus the derived ones (bucket from dpd). */
export function factsOf(context: AccountContext | null): ConditionFacts {
  if (!context) return {};
  const facts: ConditionFacts = { accountKey: context.accountKey };
  for (const [name, reading] of Object.entries(context.fields)) facts[name] = reading.value;
  const dpd = facts.dpd;
  if (typeof dpd === 'number') facts.bucket = bucketOf(dpd);
  return facts;
}

/** A value as compared for (in)equality: text folded, numbers and yes/no as they are. */
type Comparable = string | number | boolean;

/**
 * The CRM's text is untrusted and the pack's is typed by a person: both through the one folding,
 * so 高風險 on a 繁體 CRM, ＶＩＰ in full width or a value with a zero-width space inside is the
 * pack's 高风险 / vip (session 13: a lower-casing of its own missed them).
 */
function comparable(value: Comparable): Comparable {
  return typeof value === 'string' ? foldText(value) : value;
}

function same(a: Comparable, b: Comparable): boolean {
  if (typeof a === typeof b) return a === b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return false;
  // A number on one side and text on the other compare as text (`75` is the pack's '75').
  return foldText(String(a)) === foldText(String(b));
}

type Leaf = Extract<Condition, { field: string }>;

/** The pack's side of a leaf: the value (null for none or a list, which no single value equals) and the options of `in`. */
interface PackSide {
  one: Comparable | null;
  options: readonly Comparable[];
}

/**
 * The pack's side folded once per condition: a pack's conditions never change, and they are
 * evaluated for every script and rule on every CRM context change, so only the CRM's side is
 * folded per read. Keyed by the condition object (a parse gives new ones), so nothing outlives it.
 */
const packSides = new WeakMap<Leaf, PackSide>();

function packSide(leaf: Leaf): PackSide {
  let side = packSides.get(leaf);
  if (!side) {
    const { value } = leaf;
    const one = value === undefined || Array.isArray(value) ? null : comparable(value);
    const options = Array.isArray(value) ? value.map(comparable) : one === null ? [] : [one];
    side = { one, options };
    packSides.set(leaf, side);
  }
  return side;
}

function compare(a: FieldValue, b: ConditionValue | undefined): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // ISO dates compare as text.
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

const MAX_DEPTH = 16;
class TooDeep extends Error {}

/** Whether the condition holds. One nested deeper than the parser allows never holds. */
export function holds(condition: Condition, facts: ConditionFacts): boolean {
  try {
    return evaluate(condition, facts, 0);
  } catch (error) {
    if (error instanceof TooDeep) return false;
    throw error;
  }
}

function evaluate(condition: Condition, facts: ConditionFacts, depth: number): boolean {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if ('all' in condition) return condition.all.every((c) => evaluate(c, facts, depth + 1));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, facts, depth + 1));
  if ('not' in condition) return !evaluate(condition.not, facts, depth + 1);
  const actual = Object.hasOwn(facts, condition.field) ? facts[condition.field] : undefined;
  const { op, value } = condition;
  if (op === 'exists') return (actual !== undefined) === (value !== false);
  if (actual === undefined) return op === 'ne';
  // A list field (flags) "equals" a value when it contains it. Each CRM value is folded once here.
  const list = Array.isArray(actual) ? actual : null;
  if (op === 'eq' || op === 'ne' || op === 'in') {
    const { one, options } = packSide(condition);
    const items = Array.isArray(actual) ? actual.map(comparable) : [comparable(actual)];
    if (op === 'in') return items.some((item) => options.some((option) => same(item, option)));
    const found = one !== null && items.some((item) => same(item, one));
    return op === 'eq' ? found : !found;
  }
  if (list) return false;
  const order = compare(actual, value);
  if (order === null) return false;
  return op === 'gt' ? order > 0 : op === 'gte' ? order >= 0 : op === 'lt' ? order < 0 : order <= 0;
}

const SYMBOL = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤', in: '∈', exists: '✓' } as const;

/**
 * Why a condition holds, for people: `逾期天数 75 ≥ 61`. Only the parts that held are named
 * (for `any`, the first one that held). `label` turns a field name into the CRM's label.
 */
export function explain(
  condition: Condition,
  facts: ConditionFacts,
  label: (field: string) => string,
): string {
  if ('all' in condition) return condition.all.map((c) => explain(c, facts, label)).join(' · ');
  if ('any' in condition) {
    const met = condition.any.find((c) => holds(c, facts));
    return met ? explain(met, facts, label) : '';
  }
  if ('not' in condition) return `¬(${explain(condition.not, facts, label)})`;
  const actual = facts[condition.field];
  const shown = Array.isArray(actual) ? actual.join(',') : actual === undefined ? '—' : String(actual);
  const value = Array.isArray(condition.value) ? condition.value.join(',') : String(condition.value ?? '');
  if (condition.op === 'exists') return `${label(condition.field)} ${shown}`;
  return `${label(condition.field)} ${shown} ${SYMBOL[condition.op]} ${value}`.trim();
}
