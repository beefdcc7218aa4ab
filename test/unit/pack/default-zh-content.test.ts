/**
 * The bundled zh-CN default pack, part two: its objections, the compliance of its own text, its
 * rules, plan policies and dispositions (part one, default-zh.test.ts: shape, scripts, references).
 */

import { withoutUnless } from '../../../lib/compliance/phrase-matcher';
import { lintPackPhrases, lintThirdPartyLines } from '../../../lib/compliance/phrases';
import { DISPOSITION_IDS, OBJECTION_IDS } from '../../fixtures/domain-ids';
import { allLines, NEW_OBJECTION_IDS, pack, ruleOf, textsOf, withConstants } from './default-zh-pack';

describe('zh-CN default pack: objections', () => {
  it('answers the 20 shared objections, the 12 of issue 13 and the vulnerable customer’s, each with say, do, never and triggers', () => {
    expect(pack.objections.map((o) => o.id).sort()).toEqual([...OBJECTION_IDS, ...NEW_OBJECTION_IDS].sort());
    for (const objection of pack.objections) {
      expect(objection.say.length, objection.id).toBeGreaterThanOrEqual(1);
      expect(objection.do?.length ?? 0, objection.id).toBeGreaterThanOrEqual(1);
      expect(objection.never?.length ?? 0, objection.id).toBeGreaterThanOrEqual(1);
      expect(objection.triggers.length, objection.id).toBeGreaterThanOrEqual(5);
      expect(objection.title, objection.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('treats self-harm as a crisis: concern, the crisis line, supervisor, flag and ESC', () => {
    const selfHarm = pack.objections.find((o) => o.id === 'self-harm');
    expect(selfHarm?.severity).toBe('crisis');
    expect(selfHarm?.say.join('')).toContain('{{crisis.line}}');
    expect(selfHarm?.do?.join('')).toContain('主管');
    expect(selfHarm?.leadsTo).toMatchObject({ flag: 'crisis', disposition: 'ESC' });
    expect(pack.objections.filter((o) => o.severity === 'crisis').map((o) => o.id)).toEqual(['self-harm']);
  });

  it('answers the jail question as a civil matter, with facts only', () => {
    const jail = pack.objections.find((o) => o.id === 'jail');
    expect(jail?.say.join('')).toContain('民事');
    expect(jail?.say.join('')).not.toMatch(/坐牢|抓/);
  });
});

describe('zh-CN default pack: compliance of its own text', () => {
  // `never` quotes what not to say; triggers are the customer's words; the rules hold the lists
  // (phrases and the word families they name).
  const exempt = new Set(['never', 'triggers', 'phrases', 'families', 'discloses', 'sample', 'match']);
  const spoken = textsOf(pack, exempt);

  it('has forbidden phrases in all five categories, each with compliant wording instead', () => {
    const rule = ruleOf('forbiddenPhrases');
    expect(rule.categories.map((c) => c.category).sort()).toEqual(
      ['falseLegal', 'insult', 'privacy', 'thirdPartyDisclosure', 'threat'].sort(),
    );
    // A trailing `(!…)` says what may not follow (上门 but not the 上门 of 线上门店): the phrase is before it.
    const phrases = rule.categories.flatMap((c) => c.phrases).map(withoutUnless);
    // Police words only in threat shapes (review: a customer who reported to the police is no violation).
    expect(phrases).not.toContain('派出所');
    for (const phrase of [
      '让你坐牢',
      '抓你',
      '移交公安',
      '上门',
      '曝光你',
      '通讯录',
      '老赖',
      '恶意透支',
      '失信被执行人',
    ]) {
      expect(phrases, phrase).toContain(phrase);
    }
  });

  it('never uses a forbidden phrase outside `never`, also with constants filled in', () => {
    const phrases = ruleOf('forbiddenPhrases')
      .categories.flatMap((c) => c.phrases)
      .map(withoutUnless);
    const hits: string[] = [];
    for (const { path, text } of spoken) {
      for (const candidate of [text, withConstants(text)]) {
        for (const phrase of phrases) if (candidate.includes(phrase)) hits.push(`${path}: ${phrase}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('passes the compliance linter the extension runs on packs', () => {
    expect(lintPackPhrases(pack).map((f) => `${f.path}: ${f.phrase}`)).toEqual([]);
    expect(lintThirdPartyLines(pack).map((f) => `${f.path}: ${f.word}`)).toEqual([]);
  });

  it('would catch a threat if one were written (the check can fail)', () => {
    const phrases = ruleOf('forbiddenPhrases').categories.flatMap((c) => c.phrases);
    expect(phrases.some((p) => '再不还就让你坐牢'.includes(p))).toBe(true);
    expect(phrases.some((p) => '按合同约定，逾期记录会如实报送征信，不会坐牢'.includes(p))).toBe(false);
  });

  it('says nothing about the debt before identity is confirmed or to a third party', () => {
    const discloses = ruleOf('thirdParty').discloses;
    expect(discloses).toEqual(
      expect.arrayContaining(['欠款', '逾期', '还款', '催收', '信用卡', '账单', '欠钱']),
    );
    const hits: string[] = [];
    const check = (where: string, text: string) => {
      const filled = withConstants(text);
      for (const word of discloses) if (filled.includes(word)) hits.push(`${where}: ${word}`);
    };
    for (const { stage, line } of allLines()) {
      if (stage.phase === 'thirdParty') check(line.id, line.text);
      if (stage.phase === 'identify' && line.kind !== 'do') check(line.id, line.text);
      if (stage.phase === 'thirdParty' || stage.phase === 'identify') {
        for (const a of line.answers ?? []) check(`${line.id}/${a.id}`, a.label);
      }
    }
    const thirdParty = pack.objections.find((o) => o.id === 'third-party');
    for (const text of [...(thirdParty?.say ?? []), ...(thirdParty?.do ?? [])]) check('third-party', text);
    expect(hits).toEqual([]);
  });
});

describe('zh-CN default pack: rules, plans, dispositions', () => {
  it('carries the China rules with sources', () => {
    for (const rule of pack.rules) expect(rule.source.length, rule.id).toBeGreaterThan(4);
    expect(ruleOf('callWindow')).toMatchObject({
      start: '08:00',
      end: '22:00',
      severity: 'block',
      timezoneField: 'timezone',
    });
    expect(ruleOf('attemptCap')).toMatchObject({ maxPerDay: 6, counts: 'unanswered', severity: 'block' });
    const stops = pack.rules.filter((r) => r.type === 'stopFlag');
    for (const stop of stops) expect(stop.field).toBe('flags');
    expect(stops.flatMap((s) => s.flags.map((f) => f.flag)).sort()).toEqual(
      [
        'attorney',
        'bankruptcy',
        'cease',
        'complaint',
        'crisis',
        'deceased',
        'dispute',
        'litigation',
        'no-work-calls',
        'plan-agreement',
        'tp-no-contact',
        'vulnerable',
      ].sort(),
    );
    expect(ruleOf('recordingNotice')).toMatchObject({
      items: expect.arrayContaining(['recording-notice', 'identity-verified']),
      beforePhase: 'negotiate',
    });
    // Z20: the longest time notes stay on this computer; the bank's systems keep the record.
    expect(ruleOf('retention')).toMatchObject({ notesDays: 90, callsDays: 90 });
    expect(ruleOf('retention').title).toContain('录音系统');
  });

  it('keeps plan terms within the bank convention (fen, monthly flat fee 0.60–0.75 %)', () => {
    const policy = (id: string) => pack.planPolicies.find((p) => p.id === id);
    for (const p of pack.planPolicies) {
      expect(Number.isInteger(p.minInstalment), p.id).toBe(true);
      for (const term of p.instalmentFlat ?? []) {
        expect(term.monthlyFeeRate, p.id).toBeGreaterThanOrEqual(0.006);
        expect(term.monthlyFeeRate, p.id).toBeLessThanOrEqual(0.0075);
        expect(term.periods, p.id).toBeLessThanOrEqual(60);
      }
    }
    expect(policy('policy-early')?.instalmentFlat?.map((t) => t.periods)).toEqual([3, 6, 12, 24]);
    // Z9: at M1 a deferral of at most one month, and the read-back names 违约金.
    expect(policy('policy-early')?.deferral).toMatchObject({
      maxMonths: 1,
      interest: 'accrue',
      alsoAccrues: ['违约金'],
    });
    expect(policy('policy-early')?.settlement).toMatchObject({
      basis: 'interestAndFees',
      agentMaxDiscountRate: 0,
    });
    expect(Math.max(...(policy('policy-late')?.instalmentFlat ?? []).map((t) => t.periods))).toBe(36);
    // Z7: discounts on interest and fees only; below principal only with the named approval.
    for (const p of pack.planPolicies) {
      expect(p.settlement?.basis, p.id).toBe('interestAndFees');
      expect(p.settlement?.belowPrincipalApproval, p.id).toBe('分行风险管理部审批');
    }
    expect(policy('policy-late')?.settlement).toMatchObject({
      agentMaxDiscountRate: 0.3,
      supervisorMaxDiscountRate: 1,
      maxPayments: 3,
    });
    expect(policy('policy-hardship')?.personalised?.monthlyFeeRate).toBeLessThan(0.006);
  });

  it('has the 15 dispositions with what each one requires', () => {
    expect(pack.dispositions.map((d) => d.id).sort()).toEqual([...DISPOSITION_IDS].sort());
    const d = Object.fromEntries(pack.dispositions.map((x) => [x.id, x]));
    for (const id of ['PTP', 'PART', 'PLAN']) expect(d[id]?.requires).toEqual(['amount', 'date']);
    expect(d.CB?.requires).toEqual(['callbackAt']);
    for (const id of ['DSP', 'ESC', 'DNC', 'CMP']) expect(d[id]?.requires, id).toContain('reason');
    // Whom the call reached comes from the pack (issue 12 §1).
    for (const id of ['NA', 'VM']) expect(d[id]?.contact, id).toBe('none');
    for (const id of ['WN', 'TPC']) expect(d[id]?.contact, id).toBe('thirdParty');
    for (const id of ['PTP', 'PAID', 'PART', 'PLAN', 'CB', 'RTP', 'DSP', 'HRD', 'CMP', 'ESC', 'DNC']) {
      expect(d[id]?.contact, id).toBe('debtor');
    }
    expect(d.PAID?.paid).toBe(true);
    // A PAID or PART outcome keeps an earlier promise (issue 7).
    expect(d.PART?.paid).toBe(true);
    for (const x of pack.dispositions) expect(x.label, x.id).toMatch(/[\u4e00-\u9fff]/);
  });
});
