/**
 * The Studio's guesses for a picked value (issue 17 item 6): which parse type the text has, and
 * which canonical CRM field (lib/crm/fields.ts) the page's label names. Guesses only: the lead
 * sees and can change both; the real parsers decide whether the guess reads.
 */
import { CRM_FIELD_NAMES, CRM_FIELDS, type CrmFieldName, isCrmField } from '@/lib/crm/fields';
import {
  parseBool,
  parseDate,
  parseFieldValue,
  parseInteger,
  parseMoney,
  parsePhone,
} from '@/lib/crm/parse-value';
import type { FieldParser } from '@/lib/pack/schema';
import { foldForNumbers } from '@/lib/text/amount';
import { foldText } from '@/lib/text/fold';

/** A currency mark, thousands groups, or exactly two decimals: an amount, not a count. */
const LOOKS_MONEY = /[¥￥$元]|RMB|CNY|USD|^\(?[-+]?\d{1,3}(,\d{3})+(\.\d+)?\)?$|^\(?[-+]?\d+\.\d{2}\)?$/i;
/** A leading +, digit groups split by spaces/dashes/brackets, or 11+ digits: a number to dial. */
const LOOKS_PHONE = /^\+|\d[\s\-()]+\d|^\d{11,}$/;

/**
 * The parse type of a shown value. A known field's own type wins when the text reads as it;
 * otherwise the most specific type that reads the text: date, money, phone, integer, yes/no, text.
 */
export function guessParse(raw: string, field?: string): FieldParser {
  if (field && isCrmField(field)) {
    const own = CRM_FIELDS[field].parse;
    if (parseFieldValue(raw, { parse: own }).ok) return own;
  }
  const text = foldForNumbers(raw).replace(/\s+/g, ' ').trim();
  if (!text) return 'text';
  if (parseDate(text) !== null) return 'date';
  if (LOOKS_MONEY.test(text) && parseMoney(text) !== null) return 'money';
  if (LOOKS_PHONE.test(text) && parsePhone(text) !== null) return 'phone';
  if (parseInteger(text) !== null) return 'int';
  if (parseBool(text.toLowerCase()) !== null) return 'bool';
  return 'text';
}

/** The canonical field whose Chinese or English name is the page's label (after folding), if any. */
export function guessField(label: string | null): CrmFieldName | null {
  if (!label) return null;
  const wanted = foldText(label).replace(/\s+/g, ' ').trim();
  return (
    CRM_FIELD_NAMES.find((name) => {
      const { zh, en } = CRM_FIELDS[name].label;
      return [zh, en].some((known) => {
        // '账户编号（区分客户）': the words before the explanation are the name a page shows.
        const folded = foldText(known);
        return folded === wanted || folded.replace(/\s*\(.*\)$/, '') === wanted;
      });
    }) ?? null
  );
}
