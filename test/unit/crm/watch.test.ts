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

  it('reads at once after a pushState with a DOM change, then debounces the rest of the render', async () => {
    start();
    history.pushState({}, '', '/accounts/CC20240002');
    const main = document.getElementById('account')!;
    main.setAttribute('data-account-key', 'CC20240002');
    await elapse(0);
    expect(onChange).toHaveBeenCalledTimes(2);
    await elapse(50);
    main.querySelector('h1')!.textContent = '王芳';
    await elapse(100);
    expect(onChange).toHaveBeenCalledTimes(2);
    await elapse(60);
    expect(onChange).toHaveBeenCalledTimes(3);
    await elapse(1000);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('notices a URL change with no DOM change by polling, and reads at once', async () => {
    start();
    // A page-world pushState fires no event a content script can hear.
    history.pushState({}, '', '/accounts/CC20240003');
    await elapse(90);
    expect(onChange).toHaveBeenCalledTimes(1);
    await elapse(20);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('reads at once after popstate and hashchange', async () => {
    start();
    dispatchEvent(new PopStateEvent('popstate'));
    await elapse(0);
    expect(onChange).toHaveBeenCalledTimes(2);
    dispatchEvent(new HashChangeEvent('hashchange'));
    await elapse(0);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('does not let a render burst postpone the read a navigation asked for', async () => {
    start();
    history.pushState({}, '', '/accounts/CC20240004');
    const h1 = document.querySelector('h1')!;
    h1.textContent = '孙丽';
    await Promise.resolve();
    h1.textContent = '孙丽 ';
    await elapse(0);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('reads again after a quiet moment when asked to settle, bounded on a busy page', async () => {
    const watch = start();
    watch.settle();
    await elapse(40);
    expect(onChange).toHaveBeenCalledTimes(1);
    await elapse(15);
    expect(onChange).toHaveBeenCalledTimes(2);
    // A page that changes every 20 ms: the settle read still comes within 200 ms.
    watch.settle();
    const h1 = document.querySelector('h1')!;
    for (let i = 0; i < 10; i++) {
      h1.textContent = `张伟 ${i}`;
      await elapse(20);
    }
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
