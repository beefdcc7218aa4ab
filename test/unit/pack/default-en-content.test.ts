/**
 * The bundled en-US default pack, part two: its objections, the compliance of its own text, its
 * rules, plan policies and dispositions (part one, default-en.test.ts: shape, scripts, references).
 */
import { lintPackPhrases, lintThirdPartyLines, phraseVariants } from '../../../lib/compliance/phrases';
import { PHASES } from '../../../lib/pack/schema';
import { DISPOSITION_IDS, OBJECTION_IDS } from '../../fixtures/domain-ids';
import { agentTexts, NEW_OBJECTION_IDS, pack, ruleOf } from './default-en-pack';

describe('en-US default pack: objections', () => {
  it('answers the 20 shared objection ids, the 10 of issue 13 and the vulnerable consumer’s, each with triggers, say, do and never', () => {
    expect(pack.objections.map((o) => o.id).sort()).toEqual([...OBJECTION_IDS, ...NEW_OBJECTION_IDS].sort());
    for (const o of pack.objections) {
      expect(o.triggers.length, o.id).toBeGreaterThanOrEqual(5);
      expect(o.say.length, o.id).toBeGreaterThanOrEqual(1);
      expect(o.do?.length ?? 0, o.id).toBeGreaterThanOrEqual(1);
      expect(o.never?.length ?? 0, o.id).toBeGreaterThanOrEqual(1);
      for (const phase of o.stages ?? []) expect(PHASES).toContain(phase);
    }
  });

  it('hears the colloquial ways a consumer says "no money"', () => {
    const noMoney = pack.objections.find((o) => o.id === 'no-money');
    for (const t of ["I don't have any money", "I'm broke", "can't afford"])
      expect(noMoney?.triggers).toContain(t);
  });

  it('treats self-harm as the only crisis: 988, escalate, crisis flag', () => {
    expect(pack.objections.filter((o) => o.severity === 'crisis').map((o) => o.id)).toEqual(['self-harm']);
    const selfHarm = pack.objections.find((o) => o.id === 'self-harm');
    expect(selfHarm?.leadsTo).toMatchObject({ flag: 'crisis', disposition: 'ESC' });
    const said = selfHarm?.say
      .map((t) => t.replaceAll('{{crisis.line}}', pack.constants['crisis.line'] ?? ''))
      .join(' ');
    expect(said).toContain('988');
  });

  it('routes the legal and stop objections to the right flags and dispositions', () => {
    const by = (id: string) => pack.objections.find((o) => o.id === id);
    expect(by('attorney')?.leadsTo?.flag).toBe('attorney');
    expect(by('attorney')?.do?.join(' ')).toContain('1006.6(b)(2)');
    expect(by('stop-calling')?.leadsTo).toMatchObject({ flag: 'cease', disposition: 'DNC' });
    expect(by('stop-calling')?.do?.join(' ')).toContain('1006.6(c)');
    expect(by('not-my-debt')?.leadsTo).toMatchObject({ flag: 'dispute', disposition: 'DSP' });
    expect(by('not-my-debt')?.do?.join(' ')).toContain('1006.34');
    // Content review 11: a civil matter, stated as a fact; no blanket promise that no arrest can follow.
    expect(by('jail')?.say.join(' ')).toMatch(/civil matter/);
    expect(by('jail')?.say.join(' ')).not.toMatch(/not be arrested|jailed/);
    expect(by('jail')?.never?.join(' ')).toContain('1006.18');
    expect(by('third-party')?.leadsTo?.disposition).toBe('TPC');
  });
});

