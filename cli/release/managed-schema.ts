/**
 * The managed settings' schema (`public/managed-schema.json`) as the policy templates read it
 * (issue 18): every template is generated from it, so a setting added there appears in all of them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SchemaProperty {
  title: string;
  description: string;
  type: 'string' | 'integer' | 'boolean' | 'array';
  minimum?: number;
  maximum?: number;
}

export interface ManagedSchema {
  type: 'object';
  properties: Record<string, SchemaProperty>;
}

export const MANAGED_SCHEMA_FILE = resolve(import.meta.dirname, '../../public/managed-schema.json');

export function readManagedSchema(file = MANAGED_SCHEMA_FILE): ManagedSchema {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as ManagedSchema;
  for (const [name, property] of Object.entries(schema.properties)) {
    if (!['string', 'integer', 'boolean', 'array'].includes(property.type))
      throw new Error(
        `managed-schema.json: ${name} has type ${property.type}, which the policy templates cannot express`,
      );
  }
  return schema;
}

/** The managed values written into every template; each must fit the schema. */
export type ManagedValues = Record<string, string | number | boolean | unknown[]>;

/**
 * Settings an administrator sets only to recover from a mistake (issue 14 §5): the templates
 * define them, but a deployment need not give them, and normally must not.
 */
export const RECOVERY_SETTINGS: ReadonlySet<string> = new Set(['versionFloorReset']);

/**
 * Checks `values` against the schema: every property given (recovery settings optional), of its
 * type and range; nothing else.
 */
export function checkManagedValues(schema: ManagedSchema, values: ManagedValues): string[] {
  const problems: string[] = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    const value = values[name];
    if (value === undefined) {
      if (!RECOVERY_SETTINGS.has(name)) problems.push(`${name}: no value`);
    } else if (property.type === 'array' ? !Array.isArray(value) : typeof value !== jsType(property.type))
      problems.push(`${name}: expected ${property.type}`);
    else if (property.type === 'integer' && !Number.isInteger(value))
      problems.push(`${name}: expected an integer`);
    else if (typeof value === 'number' && property.minimum !== undefined && value < property.minimum)
      problems.push(`${name}: below ${property.minimum}`);
    else if (typeof value === 'number' && property.maximum !== undefined && value > property.maximum)
      problems.push(`${name}: above ${property.maximum}`);
  }
  for (const name of Object.keys(values))
    if (!(name in schema.properties)) problems.push(`${name}: not in the schema`);
  return problems;
}

function jsType(type: SchemaProperty['type']): string {
  return type === 'integer' ? 'number' : type;
}
