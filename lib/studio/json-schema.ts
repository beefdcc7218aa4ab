/**
 * What the pack's schema says at a place in the draft (issue 17 item 1: "a source view with the
 * pack's JSON Schema from zod"): property names and allowed values to complete, and the type,
 * whether it is required and its allowed values to show on hover. The JSON Schema is made from
 * `packSchema` when first asked (zod 4 `toJSONSchema`), so it can never drift from the parser.
 */
import { findNodeAtLocation, getLocation, type JSONPath, parseTree } from 'jsonc-parser';
import { z } from 'zod';
import { packSchema } from '../pack/schema';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  items?: Schema;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  description?: string;
  $defs?: Record<string, Schema>;
};

let cached: Schema | undefined;

/** The pack's JSON Schema (input side: what a lead writes, before defaults are applied). */
export function packJsonSchema(): Schema {
  cached ??= z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any' }) as Schema;
  return cached;
}

/** The alternatives a schema stands for: `$ref`s followed, unions and intersections flattened. */
function alternatives(root: Schema, schema: Schema, depth = 0): Schema[] {
  if (depth > 20) return [];
  if (schema.$ref !== undefined) {
    const target = resolveRef(root, schema.$ref);
    return target ? alternatives(root, target, depth + 1) : [];
  }
  const union = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (union) return union.flatMap((s) => alternatives(root, s, depth + 1));
  return [schema];
}

function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (ref === '#') return root;
  const match = /^#\/\$defs\/(.+)$/.exec(ref);
  return match?.[1] === undefined ? undefined : root.$defs?.[match[1]];
}

/** The schemas that may hold the value at `path` (several when a union allows several shapes). */
export function schemasAt(path: JSONPath, root: Schema = packJsonSchema()): Schema[] {
  let current = alternatives(root, root);
  for (const segment of path) {
    current = current.flatMap((schema) => {
      const child =
        typeof segment === 'number'
          ? (schema.prefixItems?.[segment] ?? schema.items)
          : (schema.properties?.[segment] ??
            (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined));
      return child ? alternatives(root, child) : [];
    });
  }
  return current;
}

export interface SchemaOption {
  /** What is inserted: a property name, or a JSON value (`"say"`, `true`). */
  label: string;
  kind: 'property' | 'value';
  /** The value's type, for the completion list. */
  detail?: string;
}

export interface CompletionAt {
  from: number;
  to: number;
  options: SchemaOption[];
}

function typeOf(schemas: Schema[]): string | undefined {
  const types = new Set(
    schemas.flatMap((s) => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type])),
  );
  return types.size ? [...types].join(' | ') : undefined;
}

/** Values a schema allows outright: `enum`, `const`, booleans. */
export function allowedValues(schemas: Schema[]): unknown[] {
  const values = schemas.flatMap((s) => [
    ...(s.enum ?? []),
    ...(s.const !== undefined ? [s.const] : []),
    ...(s.type === 'boolean' ? [true, false] : []),
  ]);
  return [...new Set(values.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v) as unknown);
}

/** Completion at `offset`: the missing property names of the object, or the allowed values. */
export function completionAt(text: string, offset: number): CompletionAt | undefined {
  const location = getLocation(text, offset);
  const node = location.previousNode;
  const inToken = node && offset >= node.offset && offset <= node.offset + node.length;
  const from = inToken ? node.offset : offset;
  const to = inToken ? node.offset + node.length : offset;
  if (location.isAtPropertyKey) {
    const objectPath = location.path.slice(0, -1);
    const schemas = schemasAt(objectPath);
    const tree = parseTree(text);
    const object = tree ? findNodeAtLocation(tree, objectPath) : undefined;
    const typing = typeof location.path.at(-1) === 'string' ? location.path.at(-1) : undefined;
    const present = new Set(
      (object?.children ?? [])
        .map((p) => p.children?.[0]?.value as string | undefined)
        .filter((key) => key !== undefined && key !== typing),
    );
    const names = [...new Set(schemas.flatMap((s) => Object.keys(s.properties ?? {})))];
    const options = names
      .filter((name) => !present.has(name))
      .map((name) => ({
        label: name,
        kind: 'property' as const,
        detail: typeOf(schemasAt([...objectPath, name])),
      }));
    return options.length ? { from, to, options } : undefined;
  }
  const values = allowedValues(schemasAt(location.path));
  if (!values.length) return undefined;
  return {
    from,
    to,
    options: values.map((v) => ({ label: JSON.stringify(v), kind: 'value' as const, detail: typeof v })),
  };
}

export interface SchemaDoc {
  /** The property's name (or the array index) the pointer is over. */
  name: string | number;
  type?: string;
  required: boolean;
  values: unknown[];
  description?: string;
}

/** What the schema says about the member under `offset`, for a hover; undefined off any member. */
export function docAt(text: string, offset: number): SchemaDoc | undefined {
  const location = getLocation(text, offset);
  const name = location.path.at(-1);
  if (name === undefined || name === '') return undefined;
  const schemas = schemasAt(location.path);
  if (!schemas.length) return undefined;
  const parents = schemasAt(location.path.slice(0, -1));
  return {
    name,
    type: typeOf(schemas),
    required: typeof name === 'string' && parents.some((p) => p.required?.includes(name)),
    values: allowedValues(schemas),
    description: schemas.find((s) => s.description)?.description,
  };
}
