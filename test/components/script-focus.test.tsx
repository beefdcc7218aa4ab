// @vitest-environment jsdom
/**
 * Live-call walk 12: the focus follows the script's current line, so the line a screen reader
 * reads and the focus ring shows is the one Space marks. `j` left the focus on the line before;
 * an answer that opened another stage unmounted the focused line and dropped the focus to the page.
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
