// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RuleEditor } from '@/components/studio/RuleEditor';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { draftValue, FormHost } from './studio-form-host';

const indexOf = (type: string) => zhPack.rules.findIndex((r) => r.type === type);

describe('RuleEditor', () => {
  it('fits the form to the rule type and refuses an out-of-range number inline, keeping the draft', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={RuleEditor} />);
    const cap = indexOf('attemptCap');
    await user.selectOptions(screen.getByLabelText('Rule'), String(cap));
    const perDay = screen.getByLabelText('At most per day');
    await user.clear(perDay);
    await user.type(perDay, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('A whole number from 1 to 100');
    expect(perDay).toHaveValue('0');
    expect(perDay).toHaveAttribute('aria-invalid', 'true');
    expect(draftValue().rules[cap].maxPerDay).toBe(zhPack.rules[cap]?.maxPerDay);
    await user.clear(perDay);
    await user.type(perDay, '5');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(draftValue().rules[cap].maxPerDay).toBe(5);
    await user.selectOptions(screen.getByLabelText('What is counted'), 'connected');
    await user.selectOptions(screen.getByLabelText('Who may go on past a block'), 'supervisor');
    await user.type(screen.getByLabelText(/^Only in regions/), 'MA');
    expect(draftValue().rules[cap]).toMatchObject({
      counts: 'connected',
      override: 'supervisor',
      scope: { regions: ['MA'] },
    });
    expect(screen.queryByLabelText('Until (HH:MM, not included)')).toBeNull();

    await user.selectOptions(screen.getByLabelText('Rule'), String(indexOf('callWindow')));
    const end = screen.getByLabelText('Until (HH:MM, not included)');
    await user.clear(end);
    await user.type(end, '25:00');
    expect(screen.getByRole('alert')).toHaveTextContent('Not accepted here');
    expect(draftValue().rules[indexOf('callWindow')].end).toBe(zhPack.rules[indexOf('callWindow')]?.end);
  });

  it('adds a rule of a chosen type with its defaults, and removes it after confirming', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={RuleEditor} />);
    await user.selectOptions(screen.getByLabelText('New rule of type'), 'contactFrequency');
    await user.type(screen.getByLabelText('New rule title'), '7 in 7{Enter}');
    expect(draftValue().rules.at(-1)).toEqual({
      id: '7-in-7',
      type: 'contactFrequency',
      title: '7 in 7',
      severity: 'warn',
      maxAttempts: 7,
      days: 7,
      quietDaysAfterConversation: 7,
    });
    expect(screen.getByLabelText('Within days')).toHaveValue('7');
    await user.click(screen.getByRole('button', { name: 'Remove “7 in 7”' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(draftValue().rules).toHaveLength(zhPack.rules.length);
  });

  it('edits forbidden phrases with their syntax help and tries a sentence on the real matcher', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={RuleEditor} />);
    const at = indexOf('forbiddenPhrases');
    await user.selectOptions(screen.getByLabelText('Rule'), String(at));
    expect(screen.getByText(/\(a\|b\) means a or b/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit “Threat”' }));
    const threat = within(screen.getByRole('group', { name: 'Threat' }));
    const phrases = threat.getByLabelText('Phrases (one per line)');
    await user.click(phrases);
    await user.keyboard('{Control>}{End}{/Control}{Enter}叫你…好看');
    expect(draftValue().rules[at].categories[0].phrases.at(-1)).toBe('叫你…好看');
    await user.type(screen.getByLabelText(/^Try a sentence/), '再不还就叫您家里人好看');
    expect(screen.getByText(/matches 叫你…好看 \(Threat\)/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^Try a sentence/));
    await user.type(screen.getByLabelText(/^Try a sentence/), '请您今天还款');
    expect(screen.getByText('No forbidden phrase found')).toBeInTheDocument();
  });

  it('edits a stop flag and adds one', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={RuleEditor} />);
    const at = indexOf('stopFlag');
    await user.selectOptions(screen.getByLabelText('Rule'), String(at));
    await user.type(screen.getByLabelText('New flag (as the CRM writes it)'), 'deceased{Enter}');
    const flags = () => draftValue().rules[at].flags;
    expect(flags().at(-1)).toEqual({ flag: 'deceased', severity: 'block', reason: '' });
    await user.click(screen.getByRole('button', { name: 'Edit “deceased”' }));
    const flag = within(screen.getByRole('group', { name: 'deceased' }));
    await user.type(flag.getByLabelText('Reason'), 'Estate handles it');
    await user.selectOptions(flag.getByLabelText('When it applies'), 'warn');
    expect(flags().at(-1)).toEqual({ flag: 'deceased', severity: 'warn', reason: 'Estate handles it' });
    // stop12: what the flag stops, by a labelled choice; "not said" removes the key again.
    const stops = flag.getByLabelText('Stops collection');
    expect(stops).toHaveValue('');
    await user.selectOptions(stops, 'collection');
    expect(flags().at(-1)).toMatchObject({ flag: 'deceased', stops: 'collection' });
    await user.selectOptions(stops, '');
    expect(flags().at(-1)).not.toHaveProperty('stops');
  });
});
