/**
 * Fills `{{variables}}` in pack text from the CRM context, the pack's constants and the agent's
 * settings. The result is a list of parts, never HTML: the UI renders text nodes and highlights
 * missing values, which stay visible as `{{name}}`-style placeholders and never become "".
 */
import type { AccountContext, FieldValue } from '../crm/context';
import { dateTimeFormat, numberFormat } from '../i18n/intl-cache';
import type { Pack } from '../pack/schema';
import { planBasis } from '../plan/basis';
import { formatMoney } from '../plan/money';
import { type Formatter, tokenize } from './template';

export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; text: string }
  | { kind: 'missing'; name: string; text: string };

export interface RenderVars {
  context: AccountContext | null;
  pack: Pick<Pack, 'constants' | 'currency' | 'locale'>;
  agent: { name: string; id: string };
  /** What the call agreed (the call record's plan and promise); absent before a plan is agreed. */
  agreed?: AgreedVars | null;
}

export interface AgreedVars {
  plan?: { summary: string };
  promise?: { amount: number; date: string };
}

/**
 * Variables every pack can use whatever its adapter reads: the commit stage's read-back is filled
 * from the agreed plan and promise, and `plan.basis` is the amount the calculator plans on
 * (issue 15 §3, §9). Each stays visibly missing until there is a value. `plan.agreed` is the agreed
 * plan's one-line summary; not `plan.summary`, a UI message key that a missing placeholder would show
 * as if it leaked (issue 15 §4).
 */
export const CALL_VARIABLES = ['promise.amount', 'promise.date', 'plan.agreed', 'plan.basis'] as const;

export interface Rendered {
  parts: TextPart[];
  /** Some value is missing: the agent must check before saying it. */
  missing: string[];
  /** Plain text (missing values shown as their placeholder), for copying. */
  text: string;
}

export function formatValue(
  value: FieldValue,
  formatter: Formatter | undefined,
  pack: RenderVars['pack'],
): string {
  const locale = pack.locale;
  switch (formatter) {
    case 'money':
      return typeof value === 'number' ? formatMoney(value, pack.currency, locale) : String(value);
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return String(value);
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      return dateTimeFormat(locale, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(y, m - 1, d));
    }
    case 'percent':
      return typeof value === 'number'
        ? numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value)
        : String(value);
    case 'masked': {
      const text = String(value);
      return text.length <= 4 ? text : `${'*'.repeat(Math.min(text.length - 4, 8))}${text.slice(-4)}`;
    }
    default:
      return Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'boolean'
          ? value
            ? '✓'
            : '✗'
          : String(value);
  }
}

function lookup(name: string, vars: RenderVars): FieldValue | undefined {
  if (name === 'agent.name') return vars.agent.name.trim() || undefined;
  if (name === 'agent.id') return vars.agent.id.trim() || undefined;
  if (name === 'promise.amount') return vars.agreed?.promise?.amount;
  if (name === 'promise.date') return vars.agreed?.promise?.date;
  if (name === 'plan.agreed') return vars.agreed?.plan?.summary.trim() || undefined;
  if (name === 'plan.basis') return planBasis(vars.context)?.amount;
  if (Object.hasOwn(vars.pack.constants, name)) return vars.pack.constants[name] || undefined;
  const context = vars.context;
  if (!context) return undefined;
  if (name === 'accountKey') return context.accountKey;
  return Object.hasOwn(context.fields, name) ? context.fields[name]?.value : undefined;
}

export function render(template: string, vars: RenderVars): Rendered {
  const parts: TextPart[] = [];
  const missing: string[] = [];
  for (const token of tokenize(template)) {
    if (token.kind === 'text') {
      parts.push(token);
      continue;
    }
    const { name, formatter } = token.placeholder;
    const value = lookup(name, vars);
    if (value === undefined) {
      missing.push(name);
      parts.push({ kind: 'missing', name, text: `{{${name}}}` });
    } else {
      parts.push({ kind: 'value', name, text: formatValue(value, formatter, vars.pack) });
    }
  }
  return { parts, missing, text: parts.map((p) => p.text).join('') };
}
