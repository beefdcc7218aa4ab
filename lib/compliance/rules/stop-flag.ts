/**
 * Account flags that stop or limit collection (issue 12 §7): complaint, attorney, cease,
 * `deceased`, `plan-agreement` (a signed 个性化分期 stops collection unless the debtor defaults:
 * `unless`), `tp-no-contact` (per number: `numbersField`), `litigation`, `no-work-calls`. The agent
 * reads a flag's label and reason, never its id.
 */
import type { AccountContext } from '../../crm/context';
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
  if (typeof v === 'string') return v.split(/[\s,;，、；]+/).filter(Boolean);
  if (typeof v === 'boolean') return v ? [field] : [];
  return null;
}

/** A number is this many digits at least: shorter runs between spaces are groups of one number. */
const WHOLE_NUMBER = 7;

/**
 * The numbers a CRM lists: split at commas, semicolons, slashes and line breaks, and at spaces only
 * between whole numbers. "138 0013 8000" is one number (session 13: cut at every space, a
 * do-not-call number written in groups was never the dialled one, so the flag did not apply).
 */
export function numbersOf(context: AccountContext, field: string): string[] | null {
  const v = context.fields[field]?.value;
  if (Array.isArray(v)) return v.map((n) => n.trim()).filter(Boolean);
  if (typeof v === 'number') return [String(v)];
  if (typeof v !== 'string') return null;
  return v
    .split(/[,;，、；/／\n]+/)
    .flatMap((piece) => {
      const words = piece.split(/\s+/).filter(Boolean);
      return words.every((w) => lineDigits(w).length >= WHOLE_NUMBER) ? words : [piece.trim()];
    })
    .filter(Boolean);
}

/**
 * A per-number flag (`numbersField`: a third party who asked not to be called, the work number)
 * holds when the dialled number is listed there; when the list or the dialled number cannot be
 * read, it holds (never silently an "ok").
 */
function appliesToThisNumber(spec: FlagSpec, context: AccountContext): boolean {
  if (!spec.numbersField) return true;
  const phone = fieldText(context, 'phone');
  const listed = numbersOf(context, spec.numbersField);
  if (phone === null || listed === null || listed.length === 0) return true;
  return listed.some((n) => lineDigits(n) !== '' && lineDigits(n) === lineDigits(phone));
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
  const hits = rule.flags.filter(
    (spec) =>
      specPresent(spec, present) &&
      appliesToThisNumber(spec, context) &&
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
