/**
 * The fields of a pack object as the Studio's forms show them, read from its zod schema (issue 17
 * item 1): kind (whole number, rate, money, choice, …), bounds and whether it may be left out.
 * Rules and plan policies build their forms from this, so a field added to the schema shows up.
 */
import type { z } from 'zod';
import { minorUnits, PHASES } from '@/lib/pack/schema';

interface Base {
  key: string;
  optional: boolean;
}
export type ParamSpec =
  | (Base & { kind: 'int'; min: number; max: number; schema: z.ZodType })
  /** A decimal rate 0–1 (0.006), shown and typed as a percentage. */
  | (Base & { kind: 'rate'; min: number; max: number })
  /** Minor units (fen, cents), typed in major units through the one money parser. */
  | (Base & { kind: 'money' })
  | (Base & { kind: 'text'; schema: z.ZodType })
  | (Base & { kind: 'bool' })
  | (Base & { kind: 'enum'; options: readonly string[]; phases: boolean })
  | (Base & { kind: 'lines'; schema: z.ZodType })
  /** A list of objects (stop flags, instalment terms): a list form of its own. */
  | (Base & { kind: 'items'; fields: ParamSpec[] })
  /** A nested object (deferral terms): a group of its own. */
  | (Base & { kind: 'object'; fields: ParamSpec[] });

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;
const shapeOf = (schema: z.ZodType) => (schema as unknown as { shape: Record<string, z.ZodType> }).shape;

function specOf(key: string, field: z.ZodType): ParamSpec {
  let schema = field;
  const optional = defOf(schema).type === 'optional';
  if (optional) schema = defOf(schema).innerType as z.ZodType;
  const type = defOf(schema).type;
  if (schema === minorUnits) return { key, kind: 'money', optional };
  if (type === 'number') {
    const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
    const min = n.minValue ?? 0;
    const max = n.maxValue ?? Number.MAX_SAFE_INTEGER;
    return n.isInt
      ? { key, kind: 'int', min, max, optional, schema }
      : { key, kind: 'rate', min, max, optional };
  }
  if (type === 'boolean') return { key, kind: 'bool', optional };
  if (type === 'enum') {
    const options = (schema as unknown as { options: string[] }).options;
    const phases = options.length === PHASES.length && options.every((o, i) => o === PHASES[i]);
    return { key, kind: 'enum', options, phases, optional };
  }
  if (type === 'object') return { key, kind: 'object', optional, fields: fieldsOf(schema) };
  if (type === 'array') {
    const element = defOf(schema).element as z.ZodType;
    if (defOf(element).type === 'object') return { key, kind: 'items', optional, fields: fieldsOf(element) };
    return { key, kind: 'lines', optional, schema };
  }
  return { key, kind: 'text', optional, schema };
}

/** The fields of an object schema, in its order, without the keys in `skip`. */
export function fieldsOf(schema: z.ZodType, skip: ReadonlySet<string> = new Set()): ParamSpec[] {
  return Object.entries(shapeOf(schema))
    .filter(([key]) => !skip.has(key))
    .map(([key, field]) => specOf(key, field));
}

/**
 * A percentage as the lead types it ("0.75", "0.75%") → the decimal rate (0.0075), shifted as text
 * so 0.07 % is 0.0007 exactly, never 0.0007000000000000001. undefined when it is not a number.
 */
export function rateOfPercent(text: string): number | undefined {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text.trim().replace(/\s*[%％]$/, ''));
  if (!match) return undefined;
  const [, whole = '0', fraction = ''] = match;
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  const scale = fraction.length + 2;
  const padded = digits.padStart(scale + 1, '0');
  return Number(`${padded.slice(0, -scale)}.${padded.slice(-scale)}`);
}

/** The decimal rate as a percentage to type back: 0.0075 → "0.75". */
export function percentOfRate(rate: number): string {
  const [mantissa = '0', exponent] = rate.toString().split('e');
  if (exponent !== undefined) return String(Number(`${mantissa}e${Number(exponent) + 2}`));
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/\.?0*$/, '');
  return shifted.replace(/^0+(?=\d)/, '') || '0';
}
