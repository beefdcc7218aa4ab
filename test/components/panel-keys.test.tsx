// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callsForAccount, updateCall } from '@/lib/db';
import { account, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();

const current = () => document.querySelector<HTMLElement>('.line--current');

async function startedPanel() {
  const user = userEvent.setup();
  const rendered = await renderPanel(ready(account('CC9', '王芳', 321000, 12)));
  await screen.findByRole('button', { name: /开始通话/ });
  await user.keyboard('{Alt>}s{/Alt}');
  await screen.findByRole('button', { name: /^结束通话/ });
  return { user, ...rendered };
}

describe('the panel keys (issue 15 items 1–3)', () => {
  it('types s and e into the note box as letters: no call ends or starts', async () => {
    const { user, db } = await startedPanel();
    await user.keyboard('5');
    const box = screen.getByRole('textbox', { name: '本账户笔记' });
    expect(document.activeElement).toBe(box);
    await user.keyboard('kehu shuo es');
    expect(box).toHaveValue('kehu shuo es');
    expect(await callsForAccount(db, 'CC9')).toHaveLength(1);
    expect(screen.getByRole('button', { name: /^结束通话/ })).toBeInTheDocument();
    // Esc leaves the field for the section; digits switch sections again.
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(document.getElementById('section-notes'));
    await user.keyboard('2');
    expect(document.activeElement).toBe(current());
  });

  it('marks the current line with Space after any section switch', async () => {
    const { user, db } = await startedPanel();
    await user.keyboard('3');
    await user.keyboard('{Escape}');
    await user.keyboard('1');
    await user.keyboard('2');
    await user.keyboard(' ');
    await waitFor(async () => {
      const [call] = await callsForAccount(db, 'CC9');
      expect(call?.linesSaid.map((l) => l.lineId)).toEqual(['e-identify-greet']);
    });
  });

  it('counts an answer by its letter as said', async () => {
    const { user, db } = await startedPanel();
    await user.keyboard('2');
    await user.keyboard('j');
    await user.keyboard('a');
    await waitFor(async () => {
      const [call] = await callsForAccount(db, 'CC9');
      expect(call?.linesSaid.map((l) => l.lineId)).toContain('e-identify-who');
    });
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('核实身份');
  });

  it('asks before Alt+E ends a call that is not wrapped up', async () => {
    const { user, db } = await startedPanel();
    await user.keyboard('{Alt>}e{/Alt}');
    const dialog = await screen.findByRole('alertdialog');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: /结束通话/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await callsForAccount(db, 'CC9'))[0]?.endedAt).toBeUndefined();
    await user.keyboard('{Alt>}e{/Alt}');
    await screen.findByRole('alertdialog');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await callsForAccount(db, 'CC9'))[0]?.endedAt).toBeDefined());
  });

  it('fires nothing while an IME composes', async () => {
    const { db } = await startedPanel();
    act(() => {
      fireEvent.keyDown(document.body, { key: '2', code: 'Digit2' });
    });
    fireEvent.keyDown(document.body, { key: ' ', code: 'Space', isComposing: true });
    fireEvent.keyDown(document.body, { key: 'Process', code: 'KeyE', altKey: true, keyCode: 229 });
    const [call] = await callsForAccount(db, 'CC9');
    expect(call?.linesSaid).toEqual([]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('fills the commit stage’s read-back from the agreed plan and promise', async () => {
    const { user, db } = await startedPanel();
    const [call] = await callsForAccount(db, 'CC9');
    if (!call) throw new Error('no call');
    await act(async () => {
      await updateCall(db, call.id, (c) => ({
        ...c,
        plan: { type: 'instalmentFlat', summary: '分期还款 12期，每期¥280.00', schedule: [] },
        promise: { amount: 28000, date: '2026-06-20' },
      }));
    });
    await user.click(screen.getByRole('button', { name: '确认承诺 · 复述' }));
    expect(await screen.findByTestId('agreed-terms')).toHaveTextContent(
      '已约定，按此复述： 分期还款 12期，每期¥280.00；2026-06-20 前还款 ¥280.00',
    );
  });
});
