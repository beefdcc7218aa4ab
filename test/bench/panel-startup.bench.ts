/**
 * Issue 7: side-panel start-up in real Chromium, with an empty database and with 100,000 calls and
 * 100,000 notes over 5,000 accounts (the goal: start-up unaffected by the database's size).
 * Start-up is from navigation to the first script line on screen (pack loaded, account shown, the
 * account's call in progress looked up).
 */
import { resolve } from 'node:path';
import { buildExtension } from '../../demo/build-extension';
import { startDemoServer } from '../../demo/server';
import { launchWithExtension, openPanel, tabIdOf } from '../e2e/fixtures';

const OPENS = 15;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

export default async function panelStartupBench(): Promise<string> {
  const extensionDir = buildExtension('.output/bench');
  const server = await startDemoServer({
    port: 0,
    packsDir: resolve(import.meta.dirname, '../../lib/pack/defaults'),
  });
  const { ext, close } = await launchWithExtension(extensionDir);
  try {
    const crm = await ext.context.newPage();
    await crm.goto(`${server.url}/accounts/CC20240002`);
    const tabId = await tabIdOf(ext, crm);

    const measure = async (): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < OPENS; i++) {
        const panel = await openPanel(ext, tabId, null);
        await panel.locator('.lines li').first().waitFor({ timeout: 20_000 });
        // The call bar appears once the account's call in progress has been looked up in Dexie.
        await panel.getByTestId('call-status').waitFor({ timeout: 20_000 });
        times.push(await panel.evaluate(() => performance.now()));
        await panel.close();
      }
      return times.sort((a, b) => a - b);
    };

    await measure(); // warm the browser's caches once
    const empty = await measure();

    // Fill the panel's own database the way the extension writes it (Dexie v2 = IndexedDB 20).
    const filler = await openPanel(ext, tabId, null);
    await filler.locator('.lines li').first().waitFor();
    const filled = await filler.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('call-assist');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const started = performance.now();
      const day = 86_400_000;
      const base = Date.UTC(2026, 0, 1);
      for (let batch = 0; batch < 20; batch++) {
        await new Promise<void>((ok, fail) => {
          const tx = db.transaction(['calls', 'notes'], 'readwrite');
          const calls = tx.objectStore('calls');
          const notes = tx.objectStore('notes');
          for (let i = batch * 5000; i < (batch + 1) * 5000; i++) {
            const accountKey = `BENCH${String(i % 5000).padStart(5, '0')}`;
            const at = base + (i % 300) * day + i;
            calls.put({
              id: `call-${i}`,
              accountKey,
              adapterId: 'demo-crm',
              packId: 'default-zh-CN',
              packVersion: 1,
              startedAt: at,
              endedAt: at + 180_000,
              segmentId: 'seg-early',
              stages: [{ stageId: 'e-identify', at }],
              linesSaid: [{ lineId: 'e-identify-greet', stageId: 'e-identify', at }],
              checklist: {},
              objections: [],
              overrides: [],
              disposition: { id: i % 3 === 0 ? 'PTP' : 'NA', at: at + 180_000 },
              answered: i % 3 === 0,
              conversation: i % 3 === 0,
              flags: [],
            });
            notes.put({
              id: `note-${i}`,
              accountKey,
              callId: `call-${i}`,
              text: `客户表示月底发工资后还款，已复述金额与日期。第 ${i} 条。`,
              masked: [],
              createdAt: at + 60_000,
              updatedAt: at + 60_000,
            });
          }
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
      }
      const seconds = (performance.now() - started) / 1000;
      db.close();
      return seconds;
    });
    await filler.close();
    const full = await measure();

    const row = (label: string, times: number[]) =>
      `| ${label} | ${times.length} | ${percentile(times, 0.5).toFixed(0)} | ${percentile(times, 0.95).toFixed(0)} |`;
    return [
      '## Side-panel start-up in Chromium (issue 7)',
      '',
      `From navigation to the first script line and the call bar on screen, ${OPENS} opens each (writing the rows took ${filled.toFixed(1)} s).`,
      '',
      '| database | opens | median ms | p95 ms |',
      '|---|---:|---:|---:|',
      row('empty', empty),
      row('100,000 calls + 100,000 notes, 5,000 accounts', full),
    ].join('\n');
  } finally {
    await close();
    await server.close();
  }
}
