// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ObjectionEditor } from '@/components/studio/ObjectionEditor';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import { draftValue, FormHost } from './studio-form-host';

const titles = () => draftValue().objections.map((o: { title: string }) => o.title);

describe('ObjectionEditor', () => {
  it('adds a card with a generated id, edits its triggers and say-lines, and the pack parses', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ObjectionEditor} />);
    await user.type(screen.getByLabelText('New objection title'), '要先问家人{Enter}');
    const added = () => draftValue().objections.at(-1);
    expect(added()).toMatchObject({ id: 'yao-xian-wen-jia-ren', title: '要先问家人', triggers: [], say: [] });
    expect(added().category).toBe(zhPack.objections[0]?.category);
    expect(screen.getByLabelText('Objection')).toHaveDisplayValue('要先问家人');
    await user.type(screen.getByLabelText('Triggers (one per line)'), '问问家里{Enter}和老婆商量');
    await user.type(
      screen.getByLabelText('Say (one per line)'),
      '可以的，您和家人商量好后什么时候方便回电？',
    );
    expect(added().triggers).toEqual(['问问家里', '和老婆商量']);
    expect(added().say).toHaveLength(1);
    expect(parsePack(screen.getByTestId('draft').textContent ?? '').ok).toBe(true);
  });

  it('refuses a blank title with a message and adds nothing', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ObjectionEditor} />);
    await user.click(screen.getByRole('button', { name: 'Add objection' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type a title first');
    expect(draftValue().objections).toHaveLength(zhPack.objections.length);
  });

  it('finds a card by title, duplicates it, and removes it only after confirming', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ObjectionEditor} />);
    const target = zhPack.objections[3]?.title ?? '';
    await user.type(screen.getByLabelText('Find an objection by title'), target.slice(0, 3));
    expect(screen.getByLabelText('Objection')).toHaveDisplayValue(target);
    await user.click(screen.getByRole('button', { name: `Duplicate “${target}”` }));
    expect(titles().at(-1)).toBe(`${target} (copy)`);
    expect(draftValue().objections.at(-1).id).not.toBe(zhPack.objections[3]?.id);
    const copy = `${target} (copy)`;
    await user.click(screen.getByRole('button', { name: `Remove “${copy}”` }));
    expect(titles()).toContain(copy);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(titles()).toContain(copy);
    await user.click(screen.getByRole('button', { name: `Remove “${copy}”` }));
    expect(screen.getByRole('button', { name: 'Yes, remove' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(titles()).toEqual(zhPack.objections.map((o) => o.title));
  });

  it('edits stages, every leads-to field, the crisis flag and the source', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ObjectionEditor} />);
    await user.click(screen.getByLabelText('Negotiate'));
    await user.selectOptions(screen.getByLabelText('Leads to outcome'), zhPack.dispositions[1]?.label ?? '');
    await user.type(screen.getByLabelText('Leads to CRM flag'), 'hardship');
    await user.click(screen.getByLabelText('Crisis (shown first, escalate)'));
    const first = () => draftValue().objections[0];
    expect(first().stages).toEqual(['understand']);
    expect(first().leadsTo).toEqual({
      plan: 'instalment',
      disposition: zhPack.dispositions[1]?.id,
      flag: 'hardship',
    });
    expect(first().severity).toBe('crisis');
    await user.selectOptions(screen.getByLabelText('Leads to plan'), '');
    await user.selectOptions(screen.getByLabelText('Leads to outcome'), '');
    await user.clear(screen.getByLabelText('Leads to CRM flag'));
    expect(first().leadsTo).toBeUndefined();
    await user.clear(screen.getByLabelText('Source (law, guideline or bank policy)'));
    expect(first().source).toBeUndefined();
  });
});
