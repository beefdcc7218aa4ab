// @vitest-environment jsdom
/**
 * Live-call walk 11 §2: a dispute raised mid-call left the Plan recording a promise (G) and copying
 * the read-back (R); only a crisis stopped it. A dispute or a stop flag stops collection; a
 * complaint alone does not.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { callsForAccount } from '@/lib/db';
import { planShown, raise } from './plan-call';
import { duringCallHours } from './render-panel';

duringCallHours();

describe('the plan on a call with a dispute or a stop flag', () => {
  it('a dispute raised mid-call: no plan or promise recorded, no read-back, the reason in the pack’s words', async () => {
    const { user, db, section, writeText } = await planShown();
    await raise(db, 'dispute');
    const banner = await within(section).findByTestId('plan-stopped');
    expect(banner).toHaveTextContent('账务争议：客户对账务有异议：调查结论出来前暂停催收');
    expect(banner).toHaveTextContent('本通话不记录还款方案或还款承诺');
    expect(banner).not.toHaveTextContent('dispute');
    await user.keyboard('g');
    await user.keyboard('r');
    await waitFor(() => expect(screen.getByTestId('plan-notice')).toHaveTextContent('已暂停催收'));
    expect(screen.getByTestId('plan-notice')).not.toHaveTextContent('dispute');
    await user.click(within(section).getByRole('button', { name: /客户同意，记录方案/ }));
    const [after] = await callsForAccount(db, 'CC20240003');
    expect(after?.plan).toBeUndefined();
    expect(after?.promise).toBeUndefined();
    expect(writeText).not.toHaveBeenCalled();
  });

  it.each([
    ['cease', '要求停止联系'],
    ['attorney', '已委托律师'],
    ['bankruptcy', '个人破产/债务重整'],
    ['deceased', '持卡人身故'],
  ])('a %s flag stops it too (%s)', async (flag, label) => {
    const { user, db, section } = await planShown();
    await raise(db, flag);
    expect(await within(section).findByTestId('plan-stopped')).toHaveTextContent(label);
    await user.keyboard('g');
    await waitFor(() => expect(screen.getByTestId('plan-notice')).toHaveTextContent('已暂停催收'));
    const [after] = await callsForAccount(db, 'CC20240003');
    expect(after?.promise).toBeUndefined();
  });

  it('a complaint flag alone does not stop it: the plan and promise are recorded', async () => {
    const { user, db, section } = await planShown();
    await raise(db, 'complaint');
    await waitFor(async () =>
      expect((await callsForAccount(db, 'CC20240003'))[0]?.flags.map((f) => f.flag)).toEqual(['complaint']),
    );
    expect(within(section).queryByTestId('plan-stopped')).toBeNull();
    await user.click(within(section).getByRole('button', { name: /客户同意，记录方案/ }));
    expect(await within(section).findByTestId('plan-promise')).toHaveTextContent('承诺还款');
    const [after] = await callsForAccount(db, 'CC20240003');
    expect(after?.promise).toBeDefined();
  });
});
