/**
 * Word families in a pack: the schema accepts them (and packs without them), lint calls a phrase
 * that names an undeclared family an error, and a family word is checked like a phrase.
 */
import { lintPack } from '@/lib/pack/lint';
import { parsePack } from '@/lib/pack/parse';
import { type Pack, packSchema } from '@/lib/pack/schema';
import { pack as zh, raw as zhRaw } from './default-zh-pack';

type PhrasesRule = Extract<Pack['rules'][number], { type: 'forbiddenPhrases' }>;

function withRule(mutate: (rule: PhrasesRule) => void): { pack: Pack; at: number } {
  const pack = structuredClone(zh);
  const at = pack.rules.findIndex((r) => r.type === 'forbiddenPhrases');
  mutate(pack.rules[at] as PhrasesRule);
  return { pack, at };
}
const findings = (pack: Pack, code: string) => lintPack(pack).filter((f) => f.code === code);

describe('word families in the pack schema', () => {
  it('accepts a pack whose phrase rule has no families (packs written before them)', () => {
    const { pack } = withRule((rule) => {
      delete rule.families;
      rule.categories = [{ category: 'threat', phrases: ['让你坐牢'], instead: '只说事实' }];
    });
    expect(packSchema.safeParse(pack).success).toBe(true);
    expect(findings(pack, 'unknownFamily')).toEqual([]);
  });

  it('refuses a family name with a space or a brace, naming the key', () => {
    const bad = JSON.parse(zhRaw);
    const rule = bad.rules.find((r: { type: string }) => r.type === 'forbiddenPhrases');
    rule.families['我 方'] = ['我们'];
    const parsed = parsePack(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.message.en).join('\n')).toContain('我 方');
  });

  it('refuses a family without words', () => {
    const { pack } = withRule((rule) => {
      rule.families = { ...rule.families, 空: [] };
    });
    expect(packSchema.safeParse(pack).success).toBe(false);
  });
});

describe('lint of word families', () => {
  it('calls a phrase naming an undeclared family an error, at its path, with the declared names', () => {
    const { pack, at } = withRule((rule) => {
      rule.families = { 我方: ['我们'] };
      rule.categories = [{ category: 'threat', phrases: ['{我方}…{上们}'], instead: '只说事实' }];
    });
    const [finding, ...rest] = findings(pack, 'unknownFamily');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', path: `rules[${at}].categories[0].phrases[0]` });
    expect(finding?.message.en).toContain('{上们}');
    expect(finding?.message.en).toContain('declared families: 我方');
    expect(finding?.message.zh).toContain('{上们}');
  });

  it('calls a family word with a family reference or a gap an error', () => {
    const { pack, at } = withRule((rule) => {
      rule.families = { ...rule.families, 坏: ['好词', '{我方}的人', '去…你家'] };
    });
    expect(findings(pack, 'familyWordSyntax').map((f) => f.path)).toEqual([
      `rules[${at}].families["坏"][1]`,
      `rules[${at}].families["坏"][2]`,
    ]);
  });

  it('calls a (!…) that is not at the end of its piece an error, in a phrase and in a family word', () => {
    const { pack, at } = withRule((rule) => {
      rule.families = { ...rule.families, 店: ['上门(!店|户)', '上(!店)门'] };
      rule.categories = [
        {
          category: 'threat',
          phrases: [
            '上门(!店|户)',
            '{我方}…上门(!店)…{住处}',
            '上(!店|户)门',
            '(!店)…上门',
            '(甲|乙|丙|丁|戊|己|庚|辛)你家(!具|门|乡|人|长|里|属|访|境)',
          ],
          instead: '只说事实',
        },
      ];
    });
    const found = findings(pack, 'unlessMisplaced');
    expect(found.map((f) => [f.path, f.severity])).toEqual([
      [`rules[${at}].categories[0].phrases[2]`, 'error'],
      [`rules[${at}].categories[0].phrases[3]`, 'error'],
      [`rules[${at}].families["店"][1]`, 'error'],
    ]);
    expect(found[0]?.message.en).toContain('"上(!店|户)门"');
    expect(found[0]?.message.en).toContain('unless followed by');
    expect(found[0]?.message.zh).toContain('后面不能接');
    // The group is no alternatives group: 8 spellings, not 8 × 9 past the cap of 64.
    expect(findings(pack, 'phraseTooManySpellings')).toEqual([]);
  });

  it('lints the default packs clean of misplaced (!…)', () => {
    expect(findings(zh, 'unlessMisplaced')).toEqual([]);
  });

  it('warns about a family word that spells more ways than the matcher expands', () => {
    const { pack } = withRule((rule) => {
      rule.families = { ...rule.families, 多: ['(甲|乙|丙|丁|戊|己|庚|辛)(甲|乙|丙|丁|戊|己|庚|辛)(子|丑)'] };
    });
    expect(findings(pack, 'phraseTooManySpellings')).toHaveLength(1);
  });

  it('finds a threat written with family words in the pack’s own lines', () => {
    const { pack } = withRule(() => undefined);
    const line = pack.scripts[0]?.stages[0]?.lines[0];
    if (!line) throw new Error('no line');
    line.text = '我们明天派两个人去您单位';
    expect(findings(pack, 'forbiddenPhrase').map((f) => f.path)).toEqual([
      'scripts[0].stages[0].lines[0].text',
    ]);
  });

  it('finds nothing in the bundled zh pack', () => {
    expect(lintPack(zh).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
