/**
 * The one zod-issue translator for packs: each issue of the pack schema becomes a sentence a
 * quality lead can act on, pointing at the field (and, for an unknown key, "did you mean").
 * Also used by the Studio (lib/studio/misses.ts) for its own checks against the schema.
 */
import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { foldText } from '../text/fold';
import { closest } from './did-you-mean';
import { describeValue, MAX_PACK_ERRORS, type PackError, packError, ROOT_PATH, typeName } from './errors';
import { fieldOf } from './field-names';
import { preflightText } from './preflight-text';
import { LIMITS, packSchema } from './schema';
import { schemaText } from './schema-text';

type Issue = z.core.$ZodIssue;

/**
 * Sentences for at most MAX_PACK_ERRORS issues (issue 14 item 7): 460,000 unknown keys must cost
 * one sentence each for the first hundred and a count for the rest, not a sentence each.
 */
export function issuesToErrors(
  issues: readonly Issue[],
  root: unknown,
  schema: z.ZodType = packSchema,
): PackError[] {
  const errors: PackError[] = [];
  let total = 0;
  for (const issue of issues) {
    total += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    if (errors.length < MAX_PACK_ERRORS) describeIssue(issue, [], root, errors, schema);
  }
  if (total > errors.length && errors.length >= MAX_PACK_ERRORS) {
    const shown = errors.slice(0, MAX_PACK_ERRORS - 1);
    shown.push(packError(ROOT_PATH, 'tooManyErrors', preflightText.moreErrors(total - shown.length)));
    return shown;
  }
  return errors;
}

const FORMAT_CODES: Record<string, (field: LocalizedText, got: unknown) => LocalizedText> = {
  id: schemaText.badId,
  isoDate: schemaText.badIsoDate,
  isoDateTime: schemaText.badIsoDateTime,
  clock: schemaText.badClock,
  locale: schemaText.badLocale,
  currency: schemaText.badCurrency,
};

function describeIssue(
  issue: Issue,
  base: readonly PropertyKey[],
  root: unknown,
  out: PackError[],
  schema: z.ZodType,
): void {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union') {
    describeUnion(issue, path, root, out, schema);
  } else if (issue.code === 'unrecognized_keys') {
    // One error per key, pointing at the key itself, so an editor can jump to the typo.
    const allowed = allowedKeysAt(path, root, schema);
    for (const key of issue.keys.slice(0, MAX_PACK_ERRORS)) {
      const suggestion = allowed && closest(key, allowed);
      out.push(
        packError([...path, key], 'unrecognized_keys', schemaText.unknownKey(key, allowed, suggestion)),
      );
    }
  } else {
    const [code, message] = sentence(issue, path);
    out.push(packError(path, code, message));
  }
}

