// @vitest-environment jsdom
/**
 * Live-call walk 11: the debtor mentioned self-harm mid-plan; the script stopped, but G still
 * recorded the plan and a promise to pay, and R copied the read-back. Collection stops at once.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callsForAccount, updateCall } from '@/lib/db';
import { account, duringCallHours, ready, renderPanel } from './render-panel';

configure({ asyncUtilTimeout: 4000 });
duringCallHours();

describe('the plan on a crisis call', () => {
  it('records no plan or promise and copies no read-back once the call is flagged crisis', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { db } = await renderPanel(ready(account('CC20240003', '李强', 876543, 45)));
    await screen.findByRole('button', { name: /开始通话/ });
    await user.keyboard('{Alt>}s{/Alt}');
    await screen.findByRole('button', { name: /^结束通话/ });
    await user.keyboard('4m');
    const section = document.getElementById('section-plan') as HTMLElement;
    await user.keyboard('1500{Enter}');
    await waitFor(() => expect(within(section).getAllByTestId('plan-option').length).toBeGreaterThan(0));

    const [call] = await callsForAccount(db, 'CC20240003');
    await updateCall(db, call?.id ?? '', (c) => ({
      ...c,
      flags: [...c.flags, { flag: 'crisis', reason: '提到轻生', at: Date.now() }],
    }));
    expect(await within(section).findByTestId('plan-crisis')).toHaveTextContent('危机：已停止催收');
    await user.keyboard('g');
    await user.keyboard('r');
    await waitFor(() => expect(screen.getByTestId('plan-notice')).toHaveTextContent('本通话不记录还款方案'));
    const [after] = await callsForAccount(db, 'CC20240003');
    expect(after?.plan).toBeUndefined();
    expect(after?.promise).toBeUndefined();
    expect(writeText).not.toHaveBeenCalled();
  });
});
