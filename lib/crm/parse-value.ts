/**
 * Turns the text a CRM page shows into a typed value (money in minor units, ISO dates, digits…).
 * Runs in the content script: no dependencies but the one folding, never throws. A value the CRM does not have
 * (`--`, `暂无`, blank) is `empty`, so it shows as missing instead of as zero.
 */
import type { DateOrder, FieldParser } from '../pack/schema';
import { foldForNumbers, readAmount } from '../text/amount';
import { foldWithOffsets } from '../text/fold';
import { bundledTraditional, type TraditionalTable } from '../text/traditional';
import type { FieldValue } from './context';
import { compilePattern, type LinearPattern } from './linear-pattern';
import { listItems } from './list-cell';

export type ParseOutcome = { ok: true; value: FieldValue } | { ok: false; reason: 'empty' | 'unparseable' };

/** Longest input a parser (and an adapter's `pattern`) ever sees: bounds regex work on any page. */
export const MAX_RAW = 500;
const MAX_LIST_ITEMS = 50;
const MAX_LIST_ITEM = 200;

/** What CRMs print where a value is absent. Compared after width folding and trimming. */
export const EMPTY_MARKERS: ReadonlySet<string> = new Set([
  '',
  '-',
  '--',
  '---',
  '—',
  '——',
  '暂无',
  '无',
  'n/a',
  'na',
  'null',
  '/',
]);

const EMPTY: ParseOutcome = { ok: false, reason: 'empty' };
const UNPARSEABLE: ParseOutcome = { ok: false, reason: 'unparseable' };

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `traditional`: the table the caller folds with (the content script's learned one, extract.ts).
 * A `pattern` reads the folded text, as labels do (page and pack text are untrusted): `工号\s*(\d+)`
 * reads 工號 １２３ and 工\u200b号 123. The value it captures is parsed from the folded capture; a `text`
 * value is the page's own characters at the capture's place, found through the folding's offset map.
 */
export function parseFieldValue(
  raw: string,
  { parse, pattern, dateOrder }: { parse: FieldParser; pattern?: string; dateOrder?: DateOrder },
  traditional: TraditionalTable = bundledTraditional,
): ParseOutcome {
  let input = raw.slice(0, MAX_RAW);
  let folded: string | undefined;
  if (pattern !== undefined) {
    const re = compiled(pattern, traditional);
    if (!re) return UNPARSEABLE;
    if (!collapse(input)) return EMPTY;
    const page = foldWithOffsets(input, traditional);
    // Folding may lengthen a text (㎏ → kg): the matcher's work stays bounded by MAX_RAW units.
    const found = re.find(page.text.slice(0, MAX_RAW));
    if (!found) return UNPARSEABLE;
    // The first group's place, or the whole match's when the pattern has no group.
    const from = found[2] < 0 ? found[0] : found[2];
    const to = found[2] < 0 ? found[1] : found[3];
    folded = page.text.slice(from, to);
    input = from < to ? input.slice(page.starts[from], page.ends[to - 1]) : '';
  }
  const numbers = collapse(foldForNumbers(folded ?? input, traditional));
  if (EMPTY_MARKERS.has(numbers.toLowerCase())) {
    // An empty list is a reading ("no flags"), not an absent value.
    return parse === 'list' ? { ok: true, value: [] } : EMPTY;
  }
  // Text keeps the page's own characters; every other parser reads the folded form.
  const value =
    parse === 'date'
      ? parseDate(numbers, dateOrder)
      : PARSERS[parse](parse === 'text' ? collapse(input) : numbers);
  return value === null ? UNPARSEABLE : { ok: true, value };
}

/** Compiled adapter patterns per folding table; a pack has at most a few hundred, so each stays small. */
const COMPILED = new WeakMap<TraditionalTable, Map<string, LinearPattern | null>>();

/**
 * Patterns run on the linear-time matcher, never on RegExp (issue 14 item 3): a pack's pattern
 * cannot freeze the CRM tab whatever the page shows. A pattern outside its subset reads nothing.
 * It is folded with the table the page is, so it is compiled once per table.
 */
function compiled(pattern: string, traditional: TraditionalTable): LinearPattern | null {
  let cache = COMPILED.get(traditional);
  if (!cache) {
    cache = new Map();
    COMPILED.set(traditional, cache);
  }
  let found = cache.get(pattern);
  if (found === undefined) {
    try {
      found = compilePattern(pattern, traditional);
    } catch {
      found = null;
    }
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, found);
  }
  return found;
}

