/**
 * Parse a pack (JSON text or an already-parsed value) into a typed `Pack`, or say exactly what is
 * wrong and where. Order: cheap refusals first (size, nesting, syntax, prototype keys), then the
 * zod schema, then what a schema cannot see (references.ts).
 */
import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { countKeys, findDuplicateKey, objectOverLimitAt } from './duplicate-keys';
import {
  closest,
  describeValue,
  fieldOf,
  jsonProblemText,
  MAX_PACK_ERRORS,
  type PackError,
  packError,
  preflightText,
  ROOT_PATH,
  schemaText,
  typeName,
} from './errors';
import { checkReferences } from './references';
import { LIMITS, type Pack, packSchema } from './schema';

export type { PackError } from './errors';

export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Deeper than any real pack (conditions nest ≤ 8); refusing early keeps every walk cheap. */
export const MAX_JSON_DEPTH = 64;

/** More keys than any object of a real pack has (constants ≤ 500, lists ≤ 500 items). */
export const MAX_OBJECT_KEYS = 2000;

/** `JSON.parse` makes these own properties and `z.record` would keep them: prototype pollution. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parsePack(input: unknown): ParseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // a BOM from Windows editors
    const refused = refuseBeforeParsing(text);
    if (refused) return { ok: false, errors: [refused] };
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [jsonSyntaxError(text, error)] };
    }
  } else if (typeof input !== 'object' || input === null) {
    return { ok: false, errors: [packError(ROOT_PATH, 'invalid_type', preflightText.notText(input))] };
  }

  const structure = checkStructure(value);
  if (structure.errors.length > 0) return { ok: false, errors: cap(structure.errors) };
  if (typeof input === 'string') {
    // Only when the text holds more keys than the parsed value is there a duplicate to locate.
    const duplicate = countKeys(input) !== structure.keys ? findDuplicateKey(input) : undefined;
    if (duplicate)
      return {
        ok: false,
        errors: [packError(duplicate, 'duplicateKey', preflightText.duplicateKey(String(duplicate.at(-1))))],
      };
  }

  const parsed = packSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: cap(issuesToErrors(parsed.error.issues, value)) };

  const problems = checkReferences(parsed.data);
  if (problems.length > 0) return { ok: false, errors: cap(problems) };
  return { ok: true, pack: parsed.data };
}

function cap(errors: PackError[]): PackError[] {
  if (errors.length <= MAX_PACK_ERRORS) return errors;
  const shown = errors.slice(0, MAX_PACK_ERRORS - 1);
  shown.push(packError(ROOT_PATH, 'tooManyErrors', preflightText.moreErrors(errors.length - shown.length)));
  return shown;
}

// ---- Before JSON.parse ----------------------------------------------------------------------

function refuseBeforeParsing(text: string): PackError | undefined {
  const over = oversize(text, LIMITS.packBytes);
  if (over)
    return packError(
      ROOT_PATH,
      'tooLarge',
      preflightText.tooLarge(over.bytes, over.atLeast, LIMITS.packBytes),
    );
  const wideAt = objectOverLimitAt(text, MAX_OBJECT_KEYS);
  if (wideAt >= 0) {
    const at = lineAndColumn(text, wideAt);
    const message = preflightText.tooManyKeys(MAX_OBJECT_KEYS + 1, MAX_OBJECT_KEYS);
    return packError(ROOT_PATH, 'tooManyKeys', {
      zh: `${message.zh}（第 ${at.line} 行第 ${at.column} 列）`,
      en: `${message.en} (line ${at.line}, column ${at.column})`,
    });
  }
  const deepAt = depthExceededAt(text, MAX_JSON_DEPTH);
  if (deepAt >= 0) {
    const at = lineAndColumn(text, deepAt);
    return packError(ROOT_PATH, 'tooDeep', {
      zh: `${preflightText.tooDeep(MAX_JSON_DEPTH).zh}（第 ${at.line} 行第 ${at.column} 列）`,
      en: `${preflightText.tooDeep(MAX_JSON_DEPTH).en} (line ${at.line}, column ${at.column})`,
    });
  }
  return undefined;
}

/**
 * How big an over-limit text is, undefined when it is within the limit. A UTF-16 unit takes one to
 * three UTF-8 bytes, so a text longer than the limit is over without counting (its length is a
 * lower bound), and only texts between a third of the limit and the limit are counted.
 */
