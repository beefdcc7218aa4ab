// @vitest-environment jsdom
/** The dispositions form shows lint's warning when two outcomes pin one hot key (live-call review 2026-11). */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DispositionEditor } from '@/components/studio/DispositionEditor';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { draftValue, FormHost } from './studio-form-host';

async function pin(user: ReturnType<typeof userEvent.setup>, label: string, letter: string) {
  await user.click(screen.getByRole('button', { name: `Edit “${label}”` }));
  const outcome = within(screen.getByRole('group', { name: label }));
  await user.selectOptions(outcome.getByLabelText(/Pinned hot key/), letter);
}

describe('DispositionEditor: pinned hot keys', () => {
  it('warns while two outcomes pin one letter, naming both, and stops once one is unpinned', async () => {
    const user = userEvent.setup();
    render(<FormHost Form={DispositionEditor} />);
    const [, paid, part] = zhPack.dispositions;
    if (!paid || !part) throw new Error('default dispositions too short');
    expect(screen.queryByText(/pins hot key/)).not.toBeInTheDocument();

    await pin(user, paid.label, 'p');
    expect(screen.queryByText(/pins hot key/)).not.toBeInTheDocument();
    await pin(user, part.label, 'p');
    expect(draftValue().dispositions[2].key).toBe('p');
    const warning = screen.getByText(/pins hot key/);
    expect(warning).toHaveAttribute('role', 'status');
    expect(warning).toHaveTextContent(
      `Disposition "${part.label}" (${part.id}) pins hot key P, already pinned by "${paid.label}" (${paid.id})`,
    );

    await user.selectOptions(
      within(screen.getByRole('group', { name: part.label })).getByLabelText(/Pinned hot key/),
      '',
    );
    expect(screen.queryByText(/pins hot key/)).not.toBeInTheDocument();
  });
});
