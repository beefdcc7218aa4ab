// @vitest-environment jsdom
/**
 * Keys in the objection search box (session 7): what the agent types there is text, digits too,
 * so an amount or a year the customer said can be searched; a digit picks a result only after
 * ↑/↓ moved into the list, and an IME's keys stay the IME's.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inCallWindow, options, searchBox, tab, WANG } from './objections-host';
import { renderPanel } from './render-panel';

inCallWindow();
const card = () => screen.queryByTestId('objection-card');

async function openSearch() {
  await screen.findByTestId('call-status');
  fireEvent.keyDown(document.body, { key: '/' });
  await waitFor(() => expect(document.activeElement).toBe(searchBox()));
  await waitFor(() => expect(options().length).toBeGreaterThan(2));
}

describe('keys in the objection search box', () => {
  it.each(['只能还500', '欠了2万', 'since 2019', 'I can pay 300 on the 15th', '12378'])(
    'types %s as text: no card opens and the search runs on it',
    async (typed) => {
      const user = userEvent.setup();
      await renderPanel(WANG());
      await openSearch();
      await user.type(searchBox(), typed);
      expect(searchBox()).toHaveValue(typed);
      expect(card()).toBeNull();
      expect(tab('objections')).toHaveAttribute('aria-selected', 'true');
      // The list answers the whole query: its heading is the results', and each matched row says so.
      await waitFor(() => expect(screen.getByRole('heading', { name: '异议应答' })).toBeInTheDocument());
      const said = [...document.querySelectorAll('.result__text, .empty')].map((e) => e.textContent);
      expect(said.some((text) => text?.includes(typed))).toBe(true);
    },
  );

  it('on an empty box a digit is text too, and ↓ then a digit picks from the likely list', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    const third = options()[2]?.getAttribute('data-objection-id');
    expect(third).toBeTruthy();
    await user.keyboard('3');
    expect(searchBox()).toHaveValue('3');
    expect(card()).toBeNull();
    await user.clear(searchBox());
    await waitFor(() => expect(options()[2]).toHaveAttribute('data-objection-id', third));
    // Two keys for the third result: ↓ moves into the list, 3 opens it.
    await user.keyboard('{ArrowDown}3');
    expect(card()).toHaveAttribute('data-objection-id', third);
    expect(searchBox()).toHaveValue('');
  });

  it('shows the key that opens a row: ⏎ on the first while typing, numbers after ↓', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    const keys = () => options().map((o) => o.querySelector('kbd') as HTMLElement);
    expect(keys()[0]).toHaveTextContent('⏎');
    expect(keys()[1]).toHaveClass('result__key--idle');
    await user.keyboard('{ArrowDown}');
    expect(keys().map((k) => k.textContent)).toEqual(options().map((_, i) => String(i + 1)));
    expect(keys()[0]).not.toHaveClass('result__key--idle');
    // Typing again leaves the list: the digit is text and the numbers are hidden again.
    await user.keyboard('m5');
    expect(searchBox()).toHaveValue('m5');
    expect(card()).toBeNull();
    await waitFor(() => expect(keys()[0]).toHaveTextContent('⏎'));
  });

  it('coming back with / is typing again, not the list left behind', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    await user.keyboard('{ArrowDown}1');
    expect(card()).not.toBeNull();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: '/' });
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    await user.keyboard('2');
    expect(searchBox()).toHaveValue('2');
  });

  it('leaves keys that belong to an IME composition alone', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    // Enter that commits the composition, a digit that chooses a candidate: not the list's.
    fireEvent.keyDown(searchBox(), { key: 'Enter', isComposing: true });
    expect(card()).toBeNull();
    await user.keyboard('{ArrowDown}');
    fireEvent.keyDown(searchBox(), { key: '2', code: 'Digit2', isComposing: true });
    fireEvent.keyDown(searchBox(), { key: 'Process', code: 'Digit2', keyCode: 229 });
    expect(card()).toBeNull();
    // The same keys outside a composition do their job.
    fireEvent.keyDown(searchBox(), { key: '2', code: 'Digit2' });
    expect(card()).toHaveAttribute('data-objection-id', options()[1]?.getAttribute('data-objection-id'));
  });
});