function oversize(text: string, limit: number): { bytes: number; atLeast: boolean } | undefined {
  if (text.length > limit) return { bytes: text.length, atLeast: true };
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit ? { bytes, atLeast: false } : undefined;
}

/** Byte length of a text in UTF-8, without allocating it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Offset of the first bracket that nests deeper than `limit`, or -1; strings are skipped. */
function depthExceededAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** 1-based line and column of a code-unit offset: the parser's errors and the Studio's findings. */
export function lineAndColumn(
  text: string,
  position: number,
): { line: number; column: number; position: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1, position };
}

type Expect = keyof typeof jsonProblemText.expected;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Engines word JSON.parse errors differently (V8 often gives no position), so we find the first
 * bad character ourselves with a small iterative scanner and say what was expected there.
 */
export function locateJsonError(text: string): { position: number; problem: LocalizedText } | undefined {
  const stack: ('{' | '[')[] = [];
  let state: Expect = 'value';
  let i = 0;
  const fail = (position: number, problem: LocalizedText) => ({ position, problem });
  const afterValue = (): Expect => {
    const top = stack[stack.length - 1];
    return top === undefined ? 'end' : top === '{' ? 'commaOrObjectEnd' : 'commaOrArrayEnd';
  };
  /** Returns the offset after the closing quote, or a problem. */
  const scanString = (start: number): number | { position: number; problem: LocalizedText } => {
    let j = start + 1;
    while (j < text.length) {
      const c = text[j] as string;
      if (c === '"') return j + 1;
      if (c.charCodeAt(0) < 0x20) return fail(j, jsonProblemText.controlCharacter());
      if (c === '\\') {
        const next = text[j + 1];
        if (next === undefined) break;
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
            return fail(j, jsonProblemText.badEscape('u'));
          j += 6;
          continue;
        }
        if (!ESCAPES.has(next)) return fail(j, jsonProblemText.badEscape(next));
        j += 2;
        continue;
      }
      j++;
    }
    return fail(start, jsonProblemText.unterminatedString());
  };

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) {
      return state === 'end'
        ? undefined
        : fail(text.length, jsonProblemText.unexpectedEnd(jsonProblemText.expected[state]));
    }
    const c = text[i] as string;
    const unexpected = () => fail(i, jsonProblemText.unexpected(c, jsonProblemText.expected[state]));
    switch (state) {
      case 'end':
        return unexpected();
      case 'colon':
        if (c !== ':') return unexpected();
        i++;
        state = 'value';
        break;
      case 'commaOrObjectEnd':
      case 'commaOrArrayEnd':
        if (c === ',') {
          i++;
          state = state === 'commaOrObjectEnd' ? 'key' : 'value';
        } else if (
          (c === '}' && state === 'commaOrObjectEnd') ||
          (c === ']' && state === 'commaOrArrayEnd')
        ) {
          i++;
          stack.pop();
          state = afterValue();
        } else return unexpected();
        break;
      case 'key':
      case 'keyOrEnd': {
        if (c === '}' && state === 'keyOrEnd') {
          i++;
          stack.pop();
          state = afterValue();
          break;
        }
        if (c !== '"') return unexpected();
        const end = scanString(i);
        if (typeof end !== 'number') return end;
        i = end;
        state = 'colon';
        break;
      }
      case 'value':
      case 'valueOrEnd': {
        if (c === ']' && state === 'valueOrEnd') {
          i++;
          stack.pop();
          state = afterValue();
          break;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          break;
        }
        if (c === '"') {
          const end = scanString(i);
          if (typeof end !== 'number') return end;
          i = end;
        } else if (text.startsWith('true', i)) i += 4;
        else if (text.startsWith('false', i)) i += 5;
        else if (text.startsWith('null', i)) i += 4;
        else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return unexpected();
          i = NUMBER.lastIndex;
        }
        state = afterValue();
        break;
      }
    }
  }
}

