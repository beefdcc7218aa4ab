/** The bundled en-US default pack as its tests read it, with the helpers they share. */
import { readFileSync } from 'node:fs';
import { CRM_FIELD_NAMES } from '@/lib/crm/fields';
import type { AccountContext, FieldReading, FieldValue } from '../../../lib/crm/context';
import { type Pack, packSchema, type Rule } from '../../../lib/pack/schema';
import { LIFE_EVENT_CARDS } from './life-event-sentences';
import { OTHER_DEBTS_CARD } from './other-debt-sentences';

export const FILE = new URL('../../../lib/pack/defaults/en-US.json', import.meta.url);
export const RAW_TEXT = readFileSync(FILE, 'utf8');
export const RAW: unknown = JSON.parse(RAW_TEXT);
export const parsed = packSchema.safeParse(RAW);
if (!parsed.success)
  throw new Error(`en-US pack does not parse: ${JSON.stringify(parsed.error.issues, null, 2)}`);
export const pack: Pack = parsed.data;

/** The canonical CRM vocabulary (lib/crm/fields.ts), the US-only fields included. */
export const CRM_FIELDS: string[] = [...CRM_FIELD_NAMES];
/** The cards issue 13 (and content review 11) added to the twenty DOMAIN.md names. */
export const NEW_OBJECTION_IDS = [
  'statute-of-limitations',
  'authorized-user',
  'bankruptcy',
  'deceased',
  'in-writing',
  'credit-report-deletion',
  'exempt-income',
  'servicemember',
  'language-access',
  'spouse',
  // Content review 11: the vulnerable consumer's path (age, confusion, someone speaking for them).
  'vulnerable-consumer',
  // Content round 14: life events no card answered (divorce first).
  ...LIFE_EVENT_CARDS,
  // Content round 15: other lenders or bills come first (多头负债).
  OTHER_DEBTS_CARD,
  // Session 14: the customer who must talk to the family first (the zh pack had it from the start).
  'family-consult',
];
export const CALL_PHASES = ['identify', 'disclose', 'understand', 'negotiate', 'commit', 'close'] as const;
export const MINI_MIRANDA =
  'This is {{agent.name}} from {{company.name}}. This is an attempt to collect a debt and any information obtained will be used for that purpose.';

export function rulesOf<T extends Rule['type']>(type: T): Extract<Rule, { type: T }>[] {
  return pack.rules.filter((r): r is Extract<Rule, { type: T }> => r.type === type);
}
export function ruleOf<T extends Rule['type']>(type: T): Extract<Rule, { type: T }> {
  const [rule] = rulesOf(type);
  if (!rule) throw new Error(`no ${type} rule`);
  return rule;
}

/** Every text the agent reads, follows or is shown, with where it is; `never` lists and customer triggers are exempt. */
export function agentTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const script of pack.scripts) {
    for (const stage of script.stages) {
      const at = `${script.id}/${stage.id}`;
      out.push({ where: `${at} title`, text: stage.title });
      for (const line of stage.lines) {
        out.push({ where: `${at}/${line.id}`, text: line.text });
        for (const answer of line.answers ?? [])
          out.push({ where: `${at}/${line.id}/${answer.id}`, text: answer.label });
      }
      for (const next of stage.next ?? []) out.push({ where: `${at} next`, text: next.label });
    }
  }
  for (const o of pack.objections) {
    out.push({ where: `${o.id} title`, text: o.title });
    for (const [i, text] of o.say.entries()) out.push({ where: `${o.id} say[${i}]`, text });
    for (const [i, text] of (o.do ?? []).entries()) out.push({ where: `${o.id} do[${i}]`, text });
  }
  for (const item of pack.checklist) out.push({ where: `checklist ${item.id}`, text: item.text });
  for (const d of pack.dispositions) out.push({ where: `disposition ${d.id}`, text: d.label });
  for (const c of ruleOf('forbiddenPhrases').categories)
    out.push({ where: `instead ${c.category}`, text: c.instead });
  for (const f of ruleOf('stopFlag').flags) out.push({ where: `stop flag ${f.flag}`, text: f.reason });
  return out;
}

/** Every string of the pack (recursively), for the template check. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

export function reading(value: FieldValue, raw = String(value)): FieldReading {
  return { raw, value, parse: 'text', source: { selector: '#x' } };
}
export function contextWith(fields: Record<string, FieldValue>): AccountContext {
  return {
    adapterId: 'demo-crm',
    accountKey: 'CC20240007',
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, reading(v)])),
    problems: [],
    url: 'http://127.0.0.1:5178/accounts/CC20240007',
    readAt: 0,
  };
}
export const FULL_ACCOUNT: Record<string, FieldValue> = {
  name: 'Jordan Miller',
  overdueAmount: 124560,
  balance: 683015,
  minimumDue: 21500,
  dpd: 75,
  dueDate: '2026-02-10',
  phone: '+16175550148',
  region: 'Boston, MA',
  timezone: 'America/New_York',
  flags: [],
  hardship: false,
  brokenPromises: 1,
  cardLast4: '4821',
  product: 'Platinum Visa',
  principal: 542000,
  interestAndFees: 141015,
  state: 'MA',
  validationSent: true,
  validationEnd: '2026-02-20',
  inValidationPeriod: true,
  creditReported: true,
};
