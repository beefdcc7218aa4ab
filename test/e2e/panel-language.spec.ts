/**
 * The panel's English strings are a chunk of their own (lib/i18n/catalogue-en.ts, README "Sizes"):
 * in the built extension an English agent's panel loads it and is English from its first paint.
 * (That a zh-CN panel never loads it: budgets.spec.ts and test/components/panel-language.test.tsx.)
 */
import { expect, openAccount, test } from './fixtures';

/** Every text of the panel's UI chrome (pack line, section tabs) it ever showed, from the first paint. */
async function recordUiTexts(context: import('@playwright/test').BrowserContext) {
  await context.addInitScript(() => {
    if (!location.pathname.endsWith('/sidepanel.html')) return;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const node of document.querySelectorAll('.pack-line')) seen.push(`line ${node.textContent}`);
      for (const node of document.querySelectorAll('[role="tab"]')) seen.push(`tab ${node.textContent}`);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

test('an English agent’s panel shows no zh-CN UI text while its English strings load', async ({
  ext,
  crmUrl,
}) => {
  await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { locale: 'en' } }));
  await recordUiTexts(ext.context);
  const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
  await expect(panel.getByRole('tab', { name: /Script/ })).toBeVisible();
  const seen = await panel.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.length).toBeGreaterThan(0);
  // The zh-CN pack line ("正在加载话术包…", "话术包：…") and section tabs; the pack's own title is Chinese.
  const zhUi = (text: string) =>
    /^line (正在加载|话术包：)/.test(text) || /^tab .*(合规|话术|异议|方案|笔记)/.test(text);
  expect(seen.some((text) => text.startsWith('tab '))).toBe(true);
  expect(seen.filter(zhUi)).toEqual([]);
});
