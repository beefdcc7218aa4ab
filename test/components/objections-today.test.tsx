// @vitest-environment jsdom
/**
 * The objection search never reads the clock (review of session 6, item 2): the panel passes the
 * day of the call, so a year the customer says is old or recent by the panel's clock.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import enPackJson from '@/lib/pack/defaults/en-US.json';
import { parsePack } from '@/lib/pack/parse';
import type { ActivePack } from '@/lib/pack/store';
import { account, ready, renderPanel } from './render-panel';

function enPack(): ActivePack {
  const parsed = parsePack(enPackJson);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return { ok: true, pack: parsed.pack, source: 'bundled' };
}

afterEach(() => vi.useRealTimers());

/** The title of the first card the panel shows for `query` when its clock reads `now`. */
async function firstCardOn(now: string, query: string): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  const user = userEvent.setup();
  await renderPanel(ready(account('US1', 'Jane Doe', 321000, 12)), { pack: enPack(), locale: 'en' });
  await screen.findByTestId('call-status');
  fireEvent.keyDown(document.body, { key: '/' });
  const box = screen.getByRole('combobox', { name: 'Search objections' });
  await waitFor(() => expect(document.activeElement).toBe(box));
  // Pasted: a digit typed in the search box picks a result (ObjectionsSection onSearchKey).
  await user.paste(query);
}

const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');
const QUERY = 'nothing on it since 2019';

it('reads a year the customer says as long past by the panel’s day of the call', async () => {
  await firstCardOn('2026-06-15T10:00:00-04:00', QUERY);
  await waitFor(() => expect(options()[0]).toHaveTextContent('Statute of limitations'), { timeout: 5000 });
});

it('reads the same year as recent when the panel’s clock says it is', async () => {
  await firstCardOn('2020-06-15T10:00:00-04:00', QUERY);
  // The full index has answered once the reason the sentence says (no money) comes first.
  await waitFor(() => expect(options()[0]).toHaveTextContent('No money right now'), { timeout: 5000 });
  expect(
    options()
      .map((o) => o.textContent)
      .join(' '),
  ).not.toContain('Statute of limitations');
});
