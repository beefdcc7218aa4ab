/**
 * The items of a CRM list cell (`complaint, hardship`, `complaint、hardship；cease`): one set of
 * separator characters for every reader of such a cell, so flag codes, the parsed list value and
 * listed phone numbers stay in step when a CRM writes a new separator.
 */

/** Commas, semicolons and the enumeration comma, half and full width. */
const SEPARATORS = ',;，、；';

const ITEMS = new RegExp(`[${SEPARATORS}\\s]+`, 'u');
/** Slashes and line breaks too, but not spaces: a space may join the groups of one item (`138 0013 8000`). */
const GROUPED_ITEMS = new RegExp(`[${SEPARATORS}/／\\n]+`, 'u');

/** Items of a cell of codes or words, cut at separators and at any whitespace; no empty one. */
export function listItems(cell: string): string[] {
  return cell.split(ITEMS).filter((item) => item !== '');
}

/**
 * Pieces of a cell whose items may be written in groups (phone numbers): cut at separators, slashes
 * and line breaks, trimmed; the caller decides whether the spaces inside a piece cut it too.
 */
export function groupedListPieces(cell: string): string[] {
  return cell
    .split(GROUPED_ITEMS)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}
