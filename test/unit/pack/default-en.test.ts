/**
 * The bundled en-US pack (US third-party collector, FDCPA / Regulation F) must parse, keep every
 * reference resolvable, use only known template variables, and never contain the words its own
 * rules forbid: a compliance trainer's content is only useful if the linter never flags it.
 */
import { readFileSync } from 'node:fs';
import { CRM_FIELD_NAMES } from '@/lib/crm/fields';
import { lintPackPhrases, lintThirdPartyLines } from '../../../lib/compliance/phrases';
import type { AccountContext, FieldReading, FieldValue } from '../../../lib/crm/context';
import { parsePack } from '../../../lib/pack/parse';
import { type Pack, PHASES, packSchema, type Rule } from '../../../lib/pack/schema';
import { CALL_VARIABLES, render } from '../../../lib/script/render';
import { selectSegment } from '../../../lib/script/select';
import { DISPOSITION_IDS, OBJECTION_IDS } from '../../fixtures/domain-ids';

const FILE = new URL('../../../lib/pack/defaults/en-US.json', import.meta.url);
const RAW_TEXT = readFileSync(FILE, 'utf8');
const RAW: unknown = JSON.parse(RAW_TEXT);
const parsed = packSchema.safeParse(RAW);
if (!parsed.success)
  throw new Error(`en-US pack does not parse: ${JSON.stringify(parsed.error.issues, null, 2)}`);
const pack: Pack = parsed.data;

/** The canonical CRM vocabulary (lib/crm/fields.ts), the US-only fields included. */
const CRM_FIELDS: string[] = [...CRM_FIELD_NAMES];
/** The cards issue 13 added to the twenty DOMAIN.md names. */
const NEW_OBJECTION_IDS = [
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
];
const CALL_PHASES = ['identify', 'disclose', 'understand', 'negotiate', 'commit', 'close'] as const;
const MINI_MIRANDA =
  'This is {{agent.name}} from {{company.name}}. This is an attempt to collect a debt and any information obtained will be used for that purpose.';

function rulesOf<T extends Rule['type']>(type: T): Extract<Rule, { type: T }>[] {
  return pack.rules.filter((r): r is Extract<Rule, { type: T }> => r.type === type);
}
function ruleOf<T extends Rule['type']>(type: T): Extract<Rule, { type: T }> {
  const [rule] = rulesOf(type);
  if (!rule) throw new Error(`no ${type} rule`);
  return rule;
}