function jsonSyntaxError(text: string, error: unknown): PackError {
  const found = locateJsonError(text);
  if (!found) {
    const reason = error instanceof Error ? error.message : String(error);
    return packError(ROOT_PATH, 'invalidJson', {
      zh: `不是有效的 JSON：${reason}`,
      en: `Not valid JSON: ${reason}`,
    });
  }
  return packError(
    ROOT_PATH,
    'invalidJson',
    preflightText.invalidJson(lineAndColumn(text, found.position), found.problem),
  );
}

// ---- After JSON.parse: nesting and prototype keys -------------------------------------------

interface Visit {
  value: unknown;
  parent: Visit | undefined;
  key: string | number;
  depth: number;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let v: Visit | undefined = visit; v?.parent; v = v.parent) path.unshift(v.key);
  return path;
}

/**
 * One iterative walk (no recursion, so a hostile value cannot overflow the stack): refuses
 * nesting deeper than MAX_JSON_DEPTH (also catches cycles in an already-parsed value) and any key
 * that could reach a prototype.
 */
function checkStructure(root: unknown): { errors: PackError[]; keys: number } {
  const errors: PackError[] = [];
  let keys = 0;
  const stack: Visit[] = [{ value: root, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    const depth = visit.depth + 1;
    if (depth > MAX_JSON_DEPTH) {
      return { errors: [packError(pathOf(visit), 'tooDeep', preflightText.tooDeep(MAX_JSON_DEPTH))], keys };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, parent: visit, key: i, depth });
      }
      continue;
    }
    const own = Object.keys(value);
    keys += own.length;
    // No object of a real pack has more keys than this; refusing here keeps a payload of 460,000
    // unknown keys linear and cheap (issue 14 item 7) instead of a schema error per key.
    if (own.length > MAX_OBJECT_KEYS) {
      const message = preflightText.tooManyKeys(own.length, MAX_OBJECT_KEYS);
      return { errors: [packError(pathOf(visit), 'tooManyKeys', message)], keys };
    }
    const children: Visit[] = [];
    for (const key of own) {
      const child = (value as Record<string, unknown>)[key];
      if (FORBIDDEN_KEYS.has(key)) {
        if (errors.length <= MAX_PACK_ERRORS)
          errors.push(
            packError(
              pathOf({ value: child, parent: visit, key, depth }),
              'forbiddenKey',
              preflightText.forbiddenKey(key),
            ),
          );
      } else if (typeof child === 'object' && child !== null)
        children.push({ value: child, parent: visit, key, depth });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Visit);
  }
  return { errors, keys };
}

// ---- zod issues → sentences -----------------------------------------------------------------

type Issue = z.core.$ZodIssue;

/**
 * Sentences for at most MAX_PACK_ERRORS issues (issue 14 item 7): 460,000 unknown keys must cost
 * one sentence each for the first hundred and a count for the rest, not a sentence each.
 */
export function issuesToErrors(issues: readonly Issue[], root: unknown): PackError[] {
  const errors: PackError[] = [];
  let total = 0;
  for (const issue of issues) {
    total += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    if (errors.length < MAX_PACK_ERRORS) describeIssue(issue, [], root, errors);
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

function describeIssue(issue: Issue, base: readonly PropertyKey[], root: unknown, out: PackError[]): void {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union') {
    describeUnion(issue, path, root, out);
  } else if (issue.code === 'unrecognized_keys') {
    // One error per key, pointing at the key itself, so an editor can jump to the typo.
    const allowed = allowedKeysAt(path, root);
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
      return issue.values.length === 1
        ? [code, schemaText.mustEqual(field, issue.values[0], issue.input)]
        : [code, schemaText.notOneOf(field, issue.values, issue.input)];
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
): void {
  const field = fieldOf(path);
  if (issue.errors.length === 0 && 'options' in issue && issue.options && issue.discriminator) {
    // A discriminated union whose `type` matches no option; zod already points the path at `type`.
    const holder = issue.input;
    const got = isPlainObject(holder) ? holder[issue.discriminator] : undefined;
    out.push(
      packError(
        path,
        got === undefined ? 'required' : 'invalid_value',
        schemaText.notOneOf(field, issue.options, got),
      ),
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
    for (const inner of winners[0].branch) describeIssue(inner, path, root, out);
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
function allowedKeysAt(path: readonly PropertyKey[], root: unknown): string[] | undefined {
  let schema: unknown = packSchema;
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
