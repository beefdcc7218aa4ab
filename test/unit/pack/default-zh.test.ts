import { type ConditionFacts, holds } from '../../../lib/pack/condition';
import { parsePack } from '../../../lib/pack/parse';
import { type PHASES, packSchema } from '../../../lib/pack/schema';
import { CALL_VARIABLES } from '../../../lib/script/render';
import { allLines, CRM_FIELDS, FILTERS, pack, raw, ruleOf, TEMPLATE, textsOf } from './default-zh-pack';

describe('zh-CN default pack: shape', () => {
  it('parses with packSchema and with parsePack (schema + references)', () => {
    expect(packSchema.safeParse(JSON.parse(raw)).success).toBe(true);
    const result = parsePack(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.pack.id).toBe('default-zh-CN');
  });

  it('is the Chinese issuer pack, version 1, under 224 KB', () => {
    expect(pack).toMatchObject({
      id: 'default-zh-CN',
      version: 1,
      locale: 'zh-CN',
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
    });
    expect(pack.changelog.map((c) => c.version)).toEqual([1]);
    expect(Date.parse(pack.publishedAt)).not.toBeNaN();
    // 240 KB: issue 13 added twelve cards and a source on every changed line (was 150, then
    // 200); round 10 added the guard's act x target x consequence word groups and the compliance
    // reading's crisis-path lines; round 12 the guard's phrases tuned on blind 4 and stop kinds
    // (217 KB; a pack may be 5 MiB). 256 KB: session 14 merged the other-debts and custody cards
    // and the guard's veiled threats and certain-lawsuit phrases (242 KB); the pack is IndexedDB
    // data (bundled.ts), not the panel's bundle, and the check keeps growth deliberate.
    expect(Buffer.byteLength(raw, 'utf8')).toBeLessThan(256 * 1024);
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
