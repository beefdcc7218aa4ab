/**
 * Issue 16 §10: audits of what leaves the panel and what stays on disk, over a whole session:
 * CRM account, call, every section, a note, a wrap-up with reasons and an override, the options
 * page. Personal numbers are typed (in the forms agents type them) into every free-text field.
 */
import type { Page, Request } from '@playwright/test';
import { type Extension, expect, openAccount, openExtensionPage, test } from './fixtures';
import { startCall } from './panel-steps';

/** Whole numbers typed during the session, as digits only: none may be found on disk. */
const TYPED = {
  card: '4111111111111111',
  cardFullWidth: '6225881234521234',
  id: '11010519491231002X',
  mobile: '13900139000',
  account: '6222021234567891',
} as const;
const NOTE = `客户卡号 4111 1111 1111 1111，身份证 110105 19491231 002X，手机 139-0013-9000`;
const REASON = `客户报卡号６２２５８８１２３４５２１２３４，账号 6222 0212 3456 7891`;
const OVERRIDE = `主管同意，客户身份证 11010519491231002X，卡 4111-1111-1111-1111`;

async function session(ext: Extension, crmUrl: string): Promise<Page> {
  const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
  await startCall(panel);
  // The debtor confirms who they are: the call owes the disclosure stage's items (an override is needed).
  await panel.getByRole('button', { name: 'A 是本人', exact: true }).click();
  for (const name of [/异议/, /方案/, /笔记/]) await panel.getByRole('tab', { name }).click();
  const box = panel.getByLabel('本账户笔记');
  await box.fill(NOTE);
  await expect(panel.getByTestId('draft-status')).toContainText('草稿已保存');
  await panel.getByLabel('结果代码').selectOption('RTP');
  await panel.getByLabel('原因', { exact: true }).fill(REASON);
  await panel.getByLabel('例外：未完成必做事项也保存').check();
  await panel.getByLabel('例外原因').fill(OVERRIDE);
  await panel.getByRole('button', { name: '保存通话结果' }).click();
  await expect(panel.getByTestId('wrap-up-saved')).toBeVisible();
  const options = await openExtensionPage(ext, 'options');
  await expect(options.getByRole('heading').first()).toBeVisible();
  await options.close();
  return panel;
}

test.describe('privacy audits', () => {
  test('the extension makes no network request but the pack download over a whole session', async ({
    ext,
    crmUrl,
  }) => {
    const origin = `chrome-extension://${ext.id}`;
    const leaving: string[] = [];
    const fromExtension = (request: Request) => {
      if (request.serviceWorker()) return true;
      try {
        return request.frame().page().url().startsWith(origin) || request.frame().url().startsWith(origin);
      } catch {
        return false;
      }
    };
    ext.context.on('request', (request) => {
      const url = request.url();
      // The pack URL is empty in a fresh profile: nothing may leave at all.
      if (fromExtension(request) && !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))
        leaving.push(url);
    });
    // Requests the service worker makes itself (fetch from the worker).
    await ext.worker.evaluate(() => {
      const original = self.fetch.bind(self);
      (self as unknown as { __fetched: string[] }).__fetched = [];
      self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        (self as unknown as { __fetched: string[] }).__fetched.push(
          String(input instanceof Request ? input.url : input),
        );
        return original(input, init);
      };
    });
    await session(ext, crmUrl);
    const workerFetched = await ext.worker.evaluate(
      () => (self as unknown as { __fetched: string[] }).__fetched,
    );
    expect(leaving).toEqual([]);
    expect(workerFetched).toEqual([]);
  });

  test('no whole personal number typed in any field is found in IndexedDB or storage', async ({
    ext,
    crmUrl,
  }) => {
    const panel = await session(ext, crmUrl);
    const indexedDb = await panel.evaluate(async () => {
      const dump: Record<string, unknown[]> = {};
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name as string);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of db.objectStoreNames) {
          dump[`${info.name}.${store}`] = await new Promise<unknown[]>((resolve, reject) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        }
        db.close();
      }
      return dump;
    });
    const storage = await ext.worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    // This Chromium supports closing storage.local to content scripts (the background does it at start).
    const accessLevel = await ext.worker.evaluate(() =>
      chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).then(
        () => 'set',
        (error: unknown) => String(error),
      ),
    );
    expect(accessLevel).toBe('set');
    // The session really wrote: a note, a call with reasons and an override.
    expect(indexedDb['call-assist.notes']).toHaveLength(1);
    expect(JSON.stringify(indexedDb['call-assist.calls'])).toContain('主管同意');
    const digits = (value: unknown) =>
      JSON.stringify(value)
        .normalize('NFKC')
        .replace(/[\s.\-\u2013\u3000]/g, '')
        .toUpperCase();
    for (const [where, value] of Object.entries({ ...indexedDb, ...storage })) {
      for (const [kind, number] of Object.entries(TYPED)) {
        expect(digits(value), `${kind} in ${where}`).not.toContain(number);
      }
    }
  });
});
