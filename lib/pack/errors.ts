/**
 * Why a pack was refused, in words a quality lead understands in Chinese and in English.
 * Every sentence says what is wrong and, where it helps, what is allowed; the JSON path says where.
 * This file holds the error, its path and how values are quoted; the sentences live next to it by
 * stage: preflight-text.ts (before the schema), schema-text.ts (zod), reference-text.ts (meaning).
 */
import type { LocalizedText } from '../i18n/text';

export interface PackError {
  /** A readable JSON path such as `scripts[0].stages[2].lines[1].text`; `(root)` for the whole pack. */
  path: string;
  code: string;
  message: LocalizedText;
}

/** A parse returns at most this many errors; the last one then says how many more were found. */
export const MAX_PACK_ERRORS = 100;

export const ROOT_PATH = '(root)';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['scripts', 0, 'stages']` → `scripts[0].stages`; odd keys are quoted: `constants["bank.name"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out === '' ? ROOT_PATH : out;
}

const UNSAFE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]+/gu;

/**
 * Text from a pack or an envelope made safe to show in a status line (issue 14 item 7): control,
 * format and bidi characters become one space (so "v9\u202e — OK" cannot reorder the sentence),
 * and the result is cut at `max` characters. Linear in the input.
 */
export function displaySafe(text: string, max: number): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = head.replace(UNSAFE, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** One line for a log, a CLI or a toast: `path: message`. */
export function formatPackError(error: PackError, language: 'zh' | 'en'): string {
  return `${error.path}: ${error.message[language]}`;
}

export function packError(
  path: readonly PropertyKey[] | string,
  code: string,
  message: LocalizedText,
): PackError {
  return { path: typeof path === 'string' ? path : formatPath(path), code, message };
}

/** The value as the author wrote it, shortened so one bad 2,000-character line does not flood the list. */
export function quote(value: unknown, max = 60): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** A list of allowed values for a sentence, cut after `max` with the full count. */
export const list = (values: readonly unknown[], max = 12): string => {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? v : quote(v)));
  return values.length > max ? `${shown.join(', ')}, … (${values.length})` : shown.join(', ');
};
export const listZh = (values: readonly unknown[], max = 12): string =>
  list(values, max).replaceAll(', ', '、');

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表 [...]', en: 'a list [...]' },
  object: { zh: '对象 {...}', en: 'an object {...}' },
  record: { zh: '对象 {...}', en: 'an object {...}' },
  null: { zh: 'null', en: 'null' },
};

export function typeName(expected: string): LocalizedText {
  return TYPE_NAMES[expected] ?? { zh: expected, en: expected };
}

/** What the author actually wrote, e.g. `数字 12` / `a number (12)`. */
export function describeValue(value: unknown): LocalizedText {
  if (value === null) return { zh: '空值 null', en: 'null' };
  if (Array.isArray(value))
    return {
      zh: `列表（${value.length} 项）`,
      en: `a list of ${value.length} item${value.length === 1 ? '' : 's'}`,
    };
  switch (typeof value) {
    case 'string':
      return { zh: `文本 ${quote(value)}`, en: `the text ${quote(value)}` };
    case 'number':
      return { zh: `数字 ${value}`, en: `the number ${value}` };
    case 'boolean':
      return { zh: String(value), en: String(value) };
    case 'object':
      return { zh: '对象 {...}', en: 'an object {...}' };
    default:
      return { zh: typeof value, en: typeof value };
  }
}
