/**
 * Account flags that stop or limit collection (issue 12 §7): complaint, attorney, cease,
 * `deceased`, `plan-agreement` (a signed 个性化分期 stops collection unless the debtor defaults:
 * `unless`), `tp-no-contact` (per number: `numbersField`), `litigation`, `no-work-calls`. The agent
 * reads a flag's label and reason, never its id.
 */
import type { AccountContext } from '../../crm/context';
import { groupedListPieces, listItems } from '../../crm/list-cell';
import { factsOf, holds } from '../../pack/condition';
import { lineDigits } from '../../privacy/phone-display';
import { type FlagSpec, flagKeys, specPresent } from '../flag-codes';
import type { ComplianceInput, RuleOf, RuleVerdict } from '../types';
import { fieldText, noAccount } from './shared';

/** The account's flags: a list field, a comma-separated text, or a yes/no field named as the flag. */
export function flagsOf(context: AccountContext, field: string): string[] | null {
  const reading = context.fields[field];
  if (!reading) return null;
  const v = reading.value;
  if (Array.isArray(v)) return v.map((f) => f.trim()).filter(Boolean);
  if (typeof v === 'string') return listItems(v);
  if (typeof v === 'boolean') return v ? [field] : [];
  return null;
}

/** A number is this many digits at least: shorter runs between spaces are groups of one number. */
const WHOLE_NUMBER = 7;

/**
 * The line digits (lineDigits: '' for an item without digits) of the numbers a CRM lists: split at
 * commas, semicolons, slashes and line breaks (crm/list-cell.ts), and at spaces only between whole
 * numbers. "138 0013 8000" is one number (session 13: cut at every space, a do-not-call number
 * written in groups was never the dialled one, so the flag did not apply). Each word is read once:
 * the digits that decide the split are the ones returned.
 */
export function listedLines(context: AccountContext, field: string): string[] | null {
  const v = context.fields[field]?.value;
  if (Array.isArray(v)) return v.filter((n) => n.trim() !== '').map(lineDigits);
  if (typeof v === 'number') return [lineDigits(String(v))];
  if (typeof v !== 'string') return null;
  return groupedListPieces(v).flatMap((piece) => {
    const words = piece.split(/\s+/);
    if (words.length === 1) return [lineDigits(piece)];
    const lines = words.map(lineDigits);
    return lines.every((line) => line.length >= WHOLE_NUMBER) ? lines : [lineDigits(piece)];
  });
}

/**
 * A per-number flag (`numbersField`: a third party who asked not to be called, the work number)
 * holds when the dialled number is listed there; when the list or the dialled number cannot be
 * read, it holds (never silently an "ok"). `dialled`: the dialled phone's line digits, read once per
 * evaluation; `listed`: the lines of a field, read once per field whatever number of flags name it.
 */
function appliesToThisNumber(
  spec: FlagSpec,
  dialled: string | null,
  listed: (field: string) => string[] | null,
): boolean {
  if (!spec.numbersField) return true;
  const lines = listed(spec.numbersField);
  if (dialled === null || lines === null || lines.length === 0) return true;
  return dialled !== '' && lines.includes(dialled);
}

/** What the agent reads for a flag: its label and reason, or the reason alone. */
export function flagText(spec: FlagSpec): string {
  return spec.label ? `${spec.label}：${spec.reason}` : spec.reason;
}

export function stopFlag(rule: RuleOf<'stopFlag'>, input: ComplianceInput): RuleVerdict {
  const context = input.context;
  if (!context) return noAccount(rule, { zh: '账户标记', en: 'account flags' });
  const flags = flagsOf(context, rule.field);
  if (flags === null) {
    return {
      ruleId: rule.id,
      type: rule.type,
      level: 'warn',
      message: {
        zh: '未能读取账户标记：请在 CRM 中人工核对投诉、律师、停催、身故、诉讼等标记',
        en: 'Could not read the account flags: check the CRM by hand for complaint, attorney, cease, deceased, litigation and similar flags',
      },
      numbers: { field: rule.field },
    };
  }
  // Compared folded (lib/compliance/flag-codes.ts): `ＡＴＴＹ` on the page is the pack's `ATTY`.
  const present = flagKeys(flags);
  const facts = factsOf(context);
  const phone = fieldText(context, 'phone');
  const dialled = phone === null ? null : lineDigits(phone);
  const linesByField = new Map<string, string[] | null>();
  const listed = (field: string) => {
    if (!linesByField.has(field)) linesByField.set(field, listedLines(context, field));
    return linesByField.get(field) ?? null;
  };
  const hits = rule.flags.filter(
    (spec) =>
      specPresent(spec, present) &&
      appliesToThisNumber(spec, dialled, listed) &&
      !(spec.unless && holds(spec.unless, facts)),
  );
  const numbers = { flags: flags.join(','), matched: hits.map((h) => h.flag).join(',') };
  if (hits.length === 0) {
    return {
      ruleId: rule.id,
      type: rule.type,
      level: 'ok',
      message: { zh: '无停催标记', en: 'No stop flags' },
      numbers,
    };
  }
  const level = hits.some((h) => h.severity === 'block') ? 'block' : 'warn';
  // Blocks first: the agent reads the reason that stops the call before the ones that only warn.
  const ordered = [...hits].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1));
  const reasons = ordered.map(flagText);
  return {
    ruleId: rule.id,
    type: rule.type,
    level,
    message: { zh: `账户标记 ${reasons.join('；')}`, en: `Account flag ${reasons.join('; ')}` },
    numbers,
  };
}
