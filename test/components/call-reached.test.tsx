// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, altChord, defaultPack, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();

describe('the debtor reached (issue 12 §2)', () => {
  it('Alt+C counts the call as a conversation, without a wrap-up', async () => {
    const { db } = await renderPanel(ready(account('CC31', '王芳', 321000, 12)));
    await screen.findByRole('button', { name: /开始通话/ });
    altChord('s');
    const reached = await screen.findByRole('button', { name: /本人已接通/ });
    expect((await db.calls.toArray())[0]?.conversation).toBe(false);
    altChord('c');
    await screen.findByText('已记为与本人通话');
    expect(reached).not.toBeInTheDocument();
    const [call] = await db.calls.toArray();
    expect(call).toMatchObject({ answered: true, conversation: true });
    expect(call?.disposition).toBeUndefined();
  });

  it('the button does the same, and nothing happens before a call', async () => {
    const { db } = await renderPanel(ready(account('CC32', '王芳', 321000, 12)));
    await screen.findByRole('button', { name: /开始通话/ });
    altChord('c');
    expect(screen.queryByRole('button', { name: /本人已接通/ })).toBeNull();
    expect(await db.calls.count()).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: /开始通话/ }));
    await userEvent.click(await screen.findByRole('button', { name: /本人已接通/ }));
    await waitFor(async () => expect((await db.calls.toArray())[0]?.conversation).toBe(true));
  });
});

describe('an account no segment covers (issue 12 §3)', () => {
  it('is still called and recorded with no segment, and the Guard says so', async () => {
    const pack = defaultPack();
    if (!pack.ok) throw new Error('default pack');
    // Only the late segment: an account 12 days past due falls through every segment.
    const late = pack.pack.segments.filter((s) => s.id === 'seg-late');
    const uncovered = { ...pack, pack: { ...pack.pack, segments: late } };
    const { db } = await renderPanel(ready(account('CC33', '王芳', 321000, 12)), { pack: uncovered });
    await screen.findByRole('button', { name: /开始通话/ });
    altChord('s');
    await screen.findByText(/没有任何客群覆盖该账户/);
    const [call] = await db.calls.toArray();
    expect(call).toBeDefined();
    expect(call?.segmentId).toBeUndefined();
  });
});