/** The code and sentence for an issue that concerns exactly one value. */
function sentence(issue: Issue, path: readonly PropertyKey[]): [string, LocalizedText] {
  const field = fieldOf(path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? ['required', schemaText.missing(field, typeName(issue.expected))]
        : ['invalid_type', schemaText.wrongType(field, typeName(issue.expected), describeValue(issue.input))];
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        const blank = typeof issue.input === 'string' && issue.input.trim() === '' && min <= 1;
        return [
          'too_small',
          blank ? schemaText.empty(field) : schemaText.textTooShort(field, min, lengthOf(issue.input)),
        ];
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return ['too_small', schemaText.tooFewItems(field, min, lengthOf(issue.input))];
      }
      return ['too_small', schemaText.numberTooSmall(field, min, issue.inclusive !== false, issue.input)];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return ['too_big', schemaText.textTooLong(field, max, lengthOf(issue.input))];
      if (issue.origin === 'array' || issue.origin === 'set') {
        return ['too_big', schemaText.tooManyItems(field, max, lengthOf(issue.input))];
      }
      return ['too_big', schemaText.numberTooBig(field, max, issue.inclusive !== false, issue.input)];
    }
    case 'invalid_format': {
      // schema.ts names its formats with `{ error: 'id' }` etc.; zod passes the name as the message.
      const known = FORMAT_CODES[issue.message];
      return known
        ? [issue.message, known(field, issue.input)]
        : ['invalid_format', schemaText.badFormat(field, issue.pattern, issue.input)];
    }
    case 'not_multiple_of':
      return ['not_multiple_of', schemaText.notMultipleOf(field, issue.divisor)];
    case 'invalid_value': {
      const code = issue.input === undefined ? 'required' : 'invalid_value';
      return issue.values.length === 1 && constantMeant(issue.values, issue.input) === undefined
        ? [code, schemaText.mustEqual(field, issue.values[0], issue.input)]
        : [code, notOneOf(field, issue.values, issue.input)];
    }
    case 'invalid_key': {
      const key = String(issue.path[issue.path.length - 1] ?? '');
      const inner = issue.issues[0];
      let problem: LocalizedText = schemaText.idRule();
      if (inner?.code === 'invalid_format' && inner.message !== 'id')
        problem = schemaText.keyPattern(inner.pattern ?? '');
      else if (inner?.code === 'too_big') problem = schemaText.keyTooLong(Number(inner.maximum));
      return ['invalid_key', schemaText.badKey(key, problem)];
    }
    case 'custom':
      if (issue.message === 'fieldNeedsSelectorOrLabel') {
        return ['fieldNeedsSelectorOrLabel', schemaText.fieldNeedsSelectorOrLabel(field)];
      }
      if (issue.message === 'dateOrderNeedsDate')
        return ['dateOrderNeedsDate', schemaText.dateOrderNeedsDate(field)];
      if (issue.message === 'tooMany') {
        const max = path[path.length - 1] === 'constants' ? LIMITS.constants : MAX_ADAPTER_FIELDS;
        const count = isPlainObject(issue.input) ? Object.keys(issue.input).length : undefined;
        return ['tooMany', schemaText.tooManyEntries(field, max, count)];
      }
      return ['custom', schemaText.other(field, issue.message)];
    default:
      return [issue.code, schemaText.other(field, issue.message)];
  }
}

/** schema.ts caps `adapter.fields` at 100 inside a refine, where zod cannot report the number. */
const MAX_ADAPTER_FIELDS = 100;

/**
 * zod reports a failed union as one list of issues per option. Keep the option the author most
 * plausibly meant (its keys fit, only its details are wrong) and report its issues; when no option
 * stands out, say which forms are allowed instead of dumping every option's complaints.
 */
function describeUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PropertyKey[],
  root: unknown,
  out: PackError[],
  schema: z.ZodType,
): void {
  const field = fieldOf(path);
  if (issue.errors.length === 0 && 'options' in issue && issue.options && issue.discriminator) {
    // A discriminated union whose `type` matches no option; zod already points the path at `type`.
    const holder = issue.input;
    const got = isPlainObject(holder) ? holder[issue.discriminator] : undefined;
    out.push(
      packError(path, got === undefined ? 'required' : 'invalid_value', notOneOf(field, issue.options, got)),
    );
    return;
  }
  const branches = issue.errors;
  const fitting = branches.filter(
    (branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'),
  );
  if (fitting.length === 0) {
    if (isConditionPath(path)) {
      out.push(packError(path, 'invalid_union', schemaText.badCondition(field)));
      return;
    }
    const expected = new Set<string>();
    for (const branch of branches) {
      for (const i of branch) if (i.path.length === 0 && i.code === 'invalid_type') expected.add(i.expected);
    }
    out.push(
      packError(
        path,
        'invalid_type',
        schemaText.oneOfTypes(field, [...expected].map(typeName), describeValue(issue.input)),
      ),
    );
    return;
  }
  const scored = fitting.map((branch) => ({ branch, misfit: misfit(branch) }));
  const best = Math.min(...scored.map((s) => s.misfit));
  const winners = scored.filter((s) => s.misfit === best);
  if (winners.length === 1 && winners[0]) {
    for (const inner of winners[0].branch) describeIssue(inner, path, root, out, schema);
    return;
  }
  out.push(
    packError(
      path,
      'invalid_union',
      isConditionPath(path) ? schemaText.badCondition(field) : schemaText.noFormMatches(field),
    ),
  );
}

/** How badly an object misses an option's shape: its unknown keys plus the option's missing keys. */
function misfit(branch: readonly Issue[]): number {
  let score = 0;
  for (const i of branch) {
    if (i.code === 'unrecognized_keys' && i.path.length === 0) score += i.keys.length;
    else if (i.path.length === 1 && i.input === undefined) score += 1; // a key the option requires is absent
  }
  return score;
}

function isConditionPath(path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  return (
    last === 'when' || last === 'not' || (typeof last === 'number' && (before === 'all' || before === 'any'))
  );
}

function lengthOf(value: unknown): number | undefined {
  return typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- The keys a strict object allows, for "did you mean" ------------------------------------

/** Follows `path` through the pack schema (choosing union options by the value there). */
function allowedKeysAt(
  path: readonly PropertyKey[],
  root: unknown,
  rootSchema: z.ZodType,
): string[] | undefined {
  let schema: unknown = rootSchema;
  let value: unknown = root;
  for (const segment of path) {
    schema = settle(schema, value);
    if (schema instanceof z.ZodObject) schema = schema.shape[String(segment)];
    else if (schema instanceof z.ZodArray) schema = schema.element;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType;
    else return undefined;
    value =
      isPlainObject(value) || Array.isArray(value)
        ? (value as Record<PropertyKey, unknown>)[segment]
        : undefined;
  }
  schema = settle(schema, value);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

function settle(schema: unknown, value: unknown): unknown {
  for (let guard = 0; guard < 16; guard++) {
    if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodLazy) {
      schema = schema.unwrap();
    } else if (schema instanceof z.ZodPipe) schema = schema.in;
    else if (schema instanceof z.ZodUnion) schema = pickOption(schema.options, value);
    else return schema;
  }
  return schema;
}

/** The object option sharing most keys with the value; a matching `type` literal wins outright. */
function pickOption(options: readonly unknown[], value: unknown): unknown {
  if (!isPlainObject(value)) return undefined;
  let best: unknown;
  let bestScore = -1;
  for (const option of options) {
    const resolved = settle(option, value);
    if (!(resolved instanceof z.ZodObject)) continue;
    const shape: Record<string, unknown> = resolved.shape;
    let score = Object.keys(value).filter((key) => key in shape).length;
    const discriminator = shape.type;
    if (discriminator instanceof z.ZodLiteral && discriminator.values.has(value.type as never)) score += 1000;
    if (score > bestScore) {
      best = resolved;
      bestScore = score;
    }
  }
  return best;
}

/** A value none of the allowed constants, named with the one it is another writing of, if any. */
function notOneOf(field: LocalizedText, allowed: readonly unknown[], got: unknown): LocalizedText {
  const meant = constantMeant(allowed, got);
  return meant === undefined
    ? schemaText.notOneOf(field, allowed, got)
    : schemaText.constantWrittenOtherwise(field, meant, got as string);
}

/**
 * The allowed constant a value is another writing of (`Block`, `MONEY`, full-width `ｂｌｏｃｋ`,
 * one with a zero-width space): the schema's constants are exact, and one that differs only in
 * what the one folding removes is refused with the writing to use instead of the whole list.
 */
function constantMeant(allowed: readonly unknown[], got: unknown): string | undefined {
  if (typeof got !== 'string') return undefined;
  const folded = foldText(got).trim();
  return allowed.find((value): value is string => typeof value === 'string' && foldText(value) === folded);
}
