/**
 * Parse a pack (JSON text or an already-parsed value) into a typed `Pack`, or say exactly what is
 * wrong and where. Order: cheap refusals first (size, nesting, syntax, prototype keys), then the
 * zod schema, then what a schema cannot see (references.ts).
 */
import { countKeys, findDuplicateKey, objectOverLimitAt } from './duplicate-keys';
import { MAX_PACK_ERRORS, type PackError, packError, ROOT_PATH } from './errors';
import { formatRefusal } from './format-version';
import { depthExceededAt, impreciseNumberAt, lineAndColumn, locateJsonError, oversize } from './json-syntax';
import { preflightText } from './preflight-text';
import { checkReferences } from './references';
import { LIMITS, type Pack, packSchema } from './schema';
import { checkStructure, MAX_JSON_DEPTH, MAX_OBJECT_KEYS } from './structure';
import { issuesToErrors } from './zod-issues';

export type { PackError } from './errors';
// Callers across the tree (the envelope, the Studio's source map and findings) import these from
// here, where they lived before parse.ts was split along its stages (code review 2026-11 item 8).
export { lineAndColumn, locateJsonError, utf8Length } from './json-syntax';
export { MAX_JSON_DEPTH, MAX_OBJECT_KEYS } from './structure';
export { issuesToErrors } from './zod-issues';

export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

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
    const imprecise = impreciseNumberAt(text);
    if (imprecise) {
      const at = lineAndColumn(text, imprecise.position);
      const message = preflightText.impreciseNumber(imprecise.literal, imprecise.read, at);
      return { ok: false, errors: [packError(ROOT_PATH, 'impreciseNumber', message)] };
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

  const format = formatRefusal(value);
  if (format) return { ok: false, errors: [format] };

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
