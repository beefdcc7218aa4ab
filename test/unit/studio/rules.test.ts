import { ruleSchema } from '@/lib/pack/schema';
import { newRule, RULE_TYPES, ruleParams, tryPhrases } from '@/lib/studio/rules';
import enForms from '@/locales/en/studio-forms.json';
import zhForms from '@/locales/zh-CN/studio-forms.json';

describe('rule forms from the schema', () => {
  it('covers every rule type of the registry, each parameter labelled in both languages', () => {
    expect(RULE_TYPES).toEqual(ruleSchema.options.map((o) => o.shape.type.value));
    for (const type of RULE_TYPES) {
      for (const spec of ruleParams(type)) {
        const key = `studio.forms.param.${spec.key}`;
        expect(zhForms, `${type}.${spec.key}`).toHaveProperty([key]);
        expect(enForms, `${type}.${spec.key}`).toHaveProperty([key]);
        if (spec.kind === 'enum' && !spec.phases)
          for (const o of spec.options) expect(enForms).toHaveProperty([`${key}.${o}`]);
      }
    }
  });

  it('reads kinds and bounds from the schema', () => {
    expect(ruleParams('attemptCap')).toEqual([
      expect.objectContaining({ key: 'maxPerDay', kind: 'int', min: 1, max: 100, optional: false }),
      expect.objectContaining({ key: 'counts', kind: 'enum', options: ['unanswered', 'all', 'connected'] }),
      { key: 'consentExempt', kind: 'bool', optional: true },
    ]);
    expect(ruleParams('recordingNotice').map((p) => [p.key, p.kind])).toEqual([
      ['items', 'lines'],
      ['beforePhase', 'enum'],
    ]);
    expect(ruleParams('stopFlag').map((p) => [p.key, p.kind])).toEqual([
      ['field', 'text'],
      ['flags', 'items'],
    ]);
    const [start] = ruleParams('callWindow');
    expect(start?.kind === 'text' && start.schema.safeParse('24:00').success).toBe(false);
  });

  it('makes new rules whose defaults are valid once the lead writes the source', () => {
    for (const type of ['callWindow', 'attemptCap', 'contactFrequency', 'retention'] as const) {
      const rule = { ...newRule(type, 'Rule title', [{ id: 'rule-title' }]), source: 'policy 1' };
      expect(rule.id).toBe('rule-title-2');
      expect(ruleSchema.safeParse(rule).success, type).toBe(true);
    }
    expect(ruleSchema.safeParse(newRule('stopFlag', 'Stops', [])).success).toBe(false);
  });
});

describe('tryPhrases', () => {
  const rule = {
    categories: [
      {
        category: 'threat',
        phrases: ['(去|到)你(家|单位)', '让你…坐牢', ''],
        instead: '依法通过合法途径处理',
      },
      { category: 'insult', phrases: 'not a list', instead: 'x' },
    ],
  };

  it('runs the agent’s matcher: alternatives, gaps, folding', () => {
    const found = tryPhrases(rule, '我们明天到你单位去，让您马上去坐牢');
    expect(found.map((m) => [m.phrase, m.category])).toEqual([
      ['(去|到)你(家|单位)', 'threat'],
      ['让你…坐牢', 'threat'],
    ]);
    expect(found[0]?.instead).toBe('依法通过合法途径处理');
    expect(tryPhrases(rule, '我们会到贵公司拜访')).toEqual([]);
    expect(tryPhrases(undefined, '让你坐牢')).toEqual([]);
  });
});