const PARSERS: Record<FieldParser, (text: string) => FieldValue | null> = {
  text: (text) => text,
  money: parseMoney,
  int: parseInteger,
  date: parseDate,
  phone: parsePhone,
  bool: parseBool,
  list: parseList,
};

/**
 * `¥12,345.67`, `-12.30`, `(12.30)`, `１２，３４５．６７元` → minor units (the one amount grammar,
 * lib/text/amount.ts). More than two decimals round half away from zero (half-up on the
 * magnitude), the usual rule for bank amounts. A CRM amount in 万 or k (or in Chinese numerals, which only `readTypedAmount` reads) is not read: no bank system
 * prints one, so it is more likely a note than a balance.
 */
export function parseMoney(text: string): number | null {
  const amount = readAmount(text);
  if (!amount || amount.shift > 0) return null;
  const { whole, fraction: decimals } = amount;
  // 13 integer digits keep every amount a safe integer in minor units.
  if (whole.replace(/^0+/, '').length > 13) return null;
  const cents = Number(whole) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'));
  const minor = cents + (Number(decimals[2] ?? '0') >= 5 ? 1 : 0);
  return amount.negative && minor !== 0 ? -minor : minor;
}

/** `75`, `75 天`, `3次`, `1,200`: a whole number, optionally followed by a unit word. */
export function parseInteger(text: string): number | null {
  const m = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d{1,15})\s*([^\d\s.,]{0,6})$/u.exec(text);
  if (!m) return null;
  const n = Number((m[2] ?? '').replace(/,/g, ''));
  return m[1] === '-' && n !== 0 ? -n : n;
}

/**
 * Year-first dates (`2026-09-15`, `2026/9/15`, `2026年9月15日`, `20260915`, optional time), and
 * with the field's `dateOrder` the CRM's own `12/15/2026` (mdy) or `15.12.2026` (dmy). Without
 * one, `15/09/2026` is refused: day-first and month-first CRMs both exist, and a wrong due date
 * is worse than a missing one.
 */
export function parseDate(text: string, order?: DateOrder): string | null {
  const s = text.replace(/\s*([年月日])\s*/g, '$1');
  const m =
    /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))(?:[ Tt]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(
      s,
    );
  const other =
    !m && order
      ? /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]m)?)?$/i.exec(s)
      : null;
  if (!m && !other) return null;
  const year = Number(m ? m[1] : other?.[4]);
  const [first, second] = [Number(other?.[1]), Number(other?.[3])];
  const month = m ? Number(m[2] ?? m[4]) : order === 'mdy' ? first : second;
  const day = m ? Number(m[3] ?? m[5]) : order === 'mdy' ? second : first;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one (UTC, so no DST surprises).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `138 0013 8000`, `+1 (213) 555-0148` → `13800138000`, `+12135550148`. 7–15 digits (E.164). */
export function parsePhone(text: string): string | null {
  const s = text.replace(/[\s\-().]/g, '');
  const m = /^(\+?)(\d{7,15})$/.exec(s);
  return m ? `${m[1]}${m[2]}` : null;
}

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0']);

export function parseBool(text: string): boolean | null {
  const s = text.toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}

/** `complaint, hardship`, `complaint、hardship` → `['complaint', 'hardship']` (ids, deduplicated). */
export function parseList(text: string): string[] {
  const items = listItems(text.toLowerCase()).map((item) => item.slice(0, MAX_LIST_ITEM));
  return [...new Set(items)].slice(0, MAX_LIST_ITEMS);
}
