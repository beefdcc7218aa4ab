/**
 * What the pack sync tests share: a local HTTP server with routes per test, sync dependencies on
 * memory stores starting from the bundled v1 (a fresh install), and the settings pointing at it.
 */
import type { EnvelopeCheckOptions } from '@/lib/pack/envelope';
import { checkForUpdate, type SyncDeps, type SyncSettings } from '@/lib/pack/sync';
import { type MemoryRow, memoryPacks, memoryStore, routeServer } from '../../fixtures/hostile/harness';
import { demoPack, packText, signedEnvelope, smallPack, TEST_ONLY_KEYS } from '../../fixtures/hostile/make';

export const trusted = [{ publicKey: TEST_ONLY_KEYS.trusted.publicKey }];
export const NOW = Date.parse('2026-12-10T02:00:00Z');

/** The gate's options as an agent's install has them: the trusted test key, a signed v2 active. */
export const gateOptions = (extra: Partial<EnvelopeCheckOptions> = {}): EnvelopeCheckOptions => ({
  trustedKeys: trusted,
  allowUnsigned: false,
  now: NOW,
  current: async () => ({ version: 2 }),
  ...extra,
});

/** Bundled v1 (no signatures) as the starting point, like a fresh install. */
function bundledRow(): MemoryRow {
  return {
    id: 'default-zh-CN',
    version: 1,
    envelope: JSON.stringify({ payload: packText(demoPack(1)), signatures: [] }),
    source: 'bundled',
    activatedAt: 0,
  };
}

export type TestDeps = SyncDeps & {
  store: ReturnType<typeof memoryStore>;
  packs: ReturnType<typeof memoryPacks>;
};

export function deps(overrides: Partial<SyncDeps> = {}): TestDeps {
  return {
    fetch: (url, init) => fetch(url, init),
    now: () => NOW,
    store: memoryStore(),
    packs: memoryPacks([bundledRow()]),
    ...overrides,
  } as TestDeps;
}

/** Starts the route server for the calling test file (its routes and requests cleared before each test). */
export function packServer() {
  let running: Awaited<ReturnType<typeof routeServer>> | undefined;
  beforeAll(async () => {
    running = await routeServer();
  });
  afterAll(() => running?.close());
  beforeEach(() => {
    running?.routes.clear();
    if (running) running.requests.length = 0;
  });
  const server = () => {
    if (!running)
      throw new Error('the pack server is not running (call packServer() at the top of the file)');
    return running;
  };
  return {
    get server() {
      return server();
    },
    settings: (path: string, extra: Partial<SyncSettings> = {}): SyncSettings => ({
      packUrl: `${server().url}${path}`,
      trustedKeys: trusted,
      allowUnsigned: false,
      ...extra,
    }),
    serveJson(path: string, body: string, etag = `"${body.length}"`) {
      server().routes.set(path, (request, response) => {
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304, { ETag: etag });
          response.end();
          return;
        }
        response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag });
        response.end(body);
      });
    },
  };
}

/**
 * The agent has a signed small v2; a signed v3 made by `mutate` is offered at `path`. Checks that
 * the v3 is refused for lint errors and the v2 stays as it was; returns the refusal record.
 */
export async function refusedForLint(
  pack: ReturnType<typeof packServer>,
  mutate: NonNullable<Parameters<typeof smallPack>[1]>,
  path = '/v3',
) {
  const d = deps();
  pack.serveJson('/v2', await signedEnvelope(packText(smallPack(2))));
  expect((await checkForUpdate(pack.settings('/v2'), d)).result).toBe('updated');
  const before = structuredClone(d.packs.rows);
  pack.serveJson(path, await signedEnvelope(packText(smallPack(3, mutate))));
  const record = await checkForUpdate(pack.settings(path, { packId: 'default-zh-CN' }), d);
  expect(record).toMatchObject({ result: 'refused', code: 'lintErrors' });
  expect(d.packs.rows).toEqual(before);
  return record;
}
