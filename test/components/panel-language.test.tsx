// @vitest-environment jsdom
/**
 * The panel's English strings are a chunk of their own, loaded only for an English UI (README
 * "Sizes"): an English agent's panel must still be in English from its first paint, a zh-CN agent's
 * must not wait for (or fetch) that chunk, and a change of language must not blank the panel.
 * The test setup registers English for every other test (page-strings.ts), so these take a fresh
 * copy of the panel's modules, as the side panel has them: zh-CN only until English is loaded.
 */
import { act, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The workspace chunk never arrives here: the panel stays on its first-chunk preview, whose
// "loading the pack" line is in the UI language.
vi.mock('@/components/shell/Workspace', () => new Promise(() => {}));

const HAN = /\p{Script=Han}/u;

/** Every text the panel ever showed, including texts replaced since, and whether it ever went blank. */
function watch(container: HTMLElement) {
  const seen: string[] = [];
  let blanked = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        seen.push(record.oldValue ?? '', record.target.nodeValue ?? '');
      }
      for (const node of record.addedNodes) seen.push(node.textContent ?? '');
      for (const node of record.removedNodes) {
        if (node instanceof HTMLElement && (node.matches('.panel') || node.querySelector('.panel')))
          blanked = true;
      }
    }
  });
  observer.observe(container, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
  });
  return {
    seen: () => [
      ...seen,
      ...observer.takeRecords().flatMap((r) => [...r.addedNodes].map((n) => n.textContent ?? '')),
    ],
    blanked: () => blanked,
    stop: () => observer.disconnect(),
  };
}

async function freshPanel(locale: 'zh-CN' | 'en') {
  vi.resetModules();
  const i18n = await import('@/lib/i18n');
  const { writeSettings } = await import('@/lib/settings');
  const { App } = await import('@/components/shell/App');
  // Precondition of the whole file: without it the tests below could not fail.
  expect(i18n.hasStrings('en')).toBe(false);
  await writeSettings({ locale });
  return { i18n, App, writeSettings };
}

beforeEach(() => {
  fakeBrowser.reset();
  // The panel follows its tab's CRM report over a port; no report comes in these tests.
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(
    () =>
      ({
        onMessage: { addListener: () => {} },
        onDisconnect: { addListener: () => {} },
        postMessage: () => {},
        disconnect: () => {},
      }) as unknown as ReturnType<typeof fakeBrowser.runtime.connect>,
  );
});

describe('the panel’s language', () => {
  it('shows an English agent English from the first paint, never zh-CN while English loads', async () => {
    const { App, i18n } = await freshPanel('en');
    const container = document.createElement('div');
    document.body.append(container);
    const watcher = watch(container);
    render(<App search="?tab=1" />, { container });
    expect(await screen.findByText('Loading the pack…')).toBeInTheDocument();
    expect(i18n.hasStrings('en')).toBe(true);
    const shown = watcher.seen().filter(Boolean);
    watcher.stop();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((text) => HAN.test(text))).toEqual([]);
  });

  it('shows a zh-CN agent the panel without loading English', async () => {
    const { App, i18n } = await freshPanel('zh-CN');
    render(<App search="?tab=1" />);
    expect(await screen.findByText('正在加载话术包…')).toBeInTheDocument();
    expect(i18n.hasStrings('en')).toBe(false);
  });

  it('switches to English at run time: loads it, then shows it, keeping zh-CN on screen meanwhile', async () => {
    const { App, i18n, writeSettings } = await freshPanel('zh-CN');
    const container = document.createElement('div');
    document.body.append(container);
    render(<App search="?tab=1" />, { container });
    await screen.findByText('正在加载话术包…');
    const watcher = watch(container);
    await act(() => writeSettings({ locale: 'en' }));
    expect(await screen.findByText('Loading the pack…')).toBeInTheDocument();
    expect(i18n.hasStrings('en')).toBe(true);
    watcher.stop();
    expect(watcher.blanked()).toBe(false);
    expect(screen.queryByText('正在加载话术包…')).not.toBeInTheDocument();
  });
});
