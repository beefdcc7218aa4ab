/**
 * Red team 14 items 2 and 3, through the sync core with real `fetch` against a local server: a body
 * that the platform cannot decode is named as such (not "terminated"), and a 304 after the stored
 * pack rows were lost does not leave the agent without a pack under "no new version".
 */
import { gzipSync } from 'node:zlib';
import { checkForUpdate, readSyncState, SYNC_STATE_KEY } from '@/lib/pack/sync';
import { demoPack, packText, signedEnvelope, smallPack } from '../../fixtures/hostile/make';
import { deps, packServer, type TestDeps } from './sync-harness';

const pack = packServer();

describe('a body that cannot be decoded', () => {
  it.each([
    ['gzip', 'gzip'],
    ['deflate', 'deflate'],
    ['br', 'br'],
  ])('a plain body served as %s is named a decoding failure, in both languages', async (_name, encoding) => {
    const body = await signedEnvelope(packText(smallPack(2)));
    pack.server.routes.set('/p', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': encoding });
      response.end(body);
    });
    const record = await checkForUpdate(pack.settings('/p'), deps());
    expect(record).toMatchObject({ result: 'failed', code: 'badEncoding' });
    // The platform's decoder either throws (gzip, br) or yields bytes that are no text (deflate).
    expect(record.message.en).toContain(`The server said the pack was compressed (${encoding}), but`);
    expect(record.message.en).toMatch(/could not be decoded|is not UTF-8 text/);
    expect(record.message.zh).toContain(`服务器声明话术包经过压缩（${encoding}）`);
    expect(record.message.en).not.toMatch(/terminated|Cannot reach/);
  });

  it('a real gzip body still installs', async () => {
    const body = await signedEnvelope(packText(smallPack(2)));
    pack.server.routes.set('/p', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      response.end(gzipSync(body));
    });
    expect(await checkForUpdate(pack.settings('/p'), deps())).toMatchObject({
      result: 'updated',
      version: 2,
    });
  });

  it('a compression the platform does not undo is named, not "not UTF-8 text"', async () => {
    const body = gzipSync(await signedEnvelope(packText(smallPack(2))));
    pack.server.routes.set('/p', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'x-custom' });
      response.end(body);
    });
    const record = await checkForUpdate(pack.settings('/p'), deps());
    expect(record).toMatchObject({ result: 'failed', code: 'badEncoding' });
    expect(record.message.en).toContain('compressed (x-custom), but what arrived is not UTF-8 text');
  });

  it('a body the server cuts off is named a broken-off download, not "cannot reach the server"', async () => {
    pack.server.routes.set('/p', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100000' });
      response.write('{"payload":"', () => response.destroy());
    });
    const record = await checkForUpdate(pack.settings('/p'), deps());
    expect(record).toMatchObject({ result: 'failed', code: 'interrupted' });
    expect(record.message.en).toContain('The download broke off after 12 bytes');
    expect(record.message.zh).toContain('下载中途断开（已收到 12 字节）');
  });
});

describe('a 304 after the stored pack rows were lost', () => {
  /** v2 accepted with its ETag; then the rows are changed by `lose`, and the server answers 304 to it. */
  async function lost(lose: (d: TestDeps) => void | Promise<void>) {
    const d = deps();
    pack.serveJson('/pack.json', await signedEnvelope(packText(demoPack(2))));
    expect(await checkForUpdate(pack.settings('/pack.json'), d)).toMatchObject({
      result: 'updated',
      version: 2,
    });
    await lose(d);
    pack.server.requests.length = 0;
    const record = await checkForUpdate(pack.settings('/pack.json'), d);
    return { d, record };
  }

  async function restored(d: TestDeps, record: Awaited<ReturnType<typeof checkForUpdate>>) {
    expect(record).toMatchObject({ result: 'updated', version: 2 });
    expect(record.message.en).toContain('was lost');
    expect(record.message.en).toContain('version 2 was downloaded again');
    expect(record.message.zh).toContain('本机存储的话术包已丢失');
    expect((await d.packs.active('default-zh-CN'))?.version).toBe(2);
    // Asked with the validator, answered 304; then asked for the whole pack.
    expect(pack.server.requests.map((r) => r.ifNoneMatch)).toEqual([expect.stringMatching(/^"/), undefined]);
    // And the next check is a plain 304 again.
    pack.server.requests.length = 0;
    expect(await checkForUpdate(pack.settings('/pack.json'), d)).toMatchObject({
      result: 'unchanged',
      code: 'notModified',
      version: 2,
    });
    expect(pack.server.requests).toHaveLength(1);
  }

  it('IndexedDB cleared (no row at all): downloads the pack again, not "no new version"', async () => {
    const { d, record } = await lost((d) => {
      d.packs.rows.length = 0;
    });
    await restored(d, record);
  });

  it('only the bundled v1 left (the database re-seeded): downloads v2 again, not "no new version (v1)"', async () => {
    const { d, record } = await lost((d) => {
      d.packs.rows.splice(0, d.packs.rows.length, ...d.packs.rows.filter((r) => r.source === 'bundled'));
    });
    expect(d.packs.rows.length).toBeGreaterThan(0);
    await restored(d, record);
  });

  it('the stored v2 unreadable: downloads it again', async () => {
    const { d, record } = await lost((d) => {
      for (const row of d.packs.rows) if (row.version === 2) row.envelope = '{"payload": 7';
    });
    await restored(d, record);
  });

  it('a state written before the validator recorded its version (an upgrade) still notices', async () => {
    const { d, record } = await lost(async (d) => {
      const state = (await readSyncState(d.store)) as Record<string, unknown>;
      delete state.etagVersion;
      await d.store.set(SYNC_STATE_KEY, state);
      d.packs.rows.splice(0, d.packs.rows.length, ...d.packs.rows.filter((r) => r.source === 'bundled'));
    });
    await restored(d, record);
  });

  it('a server that answers 304 even to the whole-pack request: the check fails and says why', async () => {
    const d = deps();
    pack.serveJson('/pack.json', await signedEnvelope(packText(demoPack(2))));
    await checkForUpdate(pack.settings('/pack.json'), d);
    d.packs.rows.length = 0;
    pack.server.routes.set('/pack.json', (_request, response) => {
      response.writeHead(304);
      response.end();
    });
    const record = await checkForUpdate(pack.settings('/pack.json'), d);
    expect(record).toMatchObject({ result: 'failed', code: 'notModifiedUnasked' });
    expect(record.message.en).toContain('after the stored pack was lost');
    expect(record.message.zh).toContain('本机存储丢失后的重新下载');
  });

  it('an older version served after the loss is still refused as a rollback', async () => {
    const d = deps();
    pack.serveJson('/pack.json', await signedEnvelope(packText(demoPack(3))));
    await checkForUpdate(pack.settings('/pack.json'), d);
    d.packs.rows.length = 0;
    pack.serveJson('/pack.json', await signedEnvelope(packText(demoPack(2))));
    expect(await checkForUpdate(pack.settings('/pack.json'), d)).toMatchObject({
      result: 'refused',
      code: 'notNewer',
    });
  });
});
