/**
 * What the objection section's component tests share: the panel's clock inside the call window
 * (starting a call must not depend on when CI runs), the demo account, and the search's parts.
 */
import { screen, within } from '@testing-library/react';
import { account, ready } from './render-panel';

/** A Monday 10:00 in Shanghai, inside the call window, for every test of the calling file. */
export function inCallWindow(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-15T10:00:00+08:00'));
    history.replaceState(null, '', '/');
  });
  afterEach(() => vi.useRealTimers());
}

export const WANG = () => ready(account('CC2', '王芳', 321000, 12));
export const searchBox = () => screen.getByRole('combobox', { name: '搜索客户异议' });
export const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');
export const tab = (id: string) => document.getElementById(`tab-${id}`) as HTMLElement;
