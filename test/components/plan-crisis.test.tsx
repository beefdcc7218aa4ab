// @vitest-environment jsdom
/**
 * Live-call walk 11: the debtor mentioned self-harm mid-plan; the script stopped, but G still
 * recorded the plan and a promise to pay, and R copied the read-back. Collection stops at once.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { callsForAccount } from '@/lib/db';
import { planShown, raise } from './plan-call';
import { duringCallHours } from './render-panel';

duringCallHours();

describe('the plan on a crisis call', () => {
  it('records no plan or promise and copies no read-back once the call is flagged crisis', async () => {
    const { user, db, section, writeText } = await planShown();
    await raise(db, 'crisis', '提到轻生');
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
