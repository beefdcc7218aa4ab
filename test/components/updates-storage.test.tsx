// @vitest-environment jsdom
/** The panel's window on the sync state: a slow read answering last never puts back an older value. */
import { act, renderHook, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACK_SEEN_KEY, usePackSeen } from '@/components/updates/storage';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('usePackSeen', () => {
  it('keeps the newest value when the first read answers after a later one', async () => {
    await fakeBrowser.storage.local.set({ [PACK_SEEN_KEY]: { 'default-zh-CN': 1 } });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    // The first read is held until the test lets it go, with what storage held when it was asked.
    let releaseFirst: () => void = () => undefined;
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const answer = await get(keys as string);
      if (++calls > 1) return answer;
      await new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      return answer;
    });
    const { result } = renderHook(() => usePackSeen());
    await waitFor(() => expect(calls).toBe(1));
    await act(async () => {
      await fakeBrowser.storage.local.set({ [PACK_SEEN_KEY]: { 'default-zh-CN': 2 } });
    });
    await waitFor(() => expect(result.current).toEqual({ 'default-zh-CN': 2 }));
    await act(async () => {
      releaseFirst();
    });
    expect(result.current).toEqual({ 'default-zh-CN': 2 });
  });
});
