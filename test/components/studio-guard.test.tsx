// @vitest-environment jsdom
/**
 * The forbidden-phrases rule's word families in the Studio: listed, renamed (the phrases follow),
 * words edited one per line, added with a checked name, and used by the "try a sentence" box.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RuleEditor } from '@/components/studio/RuleEditor';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { draftValue, FormHost } from './studio-form-host';

const at = zhPack.rules.findIndex((r) => r.type === 'forbiddenPhrases');
const rule = () => draftValue().rules[at];
const phrases = () => rule().categories.flatMap((c: { phrases: string[] }) => c.phrases) as string[];

async function openRule() {
  const user = userEvent.setup();
  render(<FormHost Form={RuleEditor} />);
  await user.selectOptions(screen.getByLabelText('Rule'), String(at));
  return { user, families: screen.getByRole('group', { name: 'Word families' }) };
}

describe('word families in the rule form', () => {
  it('documents the "unless followed by" form beside the phrases and beside the families', async () => {
    const { families } = await openRule();
    const categories = screen.getByRole('group', { name: 'Phrase categories' });
    for (const group of [families, categories])
      expect(
        within(group).getByText(
          /\(!a\|b\) at the end of a phrase, of a part between …, or of a word of a family/,
        ),
      ).toBeInTheDocument();
  });

  it('renames a family and every phrase naming it, keeping its words and place', async () => {
    const { user, families } = await openRule();
    const before = rule().families.我方;
    const naming = phrases().filter((p) => p.includes('{我方}')).length;
    expect(naming).toBeGreaterThan(0);
    await user.click(within(families).getByRole('button', { name: 'Edit “我方”' }));
    const name = within(families).getByLabelText('Family name');
    await user.clear(name);
    await user.type(name, '催收方');
    await user.click(within(families).getByRole('button', { name: 'Rename “我方” (its phrases follow)' }));
    expect(rule().families.我方).toBeUndefined();
    expect(rule().families.催收方).toEqual(before);
    expect(Object.keys(rule().families)[0]).toBe('催收方');
    expect(phrases().filter((p) => p.includes('{我方}'))).toEqual([]);
    expect(phrases().filter((p) => p.includes('{催收方}'))).toHaveLength(naming);
  });

  it('refuses a name that is taken or has a space, and does not rename', async () => {
    const { user, families } = await openRule();
    await user.click(within(families).getByRole('button', { name: 'Edit “我方”' }));
    const name = within(families).getByLabelText('Family name');
    await user.clear(name);
    await user.type(name, '上门');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(within(families).getByText('There is already a family named “上门”.')).toBeInTheDocument();
    expect(within(families).getByRole('button', { name: /^Rename “我方”/ })).toBeDisabled();
    await user.type(name, ' x');
    expect(within(families).getByText(/cannot name a family/)).toBeInTheDocument();
    expect(rule().families.我方).toBeDefined();
  });

  it('edits the words one per line, and the try box runs them through the phrases', async () => {
    const { user, families } = await openRule();
    const tryBox = screen.getByLabelText("Try a sentence (the agent's matcher)");
    await user.type(tryBox, '我们明天去你岳母的裁缝铺');
    const output = () => screen.getByText(/matches|No forbidden phrase/, { selector: 'output, output *' });
    expect(output()).not.toHaveTextContent('裁缝铺');
    await user.click(within(families).getByRole('button', { name: 'Edit “你的地方”' }));
    const words = within(families).getByLabelText('Words of “你的地方” (one per line, (a|b) allowed)');
    await user.type(words, '\n裁缝铺');
    expect(rule().families.你的地方.at(-1)).toBe('裁缝铺');
    expect(output()).toHaveTextContent('裁缝铺');
  });

  it('adds a family by a checked name and lists families the phrases name but nobody declared', async () => {
    const { user, families } = await openRule();
    const add = within(families).getByLabelText('New family name');
    await user.type(add, 'bad name');
    await user.click(within(families).getByRole('button', { name: 'Add family' }));
    expect(within(families).getByRole('alert')).toHaveTextContent('cannot name a family');
    expect(rule().families['bad name']).toBeUndefined();
    await user.clear(add);
    await user.type(add, '宠物');
    await user.click(within(families).getByRole('button', { name: 'Add family' }));
    expect(rule().families.宠物).toEqual([]);
    expect(within(families).queryByRole('status')).toBeNull();
    await user.click(within(families).getByRole('button', { name: 'Edit “亲属”' }));
    await user.click(within(families).getByRole('button', { name: 'Remove “亲属”' }));
    expect(within(families).getByText(/phrase\(s\) still name it/)).toBeInTheDocument();
    await user.click(within(families).getByRole('button', { name: 'Yes, remove' }));
    expect(rule().families.亲属).toBeUndefined();
    expect(within(families).getByRole('status')).toHaveTextContent('{亲属}');
  });
});
