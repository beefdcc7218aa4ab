// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChecklistEditor } from '@/components/studio/ChecklistEditor';
import { DispositionEditor } from '@/components/studio/DispositionEditor';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { draftValue, FormHost } from './studio-form-host';

const button = (name: string) => screen.getByRole('button', { name });
/** Opens an item's fields and returns them. */
async function edit(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(button(`Edit “${name}”`));
  return within(screen.getByRole('group', { name }));
}

describe('ChecklistEditor', () => {
  it('edits an item, adds one with a generated id, reorders and removes after confirming', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ChecklistEditor} />);
    const [first, second] = zhPack.checklist;
    if (!first || !second) throw new Error('default checklist too short');
    const item = await edit(user, second.text);
    await user.selectOptions(item.getByLabelText('Stage'), 'disclose');
    await user.click(item.getByLabelText('Required'));
    expect(draftValue().checklist[1]).toMatchObject({ id: second.id, phase: 'disclose', required: false });

    await user.click(button(`Move “${second.text}” up`));
    expect(
      draftValue()
        .checklist.slice(0, 2)
        .map((c: { id: string }) => c.id),
    ).toEqual([second.id, first.id]);
    expect(button(`Move “${second.text}” up`)).toBeDisabled();
    // The open item follows its move.
    expect(screen.getByRole('group', { name: second.text })).toBeInTheDocument();

    await user.type(screen.getByLabelText('New checklist item'), 'Offer the hardship programme{Enter}');
    expect(draftValue().checklist.at(-1)).toEqual({
      id: 'offer-the-hardship-programme',
      text: 'Offer the hardship programme',
      phase: zhPack.checklist.at(-1)?.phase,
      required: true,
    });

    await user.click(button(`Remove “${first.text}”`));
    await user.click(button('Yes, remove'));
    expect(draftValue().checklist.map((c: { id: string }) => c.id)).not.toContain(first.id);
    expect(draftValue().checklist).toHaveLength(zhPack.checklist.length);
  });
});

describe('DispositionEditor', () => {
  it('shows each outcome’s hot key, edits what it requires, and adds an outcome with a code', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={DispositionEditor} />);
    const [ptp, paid] = zhPack.dispositions;
    if (!ptp || !paid) throw new Error('default dispositions too short');
    const outcome = await edit(user, paid.label);
    expect(outcome.getByText(/Hot key in the wrap-up: B/)).toBeInTheDocument();
    // Pinning a letter keeps it for this outcome; the first outcome takes the next free letter.
    await user.selectOptions(outcome.getByLabelText(/Pinned hot key/), 'a');
    expect(draftValue().dispositions[1].key).toBe('a');
    expect(outcome.getByText(/Hot key in the wrap-up: A/)).toBeInTheDocument();
    await user.selectOptions(outcome.getByLabelText(/Pinned hot key/), '');
    expect(draftValue().dispositions[1].key).toBeUndefined();
    await user.click(outcome.getByLabelText('Reason'));
    await user.click(outcome.getByLabelText('Amount'));
    await user.click(outcome.getByLabelText('Paid on this call'));
    expect(draftValue().dispositions[1].requires).toEqual(['reason']);
    expect(draftValue().dispositions[1].paid).toBeUndefined();
    await user.selectOptions(outcome.getByLabelText('Whom the call reached'), 'thirdParty');
    expect(draftValue().dispositions[1].contact).toBe('thirdParty');
    await user.click(outcome.getByLabelText(zhPack.checklist[0]?.text ?? ''));
    expect(draftValue().dispositions[1].owes).toEqual([zhPack.checklist[0]?.id]);

    const code = outcome.getByLabelText('Code');
    expect(code).toHaveValue(paid.id);
    await user.type(code, ' X');
    expect(code).toHaveAccessibleDescription(/Letters, digits/);
    expect(draftValue().dispositions[1].id).toBe(paid.id);
    await user.clear(code);
    await user.type(code, 'PAID-NOW');
    expect(draftValue().dispositions[1].id).toBe('PAID-NOW');

    await user.click(button(`Move “${paid.label}” up`));
    expect(screen.getByText(/Hot key in the wrap-up: A/)).toBeInTheDocument();
    expect(draftValue().dispositions[0].id).toBe('PAID-NOW');

    await user.type(screen.getByLabelText('New outcome label'), 'Promise broken{Enter}');
    expect(draftValue().dispositions.at(-1)).toEqual({ id: 'PROMISE-BROKEN', label: 'Promise broken' });
  });
});
