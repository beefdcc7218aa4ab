/**
 * The background's pack sync service: checks and imports share one sync state, so they must not
 * overwrite each other's news (the panel's "what changed" hangs on the import's activation).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb } from '@/lib/db/schema';
import { keyIdOf } from '@/lib/pack/sign';
import { createPackSync } from '@/lib/pack/sync-service';
import { readSyncState } from '@/lib/pack/sync-state';
import { writeSettings } from '@/lib/settings';
import { packText, signedEnvelope, smallPack, TEST_ONLY_KEYS } from '../../fixtures/hostile/make';

const localStore = {
  get: async (key: string) => (await fakeBrowser.storage.local.get(key))[key],
  set: async (key: string, value: unknown) => fakeBrowser.storage.local.set({ [key]: value }),
};

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('pack sync service', () => {
  it('keeps an import’s activation when a check that started before it finishes after it', async () => {
    const { publicKey } = TEST_ONLY_KEYS.trusted;
    await writeSettings({
      packUrl: 'https://packs.example.com/pack.json',
      trustedKeys: [{ keyId: await keyIdOf(publicKey), publicKey }],
    });
    // The check's download is held until we let it go, so the import is asked for mid-check.
    let release: (response: Response) => void = () => undefined;
    let downloading: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      downloading = resolve;
    });
    vi.stubGlobal(
      'fetch',
      () =>
        new Promise<Response>((resolve) => {
          release = resolve;
          downloading();
        }),
    );
    const sync = createPackSync(await openDb(`sync-service-${crypto.randomUUID()}`), Promise.resolve());

    const check = sync.checkPackNow();
    await started;
    const imported = sync.importFile(await signedEnvelope(packText(smallPack(2))));
    // Before the fix the import finished here, while the check still held the state it read
    // first; with one writer at a time it waits for the check. Either way the download then ends.
    await Promise.race([imported, new Promise((resolve) => setTimeout(resolve, 300))]);
    release(new Response('busy', { status: 503 }));

    expect(await check).toMatchObject({ result: 'failed' });
    expect(await imported).toMatchObject({ result: 'updated', version: 2 });
    const state = await readSyncState(localStore);
    expect(state.lastActivation).toMatchObject({ to: 2, source: 'import' });
    expect(state.lastCheck).toMatchObject({ result: 'failed' });
    expect(state.lastImport).toMatchObject({ result: 'updated' });
  });
});
