// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@/components/shell/i18n';
import { ChangelogView } from '@/components/studio/ChangelogView';
import { ScriptEditor } from '@/components/studio/ScriptEditor';
import { SegmentEditor } from '@/components/studio/SegmentEditor';
import { SignPanel } from '@/components/studio/SignPanel';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { checkDraft } from '@/lib/studio/checks';
import { readDraft, setAt } from '@/lib/studio/edit';
import { written } from '../helpers/written';
import { draftValue, FormHost, packText } from './studio-form-host';

describe('SegmentEditor', () => {
  it('renames, reorders and removes segments by title, and warns when no segment catches every account', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={SegmentEditor} />);
    const [first, second] = zhPack.segments;
    expect(screen.queryByText(/No catch-all segment/)).toBeNull();
    await user.click(screen.getByRole('button', { name: `Edit “${second?.name}”` }));
    await user.click(screen.getByRole('button', { name: `Move “${second?.name}” up` }));
    expect(
      draftValue()
        .segments.map((s: { id: string }) => s.id)
        .slice(0, 2),
    ).toEqual([second?.id, first?.id]);
    // The moved segment stays the one being edited.
    expect(screen.getByRole('button', { name: `Edit “${second?.name}”` })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const name = screen.getByLabelText('Segment name');
    await user.clear(name);
    await user.type(name, 'Hardship first');
    expect(draftValue().segments[0].name).toBe('Hardship first');
    const last = zhPack.segments.at(-1);
    await user.click(screen.getByRole('button', { name: `Remove “${last?.name}”` }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(draftValue().segments).toHaveLength(zhPack.segments.length - 1);
    expect(screen.getByText(/No catch-all segment/)).toBeInTheDocument();
  });

  it('adds a segment for every account with a generated id, a script chosen by name, and typed conditions', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={SegmentEditor} />);
    await user.click(screen.getByRole('button', { name: 'Add a segment' }));
    const added = () => draftValue().segments.at(-1);
    expect(added()).toMatchObject({
      id: 'segment-new-segment',
      name: 'New segment',
      when: { field: 'accountKey', op: 'exists' },
    });
    expect(screen.getByText('Every account (catch-all)')).toBeInTheDocument();
    const late = zhPack.scripts[1];
    await user.selectOptions(screen.getByLabelText('Script this segment uses'), late?.name ?? '');
    expect(added().scriptId).toBe(late?.id);

    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    await user.selectOptions(screen.getByLabelText('Field 1'), 'overdueAmount');
    await user.selectOptions(screen.getByLabelText('Comparison 1'), 'gte');
    const amount = screen.getByLabelText('Value 1');
    await user.clear(amount);
    await user.type(amount, '5,000');
    expect(added().when).toEqual({ field: 'overdueAmount', op: 'gte', value: 500000 });
    expect(amount).toHaveValue('5,000');
    await user.type(amount, 'x');
    expect(screen.getByRole('alert')).toHaveTextContent("Not a value of this field's type");
    expect(added().when.value).toBe(500000);

    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    await user.selectOptions(screen.getByLabelText('Field 2'), 'hardship');
    await user.selectOptions(screen.getByLabelText('Comparison 2'), 'eq');
    await user.selectOptions(screen.getByLabelText('Value 2'), 'false');
    await user.selectOptions(screen.getByLabelText('Accounts must match'), 'any');
    expect(added().when).toEqual({
      any: [
        { field: 'overdueAmount', op: 'gte', value: 500000 },
        { field: 'hardship', op: 'eq', value: false },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(added().when).toEqual({ field: 'hardship', op: 'eq', value: false });
  });

  it('shows a nested group as a row to remove, keeps it as written, and edits the comparisons beside it', async () => {
    const user = userEvent.setup();
    const group = { not: { field: 'flags', op: 'eq', value: 'vip' } };
    const initial = written(
      setAt(packText, ['segments', 0, 'when'], {
        all: [group, { field: 'dpd', op: 'gt', value: 0 }],
      }),
    );
    render(<FormHost Form={SegmentEditor} initial={initial} />);
    const rows = screen.getByRole('group', { name: 'Which accounts' });
    expect(
      within(rows).getByText('Condition 1: a nested group, edit it in the JSON tab'),
    ).toBeInTheDocument();
    await user.selectOptions(within(rows).getByLabelText('Comparison 2'), 'exists');
    await user.selectOptions(within(rows).getByLabelText('Value 2'), 'false');
    expect(draftValue().segments[0].when).toEqual({
      all: [group, { field: 'dpd', op: 'exists', value: false }],
    });
    await user.click(within(rows).getByRole('button', { name: 'Remove condition 1' }));
    expect(draftValue().segments[0].when).toEqual({ field: 'dpd', op: 'exists', value: false });
  });
});

const script0 = zhPack.scripts[0];
const stage0 = script0?.stages[0];

describe('ScriptEditor', () => {
  it('adds, renames and removes scripts; a new script has a stage and a line and generated ids', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ScriptEditor} />);
    expect(screen.getByText(`Used by segments: ${zhPack.segments[0]?.name}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a script' }));
    const added = () => draftValue().scripts.at(-1);
    expect(added()).toEqual({
      id: 'script-new-script',
      name: 'New script',
      stages: [
        {
          id: 'stage-new-stage',
          title: 'New stage',
          phase: 'negotiate',
          lines: [{ id: 'stage-new-stage-line', kind: 'say', text: 'New line' }],
        },
      ],
    });
    const name = screen.getByLabelText('Script name');
    await user.clear(name);
    await user.type(name, 'Settlement');
    expect(added().name).toBe('Settlement');
    expect(screen.queryByText(/Used by segments/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove “Settlement”' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(draftValue().scripts).toHaveLength(zhPack.scripts.length);
  });

  it('adds, retitles, rephases, reorders and removes stages, and points a branch at a stage by title', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ScriptEditor} />);
    const stages = () => draftValue().scripts[0].stages;
    await user.click(screen.getByRole('button', { name: 'Add a stage' }));
    const title = screen.getByLabelText('Stage title');
    await user.clear(title);
    await user.type(title, 'Callback');
    await user.selectOptions(screen.getByLabelText('Phase of the call'), 'close');
    expect(stages().at(-1)).toMatchObject({ title: 'Callback', phase: 'close' });
    await user.click(screen.getByRole('button', { name: 'Move “Callback” up' }));
    expect(stages().at(-2).title).toBe('Callback');
    expect(screen.getByRole('button', { name: 'Edit “Callback”' })).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('button', { name: 'Add a button to another stage' }));
    await user.selectOptions(screen.getByLabelText('Button 1 goes to'), stage0?.title ?? '');
    const label = screen.getByLabelText('Button 1');
    await user.clear(label);
    await user.type(label, 'Start over');
    expect(stages().at(-2).next).toEqual([{ label: 'Start over', goto: stage0?.id }]);
    await user.click(screen.getByRole('button', { name: 'Remove button 1' }));
    expect(stages().at(-2).next).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Remove “Callback”' }));
    // Removal asks first; cancelling keeps the stage.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(stages().at(-2).title).toBe('Callback');
    await user.click(screen.getByRole('button', { name: 'Remove “Callback”' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(stages()).toEqual(script0?.stages);
  });

  it('adds, moves and removes lines, inserts a variable at the cursor and flags an unknown one', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ScriptEditor} />);
    const lines = () => draftValue().scripts[0].stages[0].lines;
    await user.click(screen.getByRole('button', { name: 'Add a line' }));
    expect(lines()).toHaveLength((stage0?.lines.length ?? 0) + 1);
    expect(lines().at(-1)).toEqual({ id: `${stage0?.id}-line`, kind: 'say', text: 'New line' });
    const text = screen.getByLabelText('Text') as HTMLTextAreaElement;
    await user.clear(text);
    await user.type(text, 'Hello , goodbye');
    text.setSelectionRange(6, 6);
    await user.click(screen.getByRole('button', { name: 'Insert {{name}}' }));
    expect(lines().at(-1).text).toBe('Hello {{name}}, goodbye');
    expect(text).toHaveAttribute('aria-invalid', 'false');
    await user.type(text, ' {{{{nmae}}');
    expect(screen.getByText('Unknown variables (nothing fills them): nmae')).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText(/^Source/), 'PIPL art. 17');
    expect(lines().at(-1).source).toBe('PIPL art. 17');
    await user.clear(screen.getByLabelText(/^Source/));
    expect(lines().at(-1)).not.toHaveProperty('source');
    await user.click(screen.getByRole('button', { name: /^Move “\d+\. Hello.*” up$/ }));
    expect(lines().at(-2).id).toBe(`${stage0?.id}-line`);
    await user.click(screen.getByRole('button', { name: /^Remove “\d+\. Hello/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(lines()).toEqual(stage0?.lines);
  });

  it('turns a line into a question with two answers that branch to stages chosen by title', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={ScriptEditor} />);
    const line = () => draftValue().scripts[0].stages[0].lines[0];
    expect(line().kind).not.toBe('ask');
    await user.selectOptions(screen.getByLabelText('Kind'), 'ask');
    await user.click(screen.getByRole('button', { name: 'Add an answer' }));
    expect(line().answers).toEqual([
      { id: 'answer-new-answer', label: 'New answer' },
      { id: 'answer-new-answer-2', label: 'New answer' },
    ]);
    const first = screen.getByLabelText('Answer 1');
    await user.clear(first);
    await user.type(first, 'Yes, speaking');
    const target = script0?.stages[2];
    await user.selectOptions(screen.getByLabelText('Answer 1 goes to'), target?.title ?? '');
    await user.click(screen.getByLabelText('Answer 2 means a third party is on the line'));
    expect(line().answers).toEqual([
      { id: 'answer-new-answer', label: 'Yes, speaking', goto: target?.id },
      { id: 'answer-new-answer-2', label: 'New answer', thirdParty: true },
    ]);
    await user.selectOptions(screen.getByLabelText('Answer 1 goes to'), '(the next stage)');
    expect(line().answers[0].goto).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Remove answer 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove answer 1' }));
    expect(line().answers).toBeUndefined();
  });
});

describe('ChangelogView', () => {
  it('lists the published entries newest first, read-only, and takes the lead to the one place the next entry is written', async () => {
    const user = userEvent.setup();
    const text = written(
      setAt(packText, ['changelog', 1], {
        version: 2,
        date: '2026-12-05',
        summary: 'Second version',
      }),
    );
    const value = readDraft(text);
    render(
      <I18nProvider locale="en">
        <ChangelogView text={text} value={value} onEdit={() => undefined} />
        <SignPanel text={text} check={checkDraft(text)} base={undefined} />
      </I18nProvider>,
    );
    const tab = screen.getByRole('region', { name: 'Changelog' });
    const versions = within(tab)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(versions).toEqual([`Version 2 · 2026-12-05`, `Version 1 · ${zhPack.changelog[0]?.date}`]);
    expect(within(tab).getByText('Second version')).toBeInTheDocument();
    expect(within(tab).queryByRole('textbox')).toBeNull();
    await user.click(within(tab).getByRole('button', { name: /Write the entry for the next version/ }));
    expect(document.activeElement).toBe(screen.getByLabelText(/Changelog entry/));
  });
});
