// @vitest-environment jsdom
import { watchCrm } from '../../../lib/crm/watch';

/** MutationObserver callbacks run as microtasks; let them run, then move the clock. */
async function elapse(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watchCrm', () => {
  let controller: AbortController;
  let onChange: ReturnType<typeof vi.fn<() => void>>;

  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/accounts/CC20240001');
    const main = document.createElement('main');
    main.id = 'account';
    main.dataset.accountKey = 'CC20240001';
    main.append(Object.assign(document.createElement('h1'), { textContent: '张伟' }));
    document.body.replaceChildren(main);
    controller = new AbortController();
    onChange = vi.fn<() => void>();
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const start = (debounceMs?: number) =>
    watchCrm({
      window,
      onChange,
      signal: controller.signal,
      ...(debounceMs ? { debounceMs } : {}),
    });

  it('reads once at start', () => {
    start();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('fires once after a pushState and the DOM change that follows, debounced', async () => {
    start();
    history.pushState({}, '', '/accounts/CC20240002');
    const main = document.getElementById('account')!;
    main.setAttribute('data-account-key', 'CC20240002');
    await elapse(50);
    main.querySelector('h1')!.textContent = '王芳';
    await elapse(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    await elapse(60);
    expect(onChange).toHaveBeenCalledTimes(2);
    await elapse(1000);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('notices a URL change with no DOM change by polling', async () => {
    start();
    // A page-world pushState fires no event a content script can hear.
    history.pushState({}, '', '/accounts/CC20240003');
    await elapse(240);
    expect(onChange).toHaveBeenCalledTimes(1);
    await elapse(250 + 150);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('fires after popstate and hashchange', async () => {
    start();
    dispatchEvent(new PopStateEvent('popstate'));
    await elapse(150);
    expect(onChange).toHaveBeenCalledTimes(2);
    dispatchEvent(new HashChangeEvent('hashchange'));
    await elapse(150);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('still reads at least once a second on a page that never stops changing', async () => {
    start();
    const h1 = document.querySelector('h1')!;
    for (let i = 0; i < 30; i++) {
      h1.textContent = `张伟 ${i}`;
      await elapse(100);
    }
    // 3 s of changes every 100 ms: the start read plus one per second of churn.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('honours a custom debounce', async () => {
    start(500);
    document.querySelector('h1')!.textContent = '李强';
    await elapse(400);
    expect(onChange).toHaveBeenCalledTimes(1);
    await elapse(150);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('stops everything when the signal aborts, including a pending read', async () => {
    start();
    document.querySelector('h1')!.textContent = '李强';
    await elapse(10);
    controller.abort();
    await elapse(500);
    document.querySelector('h1')!.textContent = '赵磊';
    history.pushState({}, '', '/accounts/CC20240009');
    dispatchEvent(new PopStateEvent('popstate'));
    dispatchEvent(new HashChangeEvent('hashchange'));
    await elapse(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing when started with an aborted signal', async () => {
    controller.abort();
    start();
    document.querySelector('h1')!.textContent = '李强';
    await elapse(1000);
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