describe('en-US default pack: compliance content', () => {
  const forbidden = ruleOf('forbiddenPhrases');
  const phrases = forbidden.categories.flatMap((c) => c.phrases.map((p) => p.toLowerCase()));
  /**
   * Every plain spelling the list forbids: a phrase of alternatives only (`(squad|patrol) car`, how
   * literals of one theme are written to keep the pack under its size limit) counts as each of them.
   */
  const spellings = phrases.flatMap((p) => (/[…{}!]|\.\.\./.test(p) ? [p] : phraseVariants(p)));

  it('forbids threats, false legal claims, insults, third-party disclosure and privacy breaches', () => {
    expect(forbidden.categories.map((c) => c.category).sort()).toEqual(
      ['falseLegal', 'insult', 'privacy', 'thirdPartyDisclosure', 'threat'].sort(),
    );
    for (const p of [
      'we will arrest',
      'garnish your wages',
      'seize your house',
      'we are attorneys',
      'garnish',
      'criminal',
      'law firm',
    ])
      expect(spellings).toContain(p);
  });

  it('never uses a forbidden phrase outside a `never` list, even as the start of a longer word', () => {
    // Stricter than the linter: a phrase matches wherever it starts a word, whatever follows it.
    const startsWord = (text: string, phrase: string) => {
      const at = (from: number): boolean => {
        const i = text.indexOf(phrase, from);
        if (i < 0) return false;
        return !/[a-z0-9]/.test(text[i - 1] ?? ' ') || at(i + 1);
      };
      return at(0);
    };
    const hits = agentTexts().flatMap(({ where, text }) =>
      spellings.filter((p) => startsWord(text.toLowerCase(), p)).map((p) => `${where}: "${p}" in "${text}"`),
    );
    expect(hits).toEqual([]);
  });

  it('passes the compliance linter (forbidden phrases and third-party lines)', () => {
    expect(lintPackPhrases(pack)).toEqual([]);
    expect(lintThirdPartyLines(pack)).toEqual([]);
  });

  it('tells third parties and voicemail nothing about the debt, even after constants are filled in', () => {
    const words = ruleOf('thirdParty').discloses.map((w) => w.toLowerCase());
    for (const w of ['debt', 'owe', 'overdue', 'collect', 'payment', 'balance', 'past due', 'credit card'])
      expect(words).toContain(w);
    const fill = (t: string) =>
      t.replace(/\{\{([\w.]+)\}\}/g, (whole, name: string) => pack.constants[name] ?? whole);
    const heard: { where: string; text: string }[] = [];
    for (const script of pack.scripts)
      for (const stage of script.stages) {
        const forThirdParty =
          stage.phase === 'thirdParty' || ['voicemail', 'wrong-number', 'unverified'].includes(stage.id);
        if (!forThirdParty) continue;
        for (const line of stage.lines.filter((l) => l.kind !== 'do'))
          heard.push({ where: `${script.id}/${stage.id}/${line.id}`, text: fill(line.text) });
      }
    for (const text of pack.objections.find((o) => o.id === 'third-party')?.say ?? [])
      heard.push({ where: 'objection third-party', text: fill(text) });
    expect(heard.length).toBeGreaterThan(10);
    const hits = heard.flatMap(({ where, text }) =>
      words.filter((w) => text.toLowerCase().includes(w)).map((w) => `${where}: "${w}" in "${text}"`),
    );
    expect(hits).toEqual([]);
    for (const { text } of heard) expect(text).not.toContain(pack.constants['company.name']);
  });

  it('keeps the US rules with their sources', () => {
    for (const rule of pack.rules) expect(rule.source.length, rule.id).toBeGreaterThan(3);
    expect(ruleOf('callWindow')).toMatchObject({
      start: '08:00',
      end: '21:00',
      timezoneField: 'timezone',
      severity: 'block',
    });
    expect(ruleOf('contactFrequency')).toMatchObject({
      maxAttempts: 7,
      days: 7,
      quietDaysAfterConversation: 7,
      severity: 'block',
    });
    expect(ruleOf('contactFrequency').source).toContain('1006.14(b)(2)');
    expect(ruleOf('attemptCap').severity).toBe('warn');
    const stops = pack.rules.filter((r) => r.type === 'stopFlag');
    const flags = Object.fromEntries(stops.flatMap((r) => r.flags.map((f) => [f.flag, f.severity])));
    for (const stop of stops) expect(stop.field).toBe('flags');
    for (const f of ['attorney', 'cease', 'dispute', 'bankruptcy', 'deceased', 'crisis'])
      expect(flags[f], f).toBe('block');
    expect(flags.complaint).toBe('warn');
    // U9: the longest time notes stay on this computer; the system of record keeps 3/7 years.
    expect(ruleOf('retention')).toMatchObject({ notesDays: 90, callsDays: 90 });
    expect(ruleOf('retention').source).toContain('1006.100');
  });
});

describe('en-US default pack: plan policies and dispositions', () => {
  const policy = (id: string) => {
    const p = pack.planPolicies.find((x) => x.id === id);
    if (!p) throw new Error(`no policy ${id}`);
    return p;
  };

  it('sets per-segment limits in cents and decimal rates', () => {
    for (const p of pack.planPolicies) {
      expect(Number.isInteger(p.minInstalment), p.id).toBe(true);
      if (p.settlement)
        expect(p.settlement.agentMaxDiscountRate).toBeLessThanOrEqual(p.settlement.supervisorMaxDiscountRate);
    }
    expect(policy('early').instalmentAmortising?.map((t) => t.periods)).toEqual([3, 6, 12]);
    expect(policy('early').deferral?.maxMonths).toBe(1);
    expect(policy('early').settlement).toMatchObject({
      agentMaxDiscountRate: 0.1,
      supervisorMaxDiscountRate: 0.25,
    });
    expect(Math.max(...(policy('late').instalmentAmortising ?? []).map((t) => t.periods))).toBe(24);
    expect(policy('late').settlement).toMatchObject({
      agentMaxDiscountRate: 0.3,
      supervisorMaxDiscountRate: 0.5,
      maxPayments: 3,
    });
    expect(policy('hardship').personalised).toMatchObject({
      maxPeriods: 60,
      needsApproval: true,
      needsProof: true,
    });
    expect(policy('hardship').types).toContain('settlement');
  });

  it('has the 15 disposition codes with their requirements', () => {
    expect(pack.dispositions.map((d) => d.id)).toEqual(DISPOSITION_IDS);
    const by = Object.fromEntries(pack.dispositions.map((d) => [d.id, d]));
    for (const id of ['PTP', 'PART', 'PLAN'])
      expect(by[id]?.requires, id).toEqual(expect.arrayContaining(['amount', 'date']));
    expect(by.CB?.requires).toContain('callbackAt');
    for (const id of ['DSP', 'ESC', 'DNC', 'CMP']) expect(by[id]?.requires, id).toContain('reason');
    // Whom the call reached comes from the pack (issue 12 §1).
    for (const id of ['NA', 'VM']) expect(by[id]?.contact, id).toBe('none');
    for (const id of ['WN', 'TPC']) expect(by[id]?.contact, id).toBe('thirdParty');
    for (const id of ['PTP', 'PAID', 'PART', 'PLAN', 'RTP', 'DSP', 'HRD'])
      expect(by[id]?.contact, id).toBe('debtor');
    expect(by.PAID?.paid).toBe(true);
    expect(pack.dispositions.filter((d) => d.paid).map((d) => d.id)).toEqual(['PAID', 'PART']); // a PAID or PART outcome keeps a promise (issue 7)
  });
});
