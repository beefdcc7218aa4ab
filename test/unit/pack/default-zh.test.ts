/**
 * The bundled zh-CN default pack: it must parse, every reference must resolve, and its own
 * read-aloud text must pass its own compliance rules (forbidden phrases, third-party words).
 */
import { readFileSync } from 'node:fs';
import { CRM_FIELD_NAMES, CRM_FIELDS as VOCABULARY } from '@/lib/crm/fields';
import { lintPackPhrases, lintThirdPartyLines } from '../../../lib/compliance/phrases';
import { type ConditionFacts, holds } from '../../../lib/pack/condition';
import { parsePack } from '../../../lib/pack/parse';
import { type Pack, type PHASES, packSchema, type Rule } from '../../../lib/pack/schema';
import { CALL_VARIABLES } from '../../../lib/script/render';
import { DISPOSITION_IDS, OBJECTION_IDS } from '../../fixtures/domain-ids';

const fileUrl = new URL('../../../lib/pack/defaults/zh-CN.json', import.meta.url);
const raw = readFileSync(fileUrl, 'utf8');
const pack: Pack = packSchema.parse(JSON.parse(raw));

/** The canonical CRM vocabulary (lib/crm/fields.ts) but the US-only fields, plus the derived bucket. */
const CRM_FIELDS: string[] = [...CRM_FIELD_NAMES.filter((f) => !('market' in VOCABULARY[f])), 'bucket'];
/** The cards issue 13 added to the twenty DOMAIN.md names. */
const NEW_OBJECTION_IDS = [
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
];
const FILTERS = ['money', 'date', 'percent', 'masked'];
const TEMPLATE = /\{\{\s*([^}|\s]+)\s*(?:\|\s*([^}\s]+)\s*)?\}\}/g;

function ruleOf<T extends Rule['type']>(type: T): Extract<Rule, { type: T }> {
  const rule = pack.rules.find((r): r is Extract<Rule, { type: T }> => r.type === type);
  if (!rule) throw new Error(`no ${type} rule`);
  return rule;
}

