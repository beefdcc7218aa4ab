// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearMissFiles } from '@/components/studio/misses/imported';
import { MissesEditor } from '@/components/studio/misses/MissesEditor';
import { MISS_FORMAT } from '@/lib/objections/misses';
import { draftValue, FormHost } from './studio-form-host';

const Host = () => <FormHost Form={MissesEditor} />;
const triggersOf = (id: string): string[] =>
  draftValue().objections.find((o: { id: string }) => o.id === id).triggers;

const file = (name: string, misses: object[]) =>
  new File([JSON.stringify({ format: MISS_FORMAT, count: misses.length, misses })], name, {
    type: 'application/json',
  });

beforeEach(() => {
  fakeBrowser.reset();
  clearMissFiles();
});

describe('Search misses tab', () => {
  it('imports files, names a bad one, groups the queries and adds a trigger to the right card', async () => {
    const user = userEvent.setup();
    render(<Host />);
    expect(screen.getByText('No file imported yet.')).toBeInTheDocument();
    const agentA = file('agent-a.json', [
      { date: '2026-11-20', query: '公积金还没到账', reason: 'none', phase: 'negotiate', opened: 'no-money' },
      {
        date: '2026-11-21',
        query: '公积金还没到账呢',
        reason: 'weak',
        phase: 'negotiate',
        opened: 'no-money',
      },
      { date: '2026-11-21', query: '现在没钱', reason: 'weak' },
    ]);
    const agentB = file('agent-b.json', [{ date: '2026-11-22', query: '我在国外', reason: 'none' }]);
    const broken = new File(['{"format": "call-assist/search-misses@1", "misses": ['], 'broken.json');
    await user.upload(screen.getByLabelText(/Import search-miss files/), [agentA, broken, agentB]);
    expect(await screen.findByRole('alert')).toHaveTextContent('broken.json: Not valid JSON');
    expect(screen.getByText(/2 files · 4 searches · 3 groups/)).toBeInTheDocument();

    const groups = screen.getAllByRole('listitem').filter((li) => li.classList.contains('studio-miss'));
    expect(groups.map((g) => g.querySelector('strong')?.textContent)).toEqual([
      '公积金还没到账',
      '我在国外',
      '现在没钱',
    ]);
    const [salary, abroad, covered] = groups as [HTMLElement, HTMLElement, HTMLElement];
    expect(salary).toHaveTextContent('2×');
    expect(salary).toHaveTextContent('Also typed: 公积金还没到账呢');
    expect(salary).toHaveTextContent('Call phases: Negotiate 2');
    expect(salary).toHaveTextContent('Card finally opened: 没钱 / 手头紧 2');
    expect(within(covered).getByRole('note')).toHaveTextContent('Already a trigger of “没钱 / 手头紧”');
    expect(within(covered).queryByRole('button')).toBeNull();

    // The card agents opened is the default.
    expect(within(salary).getByLabelText('Card for “公积金还没到账”')).toHaveDisplayValue('没钱 / 手头紧');
    await user.click(within(salary).getByRole('button', { name: 'Add “公积金还没到账” as a trigger' }));
    expect(triggersOf('no-money')).toContain('公积金还没到账');
    expect(screen.getByText('“公积金还没到账” added as a trigger of “没钱 / 手头紧”')).toHaveAttribute(
      'role',
      'status',
    );

    // No card opened: the lead picks one by title.
    const add = within(abroad).getByRole('button', { name: 'Add “我在国外” as a trigger' });
    expect(add).toBeDisabled();
    await user.selectOptions(within(abroad).getByLabelText('Card for “我在国外”'), '失业 / 收入下降');
    await user.click(add);
    expect(triggersOf('job-loss').at(-1)).toBe('我在国外');
    expect(await screen.findAllByText(/Already a trigger of/)).toHaveLength(3);
  });

  it('does not count the same file twice', async () => {
    const user = userEvent.setup();
    render(<Host />);
    const misses = [{ date: '2026-11-20', query: '我在国外', reason: 'none' }];
    await user.upload(screen.getByLabelText(/Import search-miss files/), file('a.json', misses));
    await user.upload(screen.getByLabelText(/Import search-miss files/), file('a-copy.json', misses));
    expect(await screen.findByRole('alert')).toHaveTextContent('a-copy.json: this file was already imported');
    expect(screen.getByText(/1 files · 1 searches · 1 groups/)).toBeInTheDocument();
  });
});
