/**
 * Red team 10: a placeholder in a text the panel never fills (an objection's title, a trigger, a
 * disposition label) would reach the agent as `{{account.name}}`. Through the real sync service:
 * the v3 is refused with a one-line reason naming the placeholder, and v2 stays.
 */

import enPack from '@/lib/pack/defaults/en-US.json';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { lintErrors, lintPack } from '@/lib/pack/lint';
import { untemplatedText } from '@/lib/pack/lint-untemplated';
import { parsePack } from '@/lib/pack/parse';
import { early, packText, smallPack } from '../../fixtures/hostile/make';
import { packServer, refusedForLint } from './sync-harness';

const pack = packServer();
type Mutate = NonNullable<Parameters<typeof smallPack>[1]>;

const HOSTILE: [name: string, placeholder: string, mutate: Mutate][] = [
  [
    'an objection title',
    '{{account.overdueAmount}}',
    (p) => {
      const o = p.objections[0];
      if (o) o.title = `${o.title} {{account.overdueAmount}}`;
    },
  ],
  ['a trigger', '{{agent.name}}', (p) => p.objections[0]?.triggers.push('{{agent.name}}')],
  [
    "a forbidden phrase's say-instead hint (the guard shows it as written)",
    '{{callback.number}}',
    (p) => {
      const rule = p.rules.find((r) => r.type === 'forbiddenPhrases');
      const category = rule?.type === 'forbiddenPhrases' ? rule.categories[0] : undefined;
      if (!category) throw new Error('the small pack has no forbidden phrases');
      category.instead = `${category.instead ?? ''} {{callback.number}}`;
    },
  ],
  [
    'a disposition label, in look-alike braces',
    '｛｛account.name｝｝',
    (p) => {
      const d = p.dispositions[0];
      if (d) d.label = `${d.label}｛｛account.name｝｝`;
    },
  ],
];

describe('a placeholder in a text nothing fills (red team 10)', () => {
  it.each(HOSTILE)('refuses one in %s and keeps v2', async (_name, placeholder, mutate) => {
    const record = await refusedForLint(pack, mutate);
    expect(record.details?.map((x) => x.message.en)).toContain(untemplatedText(placeholder).en);
  });

  it('leaves the templated texts, the changelog and both default packs alone', () => {
    for (const raw of [zhPack, enPack]) {
      const parsed = parsePack(raw);
      if (!parsed.ok) throw new Error('a default pack does not parse');
      expect(lintErrors(lintPack(parsed.pack)).filter((f) => f.code === 'unfilledPlaceholder')).toEqual([]);
    }
    const withLines = smallPack(3, (p) => {
      const line = early(p)[0]?.lines[0];
      if (line) line.text = `${line.text}{{agent.name}}`;
      p.changelog = [
        ...(p.changelog ?? []),
        { version: 3, date: '2026-12-01', summary: '开场白加入 {{agent.name}}' },
      ];
    });
    const parsed = parsePack(JSON.parse(packText(withLines)));
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
    expect(lintPack(parsed.pack).filter((f) => f.code === 'unfilledPlaceholder')).toEqual([]);
  });
});
