/**
 * Issue 15 items 10–11 in real Chromium with the built extension:
 * 1. The panel follows a CRM navigation: from the click on the demo CRM's "next account" link (an
 *    SPA pushState) to the new account key in the panel; and from leaving the CRM for another site
 *    to the panel saying so. Goal: median ≤ 100 ms, max ≤ 300 ms.
 * 2. What the content script costs the CRM page: the heavy demo pages (55,000 nodes with a change
 *    every 10 ms; 4,000 `<br>` remark lines with a ticking call timer) served once from the granted
 *    origin (127.0.0.1: the content script runs) and once from one the extension is not granted
 *    (127.0.0.2: it does not), in the same browser, rounds alternating. Event-loop lag is sampled
 *    by a 10 ms timer in the page; long tasks (≥ 50 ms) by PerformanceObserver from the first byte.
 *    Goal: no long task the page without the extension does not have; lag p95 within 10 %.
 */
import type { Page } from '@playwright/test';
import { buildExtension } from '../../demo/build-extension';
import { ACCOUNTS } from '../../demo/crm/accounts.js';
import { startDemoServer } from '../../demo/server';
import { type Extension, launchWithExtension, openPanel, tabIdOf } from '../e2e/fixtures';

const SWITCHES = 30;
const LEAVES = 10;
const ROUNDS = 3;
const SETTLE_MS = 2000;
const MEASURE_MS = 6000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** In the panel: the time (Date.now) each state first appeared, an account key or the empty headline. */
async function recordPanel(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const firstSeen: Record<string, number> = {};
    const slot = window as unknown as { firstSeen: typeof firstSeen; observer?: MutationObserver };
    slot.observer?.disconnect();
    slot.firstSeen = firstSeen;
    // Callbacks stay anonymous: tsx would wrap a named one in a helper the page does not have.
    slot.observer = new MutationObserver(() => {
      const key = document.querySelector('section.account')?.getAttribute('data-account-key');
      const state = key ?? `empty|${document.querySelector('.account--empty strong')?.textContent ?? ''}`;
      firstSeen[state] ??= Date.now();
    });
    slot.observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

async function firstSeen(panel: Page, state: string): Promise<number> {
  const handle = await panel.waitForFunction(
    (wanted) => (window as unknown as { firstSeen: Record<string, number> }).firstSeen[wanted],
    state,
    { timeout: 10_000, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

async function followTimes(ext: Extension, crmUrl: string, elsewhere: string) {
  const crm = await ext.context.newPage();
  await crm.goto(`${crmUrl}/accounts/${ACCOUNTS[0]?.key}`);
  const panel = await openPanel(ext, await tabIdOf(ext, crm), null);
  await panel.locator(`section.account[data-account-key="${ACCOUNTS[0]?.key}"]`).waitFor({ timeout: 20_000 });

  const switches: number[] = [];
  for (let i = 1; i <= SWITCHES; i++) {
    const next = ACCOUNTS[i % ACCOUNTS.length]?.key ?? '';
    await recordPanel(panel);
    const clicked = await crm.evaluate(() => {
      const at = Date.now();
      document.querySelector<HTMLAnchorElement>('a.next')?.click();
      return at;
    });
    switches.push((await firstSeen(panel, next)) - clicked);
    // A moment on the account, as an agent would; it also keeps one switch from timing the next.
    await crm.waitForTimeout(300);
  }

  const leaves: number[] = [];
  for (let i = 0; i < LEAVES; i++) {
    const key = ACCOUNTS[i]?.key ?? '';
    await crm.goto(`${crmUrl}/accounts/${key}`);
    await panel.locator(`section.account[data-account-key="${key}"]`).waitFor({ timeout: 20_000 });
    await recordPanel(panel);
    const left = await crm.evaluate((url) => {
      const at = Date.now();
      location.href = url;
      return at;
    }, `${elsewhere}/`);
    leaves.push((await firstSeen(panel, 'empty|已离开 CRM 页面，客户信息已清除')) - left);
  }
  await panel.close();
  await crm.close();
  return { switches: switches.sort((a, b) => a - b), leaves: leaves.sort((a, b) => a - b) };
}

interface PageCost {
  lagP95: number;
  lagMax: number;
  longTasks: number;
  longestTask: number;
  read: boolean;
}

async function pageCost(ext: Extension, url: string, withExtension: boolean): Promise<PageCost> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const longs: number[] = [];
    (window as unknown as { longs: number[] }).longs = longs;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longs.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const measured = await page.evaluate(async (ms) => {
    const lags: number[] = [];
    const start = performance.now();
    while (performance.now() - start < ms) {
      const before = performance.now();
      await new Promise((wake) => setTimeout(wake, 10));
      lags.push(Math.max(0, performance.now() - before - 10));
    }
    return { lags, longs: (window as unknown as { longs: number[] }).longs };
  }, MEASURE_MS);
  let read = false;
  if (withExtension) {
    const tabId = await tabIdOf(ext, page);
    read = await ext.worker.evaluate(async (id) => {
      const key = `tab-report:${id}`;
      const entry = (await chrome.storage.session.get(key))[key] as
        | { report?: { kind?: string; context?: { accountKey?: string } } }
        | undefined;
      return entry?.report?.kind === 'account' && entry.report.context?.accountKey === 'CC20240001';
    }, tabId);
  }
  await page.close();
  const lags = measured.lags.sort((a, b) => a - b);
  return {
    lagP95: percentile(lags, 0.95),
    lagMax: lags.at(-1) ?? Number.NaN,
    longTasks: measured.longs.length,
    longestTask: Math.max(0, ...measured.longs),
    read,
  };
}

export default async function crmBench(): Promise<string> {
  const extensionDir = buildExtension('.output/bench');
  const granted = await startDemoServer({ port: 0 });
  // The same pages from an origin the extension is not granted: no content script there.
  const port = Number(new URL(granted.url).port);
  const other = await startDemoServer({ port: port + 1, host: '127.0.0.2' }).catch(() =>
    startDemoServer({ port: 0, host: '127.0.0.2' }),
  );
  const { ext, close } = await launchWithExtension(extensionDir);
  try {
    const follow = await followTimes(ext, granted.url, other.url);

    const pages = [
      ['55,000 nodes, a change every 10 ms', '/heavy.html?page=nodes'],
      ['4,000 `<br>` remark lines, call timer ticking', '/heavy.html?page=remarks'],
    ] as const;
    const costRows: string[] = [];
    for (const [label, path] of pages) {
      const runs: Record<'with' | 'without', PageCost[]> = { with: [], without: [] };
      for (let round = 0; round < ROUNDS; round++) {
        runs.with.push(await pageCost(ext, `${granted.url}${path}`, true));
        runs.without.push(await pageCost(ext, `${other.url}${path}`, false));
      }
      for (const variant of ['without', 'with'] as const) {
        const r = runs[variant];
        costRows.push(
          `| ${label} | ${variant} | ${median(r.map((x) => x.lagP95)).toFixed(1)} | ${Math.max(...r.map((x) => x.lagMax)).toFixed(0)} | ${r.reduce((s, x) => s + x.longTasks, 0)} | ${Math.max(...r.map((x) => x.longestTask)).toFixed(0)} | ${variant === 'with' ? `${r.filter((x) => x.read).length}/${r.length}` : '–'} |`,
        );
      }
    }

    const stat = (times: number[]) =>
      `${times.length} | ${percentile(times, 0.5).toFixed(0)} | ${percentile(times, 0.95).toFixed(0)} | ${(times.at(-1) ?? Number.NaN).toFixed(0)}`;
    return [
      '## The panel follows the CRM; the CRM never slows down (issue 15 items 10–11)',
      '',
      'Panel following a navigation (from the click / `location.href` in the CRM to the panel showing the new state; Date.now in both pages):',
      '',
      '| navigation | runs | median ms | p95 ms | max ms |',
      '|---|---:|---:|---:|---:|',
      `| SPA account switch (pushState) → new account in the panel | ${stat(follow.switches)} |`,
      `| leaving the CRM for another site → "left the CRM" in the panel | ${stat(follow.leaves)} |`,
      '',
      `CRM page cost, ${ROUNDS} alternating rounds of ${MEASURE_MS / 1000} s each after ${SETTLE_MS / 1000} s of settling; lag = how late a 10 ms timer fires; long tasks counted from the first byte:`,
      '',
      '| page | extension | lag p95 ms (median of rounds) | lag max ms | long tasks (all rounds) | longest task ms | account read |',
      '|---|---|---:|---:|---:|---:|---:|',
      ...costRows,
    ].join('\n');
  } finally {
    await close();
    await granted.close();
    await other.close();
  }
}
