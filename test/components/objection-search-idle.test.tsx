// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { useObjectionSearch } from '@/components/objections/use-objection-search';
import { fixtureObjections } from '../unit/objections/fixtures';

/**
 * The panel builds a pack's search index a few steps per idle period (issue 11): in one piece, a
 * pack of a few thousand objections held the panel for about a second when it arrived, mid-call
 * too. Until the index is done, substring search answers.
 */

/**
 * Idle periods with no time left (the build may run one step in each, no more), by the work asked
 * for: the panel's (asked with a deadline) apart from pinyin-pro's own, which it asks for on load.
 */
function idlePeriods(didTimeout = false): Map<IdleRequestCallback, number> {
  const periods = new Map<IdleRequestCallback, number>();
  vi.stubGlobal('requestIdleCallback', (work: IdleRequestCallback, options?: IdleRequestOptions) => {
    // Never left waiting for an idle period that a busy panel does not have: a deadline.
    if ((options?.timeout ?? 0) > 0) periods.set(work, (periods.get(work) ?? 0) + 1);
    setTimeout(() => work({ didTimeout, timeRemaining: () => 0 }), 0);
    return periods.size;
  });
  return periods;
}

describe('the objection index is built while the panel is idle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes many idle periods, each with a deadline, and then answers with the full search', async () => {
    const periods = idlePeriods();
    const pack = fixtureObjections('zh-CN');
    const { result } = renderHook(() => useObjectionSearch(pack, '没钱', {}));
    expect(result.current.full).toBe(false);
    // Substring search answers while the index is built.
    expect(result.current.results.length).toBeGreaterThan(0);
    await waitFor(() => expect(result.current.full).toBe(true));
    // The build's steps (texts, each list, the overlap) each took an idle period of their own.
    const [build] = [...periods.values()];
    expect(build).toBeGreaterThan(8);
    expect(result.current.results[0]?.source).toBe('match');
  });

  it('still builds on a panel never idle: each period that timed out runs a slice of steps', async () => {
    const periods = idlePeriods(true);
    const pack = fixtureObjections('zh-CN');
    const { result } = renderHook(() => useObjectionSearch(pack, '没钱', {}));
    await waitFor(() => expect(result.current.full).toBe(true));
    expect(periods.size).toBeGreaterThanOrEqual(1);
    expect(result.current.results[0]?.source).toBe('match');
  });

  it('builds a pack once for two sections mounted while it is built', async () => {
    const periods = idlePeriods();
    const earlier = fixtureObjections('en-US');
    const first = renderHook(() => useObjectionSearch(earlier, 'no money', {}));
    await waitFor(() => expect(first.result.current.full).toBe(true));
    const before = new Set(periods.keys());
    const pack = fixtureObjections('en-US');
    const a = renderHook(() => useObjectionSearch(pack, 'no money', {}));
    const b = renderHook(() => useObjectionSearch(pack, 'broke', {}));
    await waitFor(() => expect(a.result.current.full && b.result.current.full).toBe(true));
    // One build (and its concept tables filled after it), not one per section.
    const started = [...periods.keys()].filter((work) => !before.has(work));
    expect(started.length).toBeGreaterThanOrEqual(1);
    expect(started.length).toBeLessThanOrEqual(2);
  });
});
