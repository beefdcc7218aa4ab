import { describeChange, diffPacks, formatDiff, summarizeDiff } from '@/lib/pack/diff';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import { demoPack } from '../../fixtures/hostile/make';

function pack(version: number, mutate: (p: Pack) => void = () => undefined): Pack {
  const parsed = parsePack(demoPack(version, mutate));
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}

describe('diffPacks', () => {
  it('reports the greeting edit of the demo v2 as one changed line, with the old and new text', () => {
    const diff = diffPacks(pack(1), pack(2));
    expect(diff.from).toEqual({ id: 'default-zh-CN', version: 1 });
    expect(diff.changes).toHaveLength(1);
    const [change] = diff.changes;
    expect(change).toMatchObject({
      area: 'line',
      kind: 'changed',
      id: 'script-early › e-identify › e-identify-greet',
    });
    expect(change?.fields).toEqual([
      {
        field: 'text',
        before: '您好，这里是{{company.name}}（话术第 1 版）。为了保障服务质量，本次通话将被录音。',
        after: '您好，这里是{{company.name}}（话术第 2 版）。为了保障服务质量，本次通话将被录音。',
      },
    ]);
    expect(summarizeDiff(diff)).toEqual({ zh: '修改话术行 1 处', en: '1 line changed' });
  });

  it('sees nothing when only the order changes', () => {
    const reordered = pack(2, (p) => {
      p.objections.reverse();
      p.rules.reverse();
    });
    expect(diffPacks(pack(2), reordered).changes).toEqual([]);
  });

  it('reports objections, stages and lines added and removed', () => {
    const next = pack(2, (p) => {
      p.objections.splice(0, 1);
      p.objections.push({
        id: 'new-one',
        category: '其他',
        title: '新异议',
        triggers: ['新'],
        say: ['新的应答'],
      });
      const stage = p.scripts[3]?.stages[2];
      stage?.lines.push({ id: 'e-understand-extra', kind: 'say', text: '补充一句。' });
      p.scripts[3]?.stages.splice(8, 1);
      const who = p.scripts[3]?.stages[0]?.lines[1];
      if (who?.answers) who.answers = who.answers.filter((a) => a.id !== 'wrong');
    });
    const diff = diffPacks(pack(2), next);
    const seen = diff.changes.map((c) => `${c.kind} ${c.area} ${c.id}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'added objection new-one',
        'removed objection no-money',
        'removed stage script-early › e-wrong-number',
        'added line script-early › e-understand › e-understand-extra',
        'removed line script-early › e-wrong-number › e-wrong-sorry',
        'changed line script-early › e-identify › e-identify-who',
      ]),
    );
    expect(summarizeDiff(diff).en).toBe(
      '1 stage removed, 1 line changed, 1 line added, 2 lines removed, 1 objection added, 1 objection removed',
    );
  });

  it('names the rule and policy numbers that changed, terms matched by their periods', () => {
    const next = pack(2, (p) => {
      const cap = p.rules.find((r) => r.type === 'attemptCap');
      if (cap?.type === 'attemptCap') cap.maxPerDay = 5;
      const policy = p.planPolicies.find((x) => x.id === 'policy-early');
      const term = policy?.instalmentFlat?.find((t) => t.periods === 12);
      if (term) term.monthlyFeeRate = 0.005;
      policy?.instalmentFlat?.unshift({ periods: 2, monthlyFeeRate: 0.007 });
    });
    const diff = diffPacks(pack(2), next);
    const rule = diff.changes.find((c) => c.area === 'rule');
    expect(rule).toMatchObject({
      kind: 'changed',
      id: 'cn-attempt-cap',
      fields: [{ field: 'maxPerDay', before: '6', after: '5' }],
    });
    const policy = diff.changes.find((c) => c.area === 'policy');
    expect(policy?.fields).toEqual(
      expect.arrayContaining([
        { field: 'instalmentFlat[periods=12].monthlyFeeRate', before: expect.any(String), after: '0.005' },
        { field: 'instalmentFlat[periods=2].periods', after: '2' },
      ]),
    );
  });

  it('reports constants and pack settings', () => {
    const next = pack(2, (p) => {
      p.constants['bank.hotline'] = '400-111-1111';
      p.expiresAt = '2027-12-31T00:00:00+08:00';
    });
    const diff = diffPacks(pack(2), next);
    expect(diff.changes.map((c) => `${c.kind} ${c.area} ${c.id}`)).toEqual([
      'changed pack default-zh-CN',
      'changed constant bank.hotline',
    ]);
  });

  it('prints a readable text for the CLI in both languages', () => {
    const diff = diffPacks(pack(1), pack(2));
    const en = formatDiff(diff, 'en');
    expect(en).toContain('default-zh-CN v1 → v2');
    expect(en).toContain('~ Line script-early › e-identify › e-identify-greet');
    expect(en).toMatch(/text: ".*第 1 版.*" → ".*第 2 版.*"/);
    expect(formatDiff(diff, 'zh')).toContain('修改话术行');
    expect(describeChange({ area: 'rule', kind: 'added', id: 'r', fields: [] })).toEqual({
      zh: '新增合规规则 r',
      en: 'Rule r added',
    });
  });
});