/** Every string of the pack with its path, skipping the subtrees named in `skip`. */
function textsOf(value: unknown, skip: ReadonlySet<string>, path = ''): { path: string; text: string }[] {
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
function withConstants(text: string): string {
  return text.replace(TEMPLATE, (whole, name: string) => pack.constants[name] ?? whole);
}

function allLines() {
  return pack.scripts.flatMap((script) =>
    script.stages.flatMap((stage) => stage.lines.map((line) => ({ script, stage, line }))),
  );
}

describe('zh-CN default pack: shape', () => {
  it('parses with packSchema and with parsePack (schema + references)', () => {
    expect(packSchema.safeParse(JSON.parse(raw)).success).toBe(true);
    const result = parsePack(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.pack.id).toBe('default-zh-CN');
  });

  it('is the Chinese issuer pack, version 1, under 200 KB', () => {
    expect(pack).toMatchObject({
      id: 'default-zh-CN',
      version: 1,
      locale: 'zh-CN',
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
    });
    expect(pack.changelog.map((c) => c.version)).toEqual([1]);
    expect(Date.parse(pack.publishedAt)).not.toBeNaN();
    // 200 KB: issue 13 added twelve cards and a source on every changed line (was 150).
    expect(Buffer.byteLength(raw, 'utf8')).toBeLessThan(200 * 1024);
  });

  it('names the bank, its channels, the regulator and the crisis line', () => {
    for (const key of [
      'bank.name',
      'bank.hotline',
      'complaint.channel',
      'regulator.hotline',
      'crisis.line',
      'company.name',
      'callback.number',
    ]) {
      expect(pack.constants[key], key).toBeTruthy();
    }
    expect(pack.constants['regulator.hotline']).toBe('12378');
    expect(pack.constants['crisis.line']).toContain('400-161-9995');
  });

  it('reads the demo CRM by the shared page contract', () => {
    const adapter = pack.crm.adapters.find((a) => a.id === 'demo-crm');
    expect(adapter).toBeDefined();
    if (!adapter) return;
    expect(adapter.match).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(adapter.accountKey).toEqual({
      selector: '#account',
      attr: 'data-account-key',
      parse: 'text',
      required: true,
    });
    expect(adapter.fields.name).toEqual({ selector: '#customer-name', parse: 'text', required: true });
    expect(adapter.fields.overdueAmount).toEqual({ label: '逾期金额', parse: 'money', required: true });
    expect(adapter.fields.dpd).toEqual({ label: '逾期天数', parse: 'int', required: true });
    expect(adapter.fields.flags).toEqual({ selector: '#account-flags', attr: 'data-flags', parse: 'list' });
    expect(adapter.fields.hardship).toEqual({ label: '困难客户', parse: 'bool' });
    expect(Object.keys(adapter.fields).sort()).toEqual(
      CRM_FIELDS.filter((f) => f !== 'accountKey' && f !== 'bucket').sort(),
    );
    expect(adapter.callState).toEqual({ selector: '#call-state', parse: 'text' });
    expect(adapter.callActive).toEqual(['通话中']);
    expect(Object.keys(adapter.sample ?? {})).toEqual(expect.arrayContaining(['accountKey', 'name', 'dpd']));
  });
});

describe('zh-CN default pack: segments and scripts', () => {
  // Every account read from a CRM has its key (factsOf adds it): the catch-all segment tests for it.
  const segmentFor = (facts: ConditionFacts) =>
    pack.segments.find((s) => holds(s.when, { accountKey: 'CC1', ...facts }))?.id;

  it('picks hardship first, then by days past due, and the last segment catches everything', () => {
    expect(pack.segments.length).toBeGreaterThanOrEqual(3);
    expect(segmentFor({ dpd: 120, flags: ['complaint', 'hardship'] })).toBe('seg-hardship');
    expect(segmentFor({ dpd: 10, flags: [], hardship: true })).toBe('seg-hardship');
    expect(segmentFor({ dpd: 61, flags: [] })).toBe('seg-late');
    expect(segmentFor({ dpd: 60, flags: [] })).toBe('seg-mid');
    expect(segmentFor({ dpd: 31 })).toBe('seg-mid');
    expect(segmentFor({ dpd: 30 })).toBe('seg-early');
    expect(segmentFor({ dpd: 0 })).toBe('seg-early');
    const last = pack.segments[pack.segments.length - 1];
    expect(last && holds(last.when, { accountKey: 'CC1' })).toBe(true);
    expect(segmentFor({ dpd: -3 })).toBe('seg-early');
  });

  it('gives each segment an existing script and plan policy', () => {
    const scripts = new Set(pack.scripts.map((s) => s.id));
    const policies = new Set(pack.planPolicies.map((p) => p.id));
    for (const segment of pack.segments) {
      expect(scripts.has(segment.scriptId), segment.id).toBe(true);
      expect(policies.has(segment.planPolicyId), segment.id).toBe(true);
    }
  });

  it.each(pack.scripts.map((s) => [s.id, s] as const))(
    '%s has all six phases, a third-party stage and unique stage/line ids',
    (_id, script) => {
      const phases = new Set(script.stages.map((s) => s.phase));
      for (const phase of [
        'identify',
        'disclose',
        'understand',
        'negotiate',
        'commit',
        'close',
        'thirdParty',
      ]) {
        expect(phases.has(phase as (typeof PHASES)[number]), phase).toBe(true);
      }
      const stageIds = script.stages.map((s) => s.id);
      expect(new Set(stageIds).size).toBe(stageIds.length);
      const lineIds = script.stages.flatMap((s) => s.lines.map((l) => l.id));
      expect(new Set(lineIds).size).toBe(lineIds.length);
    },
  );

  it.each(pack.scripts.map((s) => [s.id, s] as const))(
    '%s opens by asking for the debtor and branches self / someone else / wrong number',
    (_id, script) => {
      const first = script.stages[0];
      expect(first?.phase).toBe('identify');
      const who = first?.lines.find((l) => l.kind === 'ask' && l.text === '请问您是{{name}}本人吗？');
      expect(who?.must).toBe(true);
      const phaseOf = (goto: string | undefined) => script.stages.find((s) => s.id === goto)?.phase;
      const answers = who?.answers ?? [];
      const self = answers.find((a) => a.label === '是本人');
      const other = answers.find((a) => a.label.includes('不是本人'));
      const wrong = answers.find((a) => a.label === '打错了');
      expect(phaseOf(self?.goto)).toBe('disclose');
      expect(other?.thirdParty).toBe(true);
      expect(phaseOf(other?.goto)).toBe('thirdParty');
      expect(phaseOf(wrong?.goto)).toBe('close');
    },
  );

  it.each(pack.scripts.map((s) => [s.id, s] as const))(
    '%s marks recording notice, identity and purpose as must-say, and every stage is reachable',
    (_id, script) => {
      const lines = script.stages.flatMap((s) => s.lines);
      for (const item of ['recording-notice', 'identity-verified', 'purpose-stated']) {
        expect(
          lines.some((l) => l.must && l.ticks?.includes(item)),
          item,
        ).toBe(true);
      }
      const reached = new Set<string>();
      const queue = [script.stages[0]?.id ?? ''];
      while (queue.length > 0) {
        const id = queue.shift() as string;
        if (reached.has(id)) continue;
        reached.add(id);
        const stage = script.stages.find((s) => s.id === id);
        for (const next of stage?.next ?? []) queue.push(next.goto);
        for (const line of stage?.lines ?? [])
          for (const a of line.answers ?? []) if (a.goto) queue.push(a.goto);
      }
      expect([...reached].sort()).toEqual(script.stages.map((s) => s.id).sort());
    },
  );

  it('keeps the late script firmer: it has an escalate stage of contract facts', () => {
    const late = pack.scripts.find((s) => s.id === pack.segments.find((g) => g.id === 'seg-late')?.scriptId);
    const escalate = late?.stages.find((s) => s.phase === 'escalate');
    const spoken = escalate?.lines.filter((l) => l.kind === 'say').map((l) => l.text) ?? [];
    expect(spoken.some((t) => t.includes('征信'))).toBe(true);
    expect(spoken.some((t) => t.includes('合同约定'))).toBe(true);
  });

  it('leads hardship to personalised instalment with proof and approval', () => {
    const segment = pack.segments.find((g) => g.id === 'seg-hardship');
    const script = pack.scripts.find((s) => s.id === segment?.scriptId);
    const text = script?.stages.flatMap((s) => s.lines.map((l) => l.text)).join('\n') ?? '';
    expect(text).toContain('个性化分期');
    expect(text).toContain('证明');
    const policy = pack.planPolicies.find((p) => p.id === segment?.planPolicyId);
    expect(policy?.types).toContain('personalised');
    expect(policy?.personalised).toMatchObject({ maxPeriods: 60, needsApproval: true, needsProof: true });
  });
});

describe('zh-CN default pack: references and variables', () => {
  it('uses only CRM fields, agent settings and constants in {{templates}}, with known filters', () => {
    const known = new Set([
      ...CRM_FIELDS,
      'agent.name',
      'agent.id',
      ...CALL_VARIABLES,
      ...Object.keys(pack.constants),
    ]);
    const used = new Set<string>();
    for (const { path, text } of textsOf(pack, new Set())) {
      for (const match of text.matchAll(TEMPLATE)) {
        const [, name = '', filter] = match;
        used.add(name);
        expect(known.has(name), `${path}: {{${name}}}`).toBe(true);
        if (filter !== undefined) expect(FILTERS, `${path}: |${filter}`).toContain(filter);
      }
      // A brace left over means a malformed template the renderer would show verbatim.
      expect(text.replace(TEMPLATE, ''), path).not.toMatch(/\{\{|\}\}/);
    }
    expect(used.has('overdueAmount')).toBe(true);
    expect(used.has('agent.id')).toBe(true);
  });

  // Issue 15 §3: the commit stage's must-say read-back is filled from the agreed plan and promise,
  // never a "××月××日 … ××元" the agent has to fill in aloud.
  it('fills every commit-stage must-say line from the agreed promise, with no ×× blanks left', () => {
    const commits = pack.scripts.flatMap((s) => s.stages.filter((g) => g.phase === 'commit'));
    expect(commits.length).toBe(pack.scripts.length);
    for (const stage of commits) {
      const must = stage.lines.filter((l) => l.must).map((l) => l.text);
      expect(must.length, stage.id).toBeGreaterThan(0);
      for (const text of must) {
        expect(text).toContain('{{promise.amount|money}}');
        expect(text).toContain('{{promise.date|date}}');
      }
    }
    expect(JSON.stringify(pack)).not.toContain('××');
  });

  it('resolves every checklist tick, goto, disposition and recording-notice item', () => {
    const checklist = new Set(pack.checklist.map((c) => c.id));
    const dispositions = new Set(pack.dispositions.map((d) => d.id));
    for (const script of pack.scripts) {
      const stages = new Set(script.stages.map((s) => s.id));
      for (const stage of script.stages) {
        for (const item of stage.checklist ?? [])
          expect(checklist.has(item), `${stage.id}: ${item}`).toBe(true);
        for (const next of stage.next ?? [])
          expect(stages.has(next.goto), `${stage.id} → ${next.goto}`).toBe(true);
        for (const line of stage.lines) {
          for (const item of line.ticks ?? []) expect(checklist.has(item), `${line.id}: ${item}`).toBe(true);
          for (const a of line.answers ?? [])
            if (a.goto) expect(stages.has(a.goto), `${line.id} → ${a.goto}`).toBe(true);
        }
      }
    }
    for (const objection of pack.objections) {
      const d = objection.leadsTo?.disposition;
      if (d) expect(dispositions.has(d), objection.id).toBe(true);
    }
    for (const item of ruleOf('recordingNotice').items) expect(checklist.has(item), item).toBe(true);
  });

  it('ticks every required checklist item from some line, and every item exists once', () => {
    const ids = pack.checklist.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'identity-verified',
      'recording-notice',
      'purpose-stated',
      'amount-explained',
      'reason-asked',
      'options-offered',
      'ptp-readback',
      'official-channel',
      'summary',
    ]) {
      expect(ids, id).toContain(id);
    }
    const ticked = new Set(allLines().flatMap(({ line }) => line.ticks ?? []));
    for (const item of pack.checklist) expect(ticked.has(item.id), item.id).toBe(true);
  });
});

describe('zh-CN default pack: objections', () => {
  it('answers the 20 shared objections and the 12 of issue 13, each with say, do, never and triggers', () => {
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
  // `never` quotes what not to say; triggers are the customer's words; the rules hold the lists.
  const exempt = new Set(['never', 'triggers', 'phrases', 'discloses', 'sample', 'match']);
  const spoken = textsOf(pack, exempt);

  it('has forbidden phrases in all five categories, each with compliant wording instead', () => {
    const rule = ruleOf('forbiddenPhrases');
    expect(rule.categories.map((c) => c.category).sort()).toEqual(
      ['falseLegal', 'insult', 'privacy', 'thirdPartyDisclosure', 'threat'].sort(),
    );
    const phrases = rule.categories.flatMap((c) => c.phrases);
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
    const phrases = ruleOf('forbiddenPhrases').categories.flatMap((c) => c.phrases);
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
