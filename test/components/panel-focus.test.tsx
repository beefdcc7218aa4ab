// @vitest-environment jsdom
/**
 * Live-call walk 12: the focus follows the script's current line, so the line a screen reader
 * reads and the focus ring shows is the one Space marks. `j` left the focus on the line before;
 * an answer that opened another stage unmounted the focused line and dropped the focus to the page.
 * Another account (a CRM tab switch) remounts the open section: the focus stays in the section.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { account, altChord, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();

/** A key pressed where the focus is, as the browser sends it. */
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });
const focusedLine = () => (document.activeElement as HTMLElement | null)?.getAttribute('data-line-id');
const currentLine = () => document.querySelector('.line--current')?.getAttribute('data-line-id');

describe('the focus follows the script’s current line', () => {
  it('j and k move the focus with the current line', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    press('2');
    await waitFor(() => expect(focusedLine()).toBe('e-identify-greet'));
    press('j');
    expect(currentLine()).toBe('e-identify-who');
    await waitFor(() => expect(focusedLine()).toBe('e-identify-who'));
    press('k');
    await waitFor(() => expect(focusedLine()).toBe('e-identify-greet'));
  });

  it('an answer that opens another stage focuses its first line, not the page', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    altChord('s');
    await screen.findByRole('button', { name: /^结束通话/ });
    press('2');
    await waitFor(() => expect(focusedLine()).toBe('e-identify-greet'));
    // Someone else answered: the third-party stage replaces the lines.
    press('b');
    expect(await screen.findByTestId('third-party-mode')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(focusedLine()).toBe(currentLine());
    expect(document.activeElement?.closest('#section-script')).not.toBeNull();
  });
});

describe('another account in the panel', () => {
  it('keeps the focus in the open section, not on the page', async () => {
    const { rerenderWith } = await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    press('5');
    const note = await screen.findByLabelText('本账户笔记');
    note.focus();
    await rerenderWith(ready(account('CC2', '李强', 876543, 45)));
    await waitFor(() => expect(document.querySelector('[data-account-key="CC2"]')).not.toBeNull());
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement?.closest('#section-notes')).not.toBeNull();
  });
});

describe('a question or dialog closed by Esc gives the focus back', () => {
  it('the key map returns the focus to the script line it was opened from', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    press('2');
    await waitFor(() => expect(focusedLine()).toBe('e-identify-greet'));
    press('j');
    await waitFor(() => expect(focusedLine()).toBe('e-identify-who'));
    press('?');
    const keyMap = await screen.findByRole('dialog', { name: '快捷键' });
    await waitFor(() => expect(keyMap.contains(document.activeElement)).toBe(true));
    press('Escape');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(focusedLine()).toBe('e-identify-who'));
  });

  it('the end-call question returns the focus to the line, or to the section when nothing had it', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    altChord('s');
    await screen.findByRole('button', { name: /^结束通话/ });
    press('2');
    await waitFor(() => expect(focusedLine()).toBe('e-identify-greet'));
    altChord('e');
    const question = await screen.findByRole('alertdialog');
    await waitFor(() => expect(question.contains(document.activeElement)).toBe(true));
    press('Escape');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(focusedLine()).toBe('e-identify-greet'));
    expect(screen.getByTestId('call-status')).toHaveTextContent('通话中');

    (document.activeElement as HTMLElement).blur();
    altChord('e');
    await screen.findByRole('alertdialog');
    press('Escape');
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('section-script')));
  });
});