/** Every text the agent reads, follows or is shown, with where it is; `never` lists and customer triggers are exempt. */
function agentTexts(): { where: string; text: string }[] {
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
function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

function reading(value: FieldValue, raw = String(value)): FieldReading {
  return { raw, value, parse: 'text', source: { selector: '#x' } };
}
function contextWith(fields: Record<string, FieldValue>): AccountContext {
  return {
    adapterId: 'demo-crm',
    accountKey: 'CC20240007',
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, reading(v)])),
    problems: [],
    url: 'http://127.0.0.1:5178/accounts/CC20240007',
    readAt: 0,
  };
}
const FULL_ACCOUNT: Record<string, FieldValue> = {
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

describe('en-US default pack: shape', () => {
  it('parses with packSchema without any value being changed by the schema', () => {
    expect(parsed.success).toBe(true);
    expect(pack).toEqual(RAW);
  });

  it('is accepted by parsePack (schema and references)', () => {
    const result = parsePack(RAW_TEXT);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.pack.id).toBe('default-en-US');
  });

  it('identifies itself as the US pack and stays small', () => {
    expect(pack).toMatchObject({
      format: 'call-assist/pack@1',
      id: 'default-en-US',
      version: 1,
      locale: 'en-US',
      currency: 'USD',
      timezone: 'America/New_York',
    });
    expect(pack.changelog.map((c) => c.version)).toEqual([1]);
    expect(pack.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    // 200 KB: issue 13 added ten cards, state lines and a source on every changed line (was 150).
    expect(Buffer.byteLength(RAW_TEXT)).toBeLessThan(200 * 1024);
  });

  it('names the collector, the creditor and the official channels', () => {
    for (const key of [
      'company.name',
      'bank.name',
      'bank.hotline',
      'callback.number',
      'complaint.channel',
      'crisis.line',
      'regulator.hotline',
    ])
      expect(pack.constants[key], key).toBeTruthy();
    expect(pack.constants['complaint.channel']).toContain('consumerfinance.gov/complaint');
    expect(pack.constants['crisis.line']).toContain('988');
    // The name given to third parties and on voicemail must not say "collection" (12 CFR 1006.2(j)).
    expect(pack.constants['company.neutralName']).not.toMatch(/collect|recover|debt/i);
  });
});

describe('en-US default pack: demo CRM adapter', () => {
  const adapter = pack.crm.adapters.find((a) => a.id === 'demo-crm');

  it('follows the demo CRM page contract', () => {
    expect(adapter).toBeDefined();
    if (!adapter) return;
    expect(adapter.match).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(adapter.accountKey).toEqual({
      selector: '#account',
      attr: 'data-account-key',
      parse: 'text',
      required: true,
    });
    expect(Object.keys(adapter.fields).sort()).toEqual(CRM_FIELDS.filter((f) => f !== 'accountKey').sort());
    expect(adapter.fields.name).toEqual({ selector: '#customer-name', parse: 'text', required: true });
    expect(adapter.fields.overdueAmount).toEqual({ label: '逾期金额', parse: 'money', required: true });
    expect(adapter.fields.dpd).toEqual({ label: '逾期天数', parse: 'int', required: true });
    expect(adapter.fields.flags).toEqual({ selector: '#account-flags', attr: 'data-flags', parse: 'list' });
    expect(adapter.fields.hardship).toEqual({ label: '困难客户', parse: 'bool' });
    expect(adapter.callState).toEqual({ selector: '#call-state', parse: 'text' });
    expect(adapter.callActive).toEqual(['通话中']);
    expect(Object.keys(adapter.sample ?? {}).length).toBeGreaterThan(5);
  });
});

describe('en-US default pack: segments and scripts', () => {
  it('has at least three segments, each resolving to a script and a plan policy', () => {
    expect(pack.segments.length).toBeGreaterThanOrEqual(3);
    for (const s of pack.segments) {
      expect(
        pack.scripts.map((x) => x.id),
        s.id,
      ).toContain(s.scriptId);
      expect(
        pack.planPolicies.map((x) => x.id),
        s.id,
      ).toContain(s.planPolicyId);
    }
  });

  it('picks hardship first, then late (61+ days), and falls back to early for anything else', () => {
    const pick = (fields: Record<string, FieldValue>) => selectSegment(pack, contextWith(fields))?.segment.id;
    expect(pick({ ...FULL_ACCOUNT, flags: ['complaint', 'hardship'], dpd: 120 })).toBe('hardship');
    expect(pick({ ...FULL_ACCOUNT, hardship: true, dpd: 10 })).toBe('hardship');
    expect(pick({ ...FULL_ACCOUNT, dpd: 61 })).toBe('late');
    expect(pick({ ...FULL_ACCOUNT, dpd: 60 })).toBe('early');
    expect(pick({ name: 'No Facts' })).toBe('early');
    expect(selectSegment(pack, null)?.segment.id).toBe('early');
  });

  it.each(pack.scripts.map((s) => [s.id, s] as const))(
    'script %s covers every phase of the call plus third party',
    (_id, script) => {
      const phases = new Set(script.stages.map((s) => s.phase));
      for (const phase of [...CALL_PHASES, 'thirdParty'] as const) expect(phases, phase).toContain(phase);
      const stageIds = script.stages.map((s) => s.id);
      expect(new Set(stageIds).size).toBe(stageIds.length);
      const lineIds = script.stages.flatMap((s) => s.lines.map((l) => l.id));
      expect(new Set(lineIds).size).toBe(lineIds.length);
    },
  );

  it('escalates on the late script with facts only', () => {
    const late = pack.scripts.find((s) => s.id === 'late');
    const escalate = late?.stages.find((s) => s.phase === 'escalate');
    expect(escalate).toBeDefined();
    const said = escalate?.lines.filter((l) => l.kind !== 'do').map((l) => l.text.toLowerCase()) ?? [];
    for (const text of said) expect(text).not.toMatch(/\b(sue|lawsuit|court|garnish|arrest|attorney)/);
  });

  it.each(pack.scripts.map((s) => [s.id, s] as const))(
    'script %s opens with right-party contact and the mini-Miranda',
    (_id, script) => {
      const identify = script.stages.find((s) => s.phase === 'identify');
      const ask = identify?.lines.find((l) => l.kind === 'ask');
      expect(ask?.text).toBe('Am I speaking with {{name}}?');
      const answers = ask?.answers ?? [];
      const target = (phase: string) => script.stages.find((s) => s.phase === phase)?.id;
      expect(answers.find((a) => a.id === 'yes')?.goto).toBe(target('disclose'));
      const someoneElse = answers.find((a) => a.thirdParty);
      expect(someoneElse?.goto).toBe(target('thirdParty'));
      const wrong = answers.find((a) => a.id === 'wrong-number');
      expect(script.stages.find((s) => s.id === wrong?.goto)?.phase).toBe('close');

      const disclose = script.stages.find((s) => s.phase === 'disclose');
      const miranda = disclose?.lines.find((l) => l.text === MINI_MIRANDA);
      expect(miranda).toMatchObject({ kind: 'say', must: true, ticks: ['mini-miranda'] });
      // U2: the recording notice is in the greeting, before the first question (Cal. Penal Code 632).
      const recording = identify?.lines.find((l) => l.ticks?.includes('recording-notice'));
      expect(recording?.must).toBe(true);
      expect(recording?.text).toMatch(/recorded/);
      const lines = identify?.lines ?? [];
      const noticeAt = lines.findIndex((l) => l.ticks?.includes('recording-notice'));
      expect(noticeAt).toBeGreaterThanOrEqual(0);
      expect(noticeAt).toBeLessThan(lines.findIndex((l) => l.kind === 'ask'));
      // The identify stage says nothing about who we are or why: the person may not be the debtor.
      for (const line of identify?.lines.filter((l) => l.kind !== 'do') ?? [])
        expect(line.text).not.toMatch(/company\.name|bank\.name|debt|collect/i);
    },
  );

  it('every required checklist item can be ticked by a must-say line of every script', () => {
    for (const script of pack.scripts) {
      const ticked = new Set(
        script.stages.flatMap((s) => s.lines.filter((l) => l.must).flatMap((l) => l.ticks ?? [])),
      );
      for (const item of pack.checklist.filter((c) => c.required))
        expect(ticked, `${script.id} ${item.id}`).toContain(item.id);
    }
  });
});

describe('en-US default pack: references', () => {
  const checklistIds = new Set(pack.checklist.map((c) => c.id));

  it('resolves checklist ticks, stage checklists and gotos within the same script', () => {
    for (const script of pack.scripts) {
      const stageIds = new Set(script.stages.map((s) => s.id));
      for (const stage of script.stages) {
        for (const item of stage.checklist ?? [])
          expect(checklistIds, `${script.id}/${stage.id}`).toContain(item);
        for (const next of stage.next ?? [])
          expect(stageIds, `${script.id}/${stage.id} next`).toContain(next.goto);
        for (const line of stage.lines) {
          for (const item of line.ticks ?? [])
            expect(checklistIds, `${script.id}/${line.id}`).toContain(item);
          for (const answer of line.answers ?? [])
            if (answer.goto) expect(stageIds, `${script.id}/${line.id}/${answer.id}`).toContain(answer.goto);
          if (line.answers) expect(line.kind).toBe('ask');
        }
      }
    }
  });

  it('resolves objection dispositions and recording-notice items', () => {
    const dispositionIds = new Set(pack.dispositions.map((d) => d.id));
    for (const o of pack.objections)
      if (o.leadsTo?.disposition) expect(dispositionIds, o.id).toContain(o.leadsTo.disposition);
    const notice = ruleOf('recordingNotice');
    expect(notice.items).toEqual(['mini-miranda', 'recording-notice']);
    expect(notice.beforePhase).toBe('negotiate');
    for (const item of notice.items) expect(checklistIds).toContain(item);
  });

  it('uses only CRM fields, agent settings and constants as {{variables}}', () => {
    const allowed = new Set([
      ...CRM_FIELDS,
      'bucket',
      'agent.name',
      'agent.id',
      ...CALL_VARIABLES,
      ...Object.keys(pack.constants),
    ]);
    const used = new Set<string>();
    for (const text of allStrings(RAW)) {
      for (const [whole] of text.matchAll(/\{\{[^}]*\}\}/g)) {
        const m = /^\{\{([A-Za-z][\w.]*)(?:\|(money|date|percent|masked))?\}\}$/.exec(whole);
        expect(m, `malformed template ${whole} in "${text}"`).not.toBeNull();
        const name = m?.[1] ?? '';
        expect(allowed, `unknown variable ${whole}`).toContain(name);
        used.add(name);
      }
      // A stray brace is a template typo.
      expect(text.replace(/\{\{[^}]*\}\}/g, ''), text).not.toMatch(/[{}]/);
    }
    for (const name of [
      'name',
      'overdueAmount',
      'balance',
      'dpd',
      'minimumDue',
      'dueDate',
      'agent.name',
      'company.name',
      'bank.name',
      'callback.number',
      'promise.amount',
      'promise.date',
      'plan.agreed',
    ])
      expect(used, name).toContain(name);
  });

  it('renders every line and objection with a full account and no missing value', () => {
    const vars = {
      context: contextWith(FULL_ACCOUNT),
      pack,
      agent: { name: 'Alex Carter', id: 'A-1042' },
      agreed: {
        plan: { summary: 'Instalment, 6 payments' },
        promise: { amount: 20_000, date: '2026-12-15' },
      },
    };
    const texts = [
      ...pack.scripts.flatMap((s) => s.stages.flatMap((g) => g.lines.map((l) => l.text))),
      ...pack.objections.flatMap((o) => [...o.say, ...(o.do ?? [])]),
    ];
    for (const text of texts) expect(render(text, vars).missing, text).toEqual([]);
    const amount = render('{{overdueAmount|money}}', vars).text;
    expect(amount).toBe('$1,245.60');
  });
});

describe('en-US default pack: objections', () => {
  it('answers the 20 shared objection ids and the 10 of issue 13, each with triggers, say, do and never', () => {
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
    expect(by('jail')?.say.join(' ')).toMatch(/not be arrested/);
    expect(by('jail')?.never?.join(' ')).toContain('1006.18');
    expect(by('third-party')?.leadsTo?.disposition).toBe('TPC');
  });
});

describe('en-US default pack: compliance content', () => {
  const forbidden = ruleOf('forbiddenPhrases');
  const phrases = forbidden.categories.flatMap((c) => c.phrases.map((p) => p.toLowerCase()));

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
      expect(phrases).toContain(p);
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
      phrases.filter((p) => startsWord(text.toLowerCase(), p)).map((p) => `${where}: "${p}" in "${text}"`),
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
