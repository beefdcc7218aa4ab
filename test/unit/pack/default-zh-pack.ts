/** The bundled zh-CN default pack as its tests read it, with the helpers they share. */
import { readFileSync } from 'node:fs';
import { CRM_FIELD_NAMES, CRM_FIELDS as VOCABULARY } from '@/lib/crm/fields';
import { type Pack, packSchema, type Rule } from '../../../lib/pack/schema';
import { CUSTODY_CARD } from './custody-legal-sentences';
import { LIFE_EVENT_CARDS } from './life-event-sentences';
import { OTHER_DEBTS_CARD } from './other-debt-sentences';

export const fileUrl = new URL('../../../lib/pack/defaults/zh-CN.json', import.meta.url);
export const raw = readFileSync(fileUrl, 'utf8');
export const pack: Pack = packSchema.parse(JSON.parse(raw));

/** The canonical CRM vocabulary (lib/crm/fields.ts) but the US-only fields, plus the derived bucket. */
export const CRM_FIELDS: string[] = [
  ...CRM_FIELD_NAMES.filter((f) => !('market' in VOCABULARY[f])),
  'bucket',
];
/** The cards issue 13 (and content review 11) added to the twenty DOMAIN.md names. */
export const NEW_OBJECTION_IDS = [
  'deceased',
  'family-consult',
  'credit-report',
  'personalised-request',
  'agent-intermediary',
  'not-me-number',
  'identity-fraud',
  'sued-already',
  'lent-card',
  'tp-complaint',
  'statement-request',
  'harassment',
  // Content review 11: the vulnerable customer's path (age, confusion, someone speaking for them).
  'vulnerable-customer',
  // Content round 14: life events no card answered (divorce first).
  ...LIFE_EVENT_CARDS,
  // Content round 15: other lenders or bills come first (多头负债).
  OTHER_DEBTS_CARD,
  // Content round 16: the cardholder in prison or detention, or just released.
  CUSTODY_CARD,
];
export const FILTERS = ['money', 'date', 'percent', 'masked'];
export const TEMPLATE = /\{\{\s*([^}|\s]+)\s*(?:\|\s*([^}\s]+)\s*)?\}\}/g;

export function ruleOf<T extends Rule['type']>(type: T): Extract<Rule, { type: T }> {
  const rule = pack.rules.find((r): r is Extract<Rule, { type: T }> => r.type === type);
  if (!rule) throw new Error(`no ${type} rule`);
  return rule;
}

/** Every string of the pack with its path, skipping the subtrees named in `skip`. */
export function textsOf(
  value: unknown,
  skip: ReadonlySet<string>,
  path = '',
): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, skip, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) =>
      skip.has(key) ? [] : textsOf(v, skip, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** Constants substituted, CRM fields left as they are: what the agent sees before the call. */
export function withConstants(text: string): string {
  return text.replace(TEMPLATE, (whole, name: string) => pack.constants[name] ?? whole);
}

export function allLines() {
  return pack.scripts.flatMap((script) =>
    script.stages.flatMap((stage) => stage.lines.map((line) => ({ script, stage, line }))),
  );
}
