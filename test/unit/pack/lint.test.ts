import enPack from '@/lib/pack/defaults/en-US.json';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { lintErrors, lintPack } from '@/lib/pack/lint';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import { demoPack } from '../../fixtures/hostile/make';
import { nameFlagsByLabel } from './flag-labels-helper';

function pack(mutate: (p: Pack) => void = () => undefined): Pack {
  const raw = demoPack(2, (p) => {
    nameFlagsByLabel(p);
    mutate(p);
  });
  const parsed = parsePack(raw);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}
const codes = (p: Pack) => lintPack(p).map((f) => `${f.severity} ${f.code} ${f.path}`);
const greet = (p: Pack) =>
  p.scripts[3]?.stages[0]?.lines[0] as Pack['scripts'][number]['stages'][number]['lines'][number];

describe('lintPack', () => {
  it('finds nothing in either bundled pack', () => {
    for (const raw of [zhPack, enPack]) {
      const parsed = parsePack(raw);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(lintPack(parsed.pack)).toEqual([]);
    }
  });

  it('accepts adapter fields, derived fields, agent variables and constants in templates', () => {
    const p = pack((p) => {
      greet(p).text =
        '{{agent.name}}（{{agent.id}}）为您服务：{{name}} {{bucket}} {{accountKey}} {{overdueAmount|money}} {{ bank.hotline }} {{dueDate | date}}';
    });
    expect(lintPack(p)).toEqual([]);
  });

  it('calls an undefined variable an error, with its path and both languages', () => {
    const p = pack((p) => {
      greet(p).text = '您的身份证号 {{idNumber}}';
    });
    const [finding] = lintPack(p);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'undefinedVariable',
      path: 'scripts[3].stages[0].lines[0].text',
    });
    expect(finding?.message.en).toMatch(/"idNumber" is not a field an adapter reads/);
    expect(finding?.message.zh).toMatch(/idNumber/);
  });

  it('calls malformed placeholders and unknown formats errors', () => {
    const p = pack((p) => {
      greet(p).text = '{{ name | upper }} {{}} {{1abc}}';
    });
    expect(codes(p)).toEqual(
      [
        'error badPlaceholder scripts[3].stages[0].lines[0].text',
        'error badPlaceholder scripts[3].stages[0].lines[0].text',
        'error badPlaceholder scripts[3].stages[0].lines[0].text',
      ].map((c, i) => (i === 0 ? 'error unknownFormatter scripts[3].stages[0].lines[0].text' : c)),
    );
  });

  it('checks templates in objections and checklist items too', () => {
    const p = pack((p) => {
      const o = p.objections[0];
      if (o) o.say[0] = '请拨打 {{bank.fax}}';
      const c = p.checklist[0];
      if (c) c.text = '{{nothing}}';
    });
    expect(codes(p)).toEqual([
      'error undefinedVariable objections[0].say[0]',
      'error undefinedVariable checklist[0].text',
    ]);
  });

  it('warns about a stage nobody reaches', () => {
    const p = pack((p) => {
      // Escalation stages are never reached by moving on in order: only a branch leads there.
      p.scripts[3]?.stages.push({
        id: 'e-orphan',
        title: '无人到达',
        phase: 'escalate',
        lines: [{ id: 'e-orphan-1', kind: 'do', text: '说明事实。' }],
      });
    });
    expect(codes(p)).toEqual(['warning unreachableStage scripts[3].stages[9]']);
  });

  it('requires the recording notice as an unconditional must-say line before the rule’s phase', () => {
    expect(
      codes(
        pack((p) => {
          delete greet(p).must;
        }),
      ),
    ).toEqual(['error mustSayMissing rules[4].items[0]']);
    expect(
      codes(
        pack((p) => {
          greet(p).when = { field: 'dpd', op: 'gt', value: 0 };
        }),
      ),
    ).toEqual(['error mustSayMissing rules[4].items[0]']);
    // Moving the notice to the negotiate stage is too late.
    const late = pack((p) => {
      const stages = p.scripts[3]?.stages ?? [];
      const line = stages[0]?.lines.shift();
      if (line) stages[4]?.lines.push(line);
    });
    expect(codes(late)).toContain('error mustSayMissing rules[4].items[0]');
  });

  it('finds forbidden phrases and debt words in third-party lines', () => {
    const p = pack((p) => {
      const o = p.objections[0];
      if (o) o.say[0] = '你就是老赖。';
      const tp = p.scripts[3]?.stages.find((s) => s.phase === 'thirdParty')?.lines[0];
      if (tp) tp.text = `${tp.text}他的欠款逾期了。`;
    });
    const found = codes(p);
    expect(found).toContain('error forbiddenPhrase objections[0].say[0]');
    expect(found.filter((c) => c.includes('thirdPartyDisclosure')).length).toBeGreaterThan(0);
    expect(lintErrors(lintPack(p)).length).toBe(found.length);
  });

  it('leaves `never` lists alone: they quote the bad words on purpose', () => {
    const p = pack((p) => {
      const o = p.objections[0];
      if (o) o.never = ['不要说「老赖」'];
    });
    expect(codes(p)).toEqual([]);
  });

  it('calls an objection without a say text and an adapter without an account key errors', () => {
    const p = pack();
    const broken = structuredClone(p) as Pack;
    (broken.objections[0] as { say: string[] }).say = ['  '];
    delete (broken.crm.adapters[0] as { accountKey?: unknown }).accountKey;
    expect(codes(broken)).toEqual([
      'error objectionWithoutSay objections[0].say',
      'error adapterWithoutAccountKey crm.adapters[0]',
    ]);
  });

  it('warns about an optional account key, a missing changelog entry and a condition on an unknown field', () => {
    const p = pack((p) => {
      const a = p.crm.adapters[0];
      if (a) a.accountKey.required = false;
      p.changelog = [];
      const s = p.segments[0];
      if (s) s.when = { field: 'creditScore', op: 'lt', value: 600 };
    });
    expect(codes(p)).toEqual([
      'warning unknownConditionField segments[0].when',
      'warning accountKeyOptional crm.adapters[0].accountKey.required',
      'warning changelogMissing changelog',
    ]);
  });
});

describe('placeholders written with look-alike braces', () => {
  it('are malformed: the renderer would leave them for the agent to read out', async () => {
    const { lintPack } = await import('@/lib/pack/lint');
    const { parsePack } = await import('@/lib/pack/parse');
    const { readFileSync } = await import('node:fs');
    const raw = readFileSync(new URL('../../../lib/pack/defaults/zh-CN.json', import.meta.url), 'utf8');
    for (const [written, expected] of [
      ['您好，｛｛name｝｝先生，{{name}}', '｛｛name｝｝'],
      ['您好，{\u200b{name}}', '{\u200b{name}}'],
    ] as const) {
      const parsed = parsePack(
        raw.replace(/"text": "[^"]*"/, JSON.stringify({ text: written }).slice(1, -1)),
      );
      if (!parsed.ok) throw new Error('pack');
      const bad = lintPack(parsed.pack).filter((f) => f.code === 'badPlaceholder');
      expect(bad.map((f) => f.path)).toEqual(['scripts[0].stages[0].lines[0].text']);
      expect(bad[0]?.message.en).toContain(expected);
    }
  });
});
