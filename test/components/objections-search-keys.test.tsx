// @vitest-environment jsdom
/**
 * The search box's list keys as a hook (review debts, item 3): the handlers are built again only
 * when the list, the highlight or browsing changes, and opening a card calls the section's latest
 * `open` (a new function on every render).
 */
import { renderHook } from '@testing-library/react';
import { type SearchKeyState, useSearchKeys } from '@/components/objections/use-search-keys';
import type { ListedResult } from '@/lib/objections/fallback';
import type { Objection } from '@/lib/pack/schema';

const objection = (id: string) => ({ id, title: id }) as unknown as Objection;
const listed = (id: string): ListedResult => ({
  objection: objection(id),
  score: 1,
  match: null,
  source: 'match',
});
const RESULTS = [listed('noMoney'), listed('lostJob'), listed('illness')];
const arrow = (key: string) => new KeyboardEvent('keydown', { key });

function setup(initial: Partial<SearchKeyState> = {}) {
  const setActive = vi.fn();
  const setBrowsing = vi.fn();
  const props: SearchKeyState = {
    results: RESULTS,
    activeIndex: 0,
    browsing: false,
    setActive,
    setBrowsing,
    open: vi.fn(),
    ...initial,
  };
  const hook = renderHook((p: SearchKeyState) => useSearchKeys(p), { initialProps: props });
  return { ...hook, props, setActive, setBrowsing };
}

describe('useSearchKeys', () => {
  it('keeps the same handlers across renders with the same list, a new open callback included', () => {
    const { result, rerender, props } = setup();
    const first = result.current;
    rerender({ ...props, open: vi.fn() });
    expect(result.current).toBe(first);
    rerender({ ...props, open: vi.fn(), activeIndex: 1 });
    expect(result.current).not.toBe(first);
    const moved = result.current;
    rerender({ ...props, activeIndex: 1, results: RESULTS.slice(0, 2) });
    expect(result.current).not.toBe(moved);
  });

  it('opens the highlighted result with the latest open', () => {
    const { result, rerender, props } = setup();
    const latest = vi.fn();
    rerender({ ...props, activeIndex: 2, open: latest });
    expect(result.current['objections.open'](arrow('Enter'), 'Enter')).toBe(true);
    expect(latest).toHaveBeenCalledWith(RESULTS[2]?.objection);
    expect(props.open).not.toHaveBeenCalled();
  });

  it('moves within the list and marks browsing; a digit picks only while browsing', () => {
    const { result, rerender, props, setActive, setBrowsing } = setup({ activeIndex: 2 });
    expect(result.current['objections.move'](arrow('ArrowDown'), 'ArrowDown')).toBe(true);
    expect(setActive).toHaveBeenLastCalledWith(2);
    expect(result.current['objections.move'](arrow('ArrowUp'), 'ArrowUp')).toBe(true);
    expect(setActive).toHaveBeenLastCalledWith(1);
    expect(setBrowsing).toHaveBeenLastCalledWith(true);
    expect(result.current['objections.pick'](arrow('2'), '2')).toBe(false);
    const open = vi.fn();
    rerender({ ...props, activeIndex: 2, browsing: true, open });
    expect(result.current['objections.pick'](arrow('2'), '2')).toBe(true);
    expect(open).toHaveBeenCalledWith(RESULTS[1]?.objection);
    expect(result.current['objections.pick'](arrow('9'), '9')).toBe(false);
  });

  it('handles no key on an empty list', () => {
    const { result } = setup({ results: [] });
    expect(result.current['objections.move'](arrow('ArrowDown'), 'ArrowDown')).toBe(false);
    expect(result.current['objections.open'](arrow('Enter'), 'Enter')).toBe(false);
  });
});
