// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RuleEditor } from '@/components/studio/RuleEditor';
import { ScriptEditor } from '@/components/studio/ScriptEditor';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { draftValue, FormHost } from './studio-form-host';

const [recording, identity] = zhPack.checklist;
const stage0 = zhPack.scripts[0]?.stages[0];

describe('conditions and checklist picks left to JSON before (issue 17 item 2)', () => {
  it("edits a stop flag's unless as condition rows, and removing the last row drops it", async () => {
    const user = userEvent.setup();
    render(<FormHost Form={RuleEditor} />);
    const at = zhPack.rules.findIndex((r) => r.type === 'stopFlag');
    await user.selectOptions(screen.getByLabelText('Rule'), String(at));
    const flags = () => draftValue().rules[at].flags;
    const k = zhPack.rules[at]?.flags?.findIndex((f) => 'unless' in f) ?? -1;
    const name = zhPack.rules[at]?.flags?.[k]?.label ?? '';
    await user.click(screen.getByRole('button', { name: `Edit “${name}”` }));
    const unless = within(screen.getByRole('group', { name: 'The flag does not hold while' }));
    expect(unless.getByLabelText('Field 1')).toHaveValue('planInDefault');
    await user.selectOptions(unless.getByLabelText('Value 1'), 'false');
    expect(flags()[k].unless).toEqual({ field: 'planInDefault', op: 'eq', value: false });
    await user.click(unless.getByRole('button', { name: 'Remove condition 1' }));
    expect(flags()[k]).not.toHaveProperty('unless');
    expect(unless.getByText('Always (no condition)')).toBeInTheDocument();
    await user.click(unless.getByRole('button', { name: 'Add a condition' }));
    expect(flags()[k].unless).toEqual({ field: 'dpd', op: 'gte', value: 1 });
  });

  it("edits a line's when and a branch's when as condition rows, absent when no row is left", async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ScriptEditor} />);
    const stage = () => draftValue().scripts[0].stages[0];
    const lineWhen = within(screen.getByRole('group', { name: 'Show this line only for accounts where' }));
    expect(lineWhen.getByText('Always (no condition)')).toBeInTheDocument();
    await user.click(lineWhen.getByRole('button', { name: 'Add a condition' }));
    await user.selectOptions(lineWhen.getByLabelText('Field 1'), 'hardship');
    await user.selectOptions(lineWhen.getByLabelText('Comparison 1'), 'eq');
    await user.selectOptions(lineWhen.getByLabelText('Value 1'), 'true');
    expect(stage().lines[0].when).toEqual({ field: 'hardship', op: 'eq', value: true });
    await user.click(lineWhen.getByRole('button', { name: 'Remove condition 1' }));
    expect(stage().lines[0]).not.toHaveProperty('when');

    await user.click(screen.getByRole('button', { name: 'Add a button to another stage' }));
    const branchWhen = within(screen.getByRole('group', { name: 'Show button 1 only for accounts where' }));
    await user.click(branchWhen.getByRole('button', { name: 'Add a condition' }));
    await user.selectOptions(branchWhen.getByLabelText('Comparison 1'), 'exists');
    expect(stage().next[0].when).toEqual({ field: 'dpd', op: 'exists' });
    await user.click(branchWhen.getByRole('button', { name: 'Remove condition 1' }));
    expect(stage().next[0]).not.toHaveProperty('when');
  });

  it("picks a stage's checklist and a line's ticks by the items' text, writing their ids", async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ScriptEditor} />);
    const stage = () => draftValue().scripts[0].stages[0];
    expect(stage0?.checklist).toEqual([recording?.id]);
    const owed = within(screen.getByRole('group', { name: 'Checklist items owed in this stage' }));
    expect(owed.getByRole('checkbox', { name: recording?.text })).toBeChecked();
    await user.click(owed.getByRole('checkbox', { name: identity?.text }));
    expect(stage().checklist).toEqual([recording?.id, identity?.id]);
    await user.click(owed.getByRole('checkbox', { name: recording?.text }));
    await user.click(owed.getByRole('checkbox', { name: identity?.text }));
    expect(stage()).not.toHaveProperty('checklist');

    const ticks = within(screen.getByRole('group', { name: 'Checklist items this line ticks when said' }));
    expect(stage0?.lines[0]).toMatchObject({ ticks: [recording?.id] });
    expect(ticks.getByRole('checkbox', { name: recording?.text })).toBeChecked();
    await user.click(ticks.getByRole('checkbox', { name: identity?.text }));
    await user.click(ticks.getByRole('checkbox', { name: recording?.text }));
    expect(stage().lines[0].ticks).toEqual([identity?.id]);
  });

  it('asks before removing a script or stage something points to, naming what points to it', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ScriptEditor} />);
    const script0 = zhPack.scripts[0];
    await user.click(screen.getByRole('button', { name: `Remove “${script0?.name}”` }));
    expect(
      screen.getByText(
        `Segments that use this script: ${zhPack.segments[0]?.name}; they will point to nothing.`,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(draftValue().scripts[0].name).toBe(script0?.name);

    await user.click(screen.getByRole('button', { name: `Remove “${script0?.stages[6]?.title}”` }));
    expect(
      screen.getByText(
        `Stages that lead here: ${script0?.stages[0]?.title}、${script0?.stages[1]?.title}; their answers or buttons will point to nothing.`,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(draftValue().scripts[0].stages).toHaveLength((script0?.stages.length ?? 0) - 1);

    // A stage nothing leads to is still confirmed, without a warning.
    await user.click(screen.getByRole('button', { name: 'Add a stage' }));
    await user.click(screen.getByRole('button', { name: 'Remove “New stage”' }));
    expect(screen.queryByText(/Stages that lead here/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(draftValue().scripts[0].stages).toHaveLength((script0?.stages.length ?? 0) - 1);
  });
});
