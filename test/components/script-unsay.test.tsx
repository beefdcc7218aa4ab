// @vitest-environment jsdom
/**
 * Live-call walk 10: a Space pressed on the wrong line recorded the recording notice as given and
 * ticked its checklist item, with no way back (the checklist leaves a line's tick to the script,
 * and the script's "mark said" button, a pressed toggle, did nothing when pressed again).
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callsForAccount } from '@/lib/db';
import { account, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();

async function saidByMistake() {
  const user = userEvent.setup();
  const rendered = await renderPanel(ready(account('CC3', '王芳', 321000, 12)));
  await user.keyboard('{Alt>}s{/Alt}');
  await screen.findByRole('button', { name: /^结束通话/ });
  await user.keyboard('2');
  await user.keyboard(' ');
  const call = async () => (await act(() => callsForAccount(rendered.db, 'CC3')))[0];
  await waitFor(async () => expect((await call())?.checklist['recording-notice']?.by).toBe('line'));
  expect((await call())?.linesSaid.map((s) => s.lineId)).toEqual(['e-identify-greet']);
  return { user, call };
}

describe('taking back a line marked said by mistake', () => {
  it('U takes back the current line and the checklist item it ticked', async () => {
    const { user, call } = await saidByMistake();
    await user.keyboard('u');
    await waitFor(async () => expect((await call())?.linesSaid).toEqual([]));
    expect((await call())?.checklist['recording-notice']).toBeUndefined();
  });

  it('the pressed “mark said” button, pressed again, takes it back', async () => {
    const { user, call } = await saidByMistake();
    const button = screen.getAllByRole('button', { name: /^标记已说: 您好/ })[0];
    if (!button) throw new Error('no button');
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    await user.click(button);
    await waitFor(async () => expect((await call())?.checklist['recording-notice']).toBeUndefined());
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
  });
});
