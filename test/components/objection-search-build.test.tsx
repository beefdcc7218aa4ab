// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { useObjectionSearch } from '@/components/objections/use-objection-search';
import * as search from '@/lib/objections/search';
import { fixtureObjections } from '../unit/objections/fixtures';

/**
 * A pack's objection index is one entry per pack (use-objection-search.ts): the build under way and,
 * once done, the engine. Two maps (the engine for a first render, the promise for sections mounted
 * meanwhile) could disagree: a build that failed stayed as a rejected promise with no engine, and
 * every later section waited on it for good, on substring search only.
 */
vi.mock('@/lib/objections/search', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/objections/search')>();
  return { ...real, stepUntil: vi.fn(real.stepUntil) };
});

describe('one build per pack, the engine and the build kept together', () => {
  it('renders a section mounted after the build with the full search from its first render', async () => {
    const pack = fixtureObjections('zh-CN');
    const first = renderHook(() => useObjectionSearch(pack, '没钱', {}));
    await waitFor(() => expect(first.result.current.full).toBe(true));
    // Every value the hook returns, the first one before any effect has run.
    const returned: boolean[] = [];
    renderHook(() => {
      const found = useObjectionSearch(pack, '没钱', {});
      returned.push(found.full);
      return found;
    });
    expect(returned[0]).toBe(true);
    expect(returned).not.toContain(false);
  });

  it('builds again for the next section after a build that failed, instead of waiting on it for good', async () => {
    const stepUntil = vi.mocked(search.stepUntil);
    stepUntil.mockClear();
    stepUntil.mockImplementationOnce(() => {
      throw new Error('chunk failed to load');
    });
    const pack = fixtureObjections('en-US');
    const failed = renderHook(() => useObjectionSearch(pack, 'no money', {}));
    await waitFor(() => expect(stepUntil.mock.results[0]?.type).toBe('throw'));
    // The failed section keeps answering with substring search.
    expect(failed.result.current.full).toBe(false);
    expect(failed.result.current.results.length).toBeGreaterThan(0);
    failed.unmount();
    const next = renderHook(() => useObjectionSearch(pack, 'no money', {}));
    await waitFor(() => expect(next.result.current.full).toBe(true));
    expect(next.result.current.results[0]?.source).toBe('match');
  });
});
