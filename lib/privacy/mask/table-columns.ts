/**
 * Columns of a pasted table named by their header (red team 11): a 19-digit card with no spaces
 * that fails Luhn under a `卡号` / `Card No.` header in an earlier row was stored whole, since no cue
 * stands on its own line. When a block has a header row (cells split by tabs, two or more spaces
 * or `|`), the column headed card / account, ID or phone is read and each of its cells below that
 * holds seven digits or more is masked as that kind (cards and accounts: last four kept; IDs: first
 * three and last two; phones: last four). The block ends at a line that is not a row of cells.
 * Dates and amounts in such a column stay (a paste may put a date under the wrong header).
 */
import { ACCOUNT_WORDS_EN, ACCOUNT_WORDS_ZH } from './accounts';
import { COMPACT_DATE } from './checks';
import { ID_KEEP_FIRST, ID_KEEP_LAST } from './ids';
import { ID_WORDS_ZH } from './keywords';
import type { MaskKind } from './kinds';
import type { Scan } from './scan';

interface Column {
  kind: MaskKind;
  keepFirst: number;
  keepLast: number;
}

const NO = '(?:[ .]?(?:no\\.?|number|num|#))?';
/** Header cells (folded: lower case, full width read as ASCII); a cell is a header only without digits. */
const HEADERS: readonly [RegExp, Column][] = [
  [
    new RegExp(`${ID_WORDS_ZH}|^(?:id|id card|resident id|national id)${NO}$`),
    { kind: 'idCard', keepFirst: ID_KEEP_FIRST, keepLast: ID_KEEP_LAST },
  ],
  [
    new RegExp(`手机|电话|联系方式|^(?:phone|mobile|tel|cell|telephone|contact)${NO}$`),
    { kind: 'phone', keepFirst: 0, keepLast: 4 },
  ],
  [
    new RegExp(`${ACCOUNT_WORDS_ZH}|^(?:${ACCOUNT_WORDS_EN}|iban)${NO}$`),
    { kind: 'account', keepFirst: 0, keepLast: 4 },
  ],
];
/** Any header word at all: most texts have none, and are left at once. */
const ANY_HEADER = new RegExp(
  `${ID_WORDS_ZH}|手机|电话|联系方式|${ACCOUNT_WORDS_ZH}|(?<![a-z])(?:id|phone|mobile|tel|cell|${ACCOUNT_WORDS_EN}|iban)(?![a-z])`,
);

const MIN_DIGITS = 7;
const MAX_HEADER = 24;
/** 1,234,567 or 12345.67: an amount. */
const AMOUNT = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|\.\d{1,2}$/;
const DATE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;

type Border = '|' | '\t' | '  ' | ';' | ',';
/**
 * A CSV or semicolon-separated paste splits its cells by , or ; (full-width ，；fold to them), red
 * team 12: a card column of a CSV export was read by no header. A quoted cell ("1,234.00") is one cell.
 */
const BORDERS: Readonly<Record<Border, RegExp>> = {
  '|': /\|/g,
  '\t': /\t/g,
  '  ': / {2,}/g,
  ';': /;/g,
  ',': /,/g,
};
/** Borders a quoted cell may hold (CSV quoting): `"1,234.00"` is one cell. */
const QUOTABLE = new Set<Border>([';', ',']);

interface Cell {
  start: number;
  end: number;
}

function borderOf(line: string): Border | undefined {
  if (line.includes('|')) return '|';
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  if (line.includes('  ')) return '  ';
  return line.includes(',') ? ',' : undefined;
}

function cellsOf(line: string, offset: number, border: Border): Cell[] {
  const cells: Cell[] = [];
  let last = 0;
  for (const match of line.matchAll(BORDERS[border])) {
    if (QUOTABLE.has(border) && quoted(line, last, match.index)) continue;
    cells.push({ start: offset + last, end: offset + match.index });
    last = match.index + match[0].length;
  }
  cells.push({ start: offset + last, end: offset + line.length });
  return cells;
}

/** Whether a border at `at` is inside a quoted cell that began at `from` (an odd count of quotes before it). */
function quoted(line: string, from: number, at: number): boolean {
  let quotes = 0;
  for (let i = from; i < at; i += 1) if (line[i] === '"') quotes += 1;
  return quotes % 2 === 1;
}

/** The columns a header row names, by position; none when the row is not a header. */
function headerColumns(work: string, cells: Cell[]): Map<number, Column> {
  const columns = new Map<number, Column>();
  cells.forEach((cell, index) => {
    const text = work.slice(cell.start, cell.end).trim();
    if (text.length === 0 || text.length > MAX_HEADER || /\d/.test(text)) return;
    const named = HEADERS.find(([pattern]) => pattern.test(text));
    if (named) columns.set(index, named[1]);
  });
  return columns;
}

function maskCell(scan: Scan, work: string, cell: Cell, column: Column): void {
  const text = work.slice(cell.start, cell.end).trim();
  const start = cell.start + work.slice(cell.start, cell.end).indexOf(text);
  const end = start + text.length;
  const digits = scan.digitText(start, end);
  if (digits.replace(/x/g, '').length < MIN_DIGITS || COMPACT_DATE.test(digits)) return;
  if (AMOUNT.test(text) || DATE.test(text) || !scan.isFree(start, end)) return;
  scan.claim(column.kind, start, end, column.keepFirst, column.keepLast);
}

export function maskTableColumns(scan: Scan): void {
  const work = scan.work;
  if (!ANY_HEADER.test(work) || borderOf(work) === undefined) return;
  let table: { border: Border; columns: Map<number, Column> } | undefined;
  let offset = 0;
  for (const line of work.split('\n')) {
    const border = borderOf(line);
    const cells = border ? cellsOf(line, offset, border) : [];
    if (!border || cells.length < 2 || (table && table.border !== border)) table = undefined;
    if (border && cells.length >= 2) {
      // A header row holds no digit, masked or not ("张伟 | 6222… | 信用卡逾期" is a row, not a header).
      const read = scan.folded.text.slice(offset, offset + line.length);
      const columns = /\d/.test(read) ? undefined : headerColumns(work, cells);
      if (columns && columns.size > 0) table = { border, columns };
      else if (table)
        for (const [index, column] of table.columns) {
          const cell = cells[index];
          if (cell) maskCell(scan, work, cell, column);
        }
    }
    offset += line.length + 1;
  }
}
