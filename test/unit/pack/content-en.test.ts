/**
 * The en-US default pack must not bring back any H finding of the compliance review
 * (shared/reviews/2026-11-pack-content.md, issue 13 §6): no message left with a third party and no
 * employer named in one, the recording notice before the first question, no family borrowing, no
 * "interest stops" promise; and every objection is findable from what a consumer says.
 */

import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { type ConditionFacts, holds } from '../../../lib/pack/condition';
import { firstTickBeforeFirstAsk, hits, loadDefaultPack, spokenTexts } from './content-helpers';

const pack = loadDefaultPack('en-US');
const spoken = spokenTexts(pack);
const fake = (text: string) => [{ where: 'example', text }];
const lines = pack.scripts.flatMap((s) =>
  s.stages.flatMap((st) => st.lines.map((l) => ({ stage: st, line: l }))),
);

/** U1: a message left with a person, or the employer named to them (1006.2(j), 15 U.S.C. 1692b). */
const TP_MESSAGE =
  /(ask|tell) \{\{name\}\} to (call|contact)|\{\{company\.(neutral)?name\}\}|\{\{bank\.name\}\}|call (me|us) back/i;
const FAMILY_BORROWING = /\b(borrow|loan)\b[^.]{0,30}\b(family|friends?|relatives?|parents)\b/i;
const INTEREST_STOPS = /interest (stops|will stop|is waived|no longer (accrues|applies))/i;
const NEGATED = /\b(never|not|don't|do not|no)\b/i;

describe('en-US pack: the review’s H findings stay fixed', () => {
  it('leaves no message with a third party and names no employer to them (U1)', () => {
    const thirdParty = spoken.filter(
      (s) => s.phase === 'thirdParty' && !/tp-(employer|once|wrap)/.test(s.where),
    );
    const card = spoken.filter((s) => s.where.startsWith('third-party say'));
    expect(thirdParty.length).toBeGreaterThan(0);
    expect(hits(pack, [...thirdParty, ...card], TP_MESSAGE)).toEqual([]);
    const before =
      'Could you please ask {{name}} to call {{agent.name}} at {{company.neutralName}}, at {{callback.number}}?';
    expect(hits(pack, fake(before), TP_MESSAGE)).toHaveLength(1);
  });

  it('gives the recording notice in the greeting, before the first question, in every script (U2)', () => {
    const order = firstTickBeforeFirstAsk(pack, 'recording-notice');
    expect(Object.keys(order)).toEqual(['early', 'late', 'hardship']);
    for (const [id, ok] of Object.entries(order)) expect(ok, id).toBe(true);
    expect(pack.checklist.find((c) => c.id === 'recording-notice')?.phase).toBe('identify');
  });

  it('never suggests borrowing from family or friends, nor that interest stops', () => {
    const affirmative = (pattern: RegExp) =>
      hits(pack, spoken, pattern).filter((hit) => !NEGATED.test(hit.slice(hit.indexOf(': ') + 2)));
    expect(affirmative(FAMILY_BORROWING)).toEqual([]);
    expect(affirmative(INTEREST_STOPS)).toEqual([]);
    expect(hits(pack, fake('Maybe you could borrow it from your family?'), FAMILY_BORROWING)).toHaveLength(1);
    expect(
      hits(pack, fake('Once you pay the past-due amount, interest stops.'), INTEREST_STOPS),
    ).toHaveLength(1);
  });

  it('says validation, dispute-period and credit-reporting lines only when the CRM supports them (U4–U6)', () => {
    const said = (id: string, facts: ConditionFacts) =>
      lines.filter((x) => x.line.id === id).every((x) => !x.line.when || holds(x.line.when, facts));
    expect(said('un-validation', { validationSent: true })).toBe(true);
    expect(said('un-validation', {})).toBe(false);
    expect(said('un-validation-oral', {})).toBe(true);
    expect(said('un-validation-oral', { validationSent: true })).toBe(false);
    expect(said('es-facts', {})).toBe(false);
    expect(said('es-facts', { creditReported: true })).toBe(true);
    expect(said('ng-dispute-period', { inValidationPeriod: true })).toBe(true);
    expect(said('ng-dispute-period', { inValidationPeriod: false })).toBe(false);
  });

  it('reads the time-barred disclosure of NY, MA and CA only there, and the CA licence only in CA (U10)', () => {
    const shown = (id: string, facts: ConditionFacts) =>
      lines.filter((x) => x.line.id === id).every((x) => x.line.when && holds(x.line.when, facts));
    for (const [id, state] of [
      ['dc-timebar-ny', 'NY'],
      ['dc-timebar-ma', 'MA'],
      ['dc-timebar-ca', 'CA'],
    ] as const) {
      expect(shown(id, { state, flags: ['time-barred'] }), id).toBe(true);
      expect(shown(id, { state, flags: [] }), id).toBe(false);
      expect(shown(id, { state: 'TX', flags: ['time-barred'] }), id).toBe(false);
    }
    expect(shown('dc-ca-license', { state: 'CA' })).toBe(true);
    expect(shown('dc-ca-license', { state: 'NY' })).toBe(false);
  });

  it('quotes an APR with plan offers and asks for Reg E authorization of recurring debits (U7, U8)', () => {
    expect(lines.find((x) => x.line.id === 'ng-plan')?.line.text).toMatch(/annual percentage rate/);
    expect(hits(pack, spoken, /% a month/)).toEqual([]);
    const regE = lines.filter((x) => x.line.ticks?.includes('reg-e-authorization'));
    expect(regE.length).toBe(pack.scripts.length);
    for (const { line } of regE) {
      expect(line.text).toMatch(/authoriz/);
      expect(line.text).toMatch(/copy/);
      expect(line.source).toContain('1005.10(b)');
    }
    expect(pack.checklist.find((c) => c.id === 'reg-e-authorization')?.source).toContain('1005.10');
  });

  it('states what a settlement discounts and what keeps accruing in a deferral (issue 13 §3)', () => {
    for (const policy of pack.planPolicies) {
      if (policy.settlement) expect(policy.settlement.basis, policy.id).toBe('balance');
      if (policy.deferral) expect(policy.deferral.alsoAccrues, policy.id).toEqual(['late fees']);
    }
  });

  it('keeps notes on this computer at most 90 days and keeps every source (U9)', () => {
    const retention = pack.rules.find((r) => r.type === 'retention');
    expect(retention).toMatchObject({ notesDays: 90, callsDays: 90 });
    expect(retention?.title).toMatch(/this computer.*system of record/);
    for (const o of pack.objections) expect(o.source, o.id).toBeTruthy();
  });
});

describe('en-US pack: objections are found from the consumer’s words', () => {
  const VOICED = /\b(i|i'm|i'll|i've|my|me|you|you're|your|he|she|he's|she's|his|her|we|it's|this|that)\b/i;

  it('gives every objection at least five triggers, three or more in the consumer’s own voice', () => {
    for (const o of pack.objections) {
      expect(o.triggers.length, o.id).toBeGreaterThanOrEqual(5);
      const voiced = o.triggers.filter((t) => VOICED.test(t));
      expect(voiced.length, `${o.id}: ${o.triggers.join(' / ')}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('finds the deceased card, not the self-harm card, when a relative reports a death', () => {
    const index = buildObjectionIndex(pack.objections);
    for (const query of ['he passed away', 'my husband died', 'she died']) {
      expect(searchObjections(index, query)[0]?.objection.id, query).toBe('deceased');
    }
    expect(searchObjections(index, 'I want to die')[0]?.objection.id).toBe('self-harm');
  });

  it('leads each new card to a flag, disposition or plan', () => {
    const leads = Object.fromEntries(pack.objections.map((o) => [o.id, o.leadsTo]));
    expect(leads).toMatchObject({
      bankruptcy: { flag: 'bankruptcy' },
      deceased: { flag: 'deceased' },
      'authorized-user': { flag: 'dispute' },
      'exempt-income': { flag: 'hardship' },
      'language-access': { disposition: 'CB' },
      spouse: { disposition: 'TPC' },
    });
  });
});
