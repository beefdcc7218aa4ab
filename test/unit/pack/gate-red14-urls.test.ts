/**
 * Red team 14 item 1: a message that names a URL never repeats its credentials (user:password@, a
 * query's token=, sig=, key=…, a fragment, a token put in the path), wherever the message comes
 * from: a refused redirect, a refused pack URL, a network error, the stored sync record, the Studio.
 */
import { download } from '@/lib/pack/download';
import { shownUrl, withShownUrls } from '@/lib/pack/shown-url';
import { checkForUpdate } from '@/lib/pack/sync';
import { openUrl } from '@/lib/studio/open';
import { deps, packServer } from './sync-harness';

const SECRETS = [
  's3cr3t',
  'hunter2',
  'tok-9f8e7d',
  'AKIAEXAMPLE',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
];
const leaks = (text: string) => SECRETS.filter((secret) => text.includes(secret));
const both = (message: { zh: string; en: string }) => `${message.zh}\n${message.en}`;

describe('shownUrl', () => {
  it.each([
    ['https://admin:s3cr3t@packs.bank.example/p.json', 'https://…@packs.bank.example/p.json'],
    [
      'https://packs.bank.example/p.json?token=tok-9f8e7d&v=2',
      'https://packs.bank.example/p.json?token=…&v=…',
    ],
    [
      'https://b.s3.example/p.json?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=hunter2',
      'https://b.s3.example/p.json?X-Amz-Credential=…&X-Amz-Signature=…',
    ],
    ['https://packs.bank.example/p.json#access_token=hunter2', 'https://packs.bank.example/p.json#…'],
    [
      'https://packs.bank.example/t/ghp_16C7e42F292c6912E7710c838347Ae178B4a/p.json',
      'https://packs.bank.example/t/…/p.json',
    ],
    ['//u:hunter2@evil.example/x?sig=s3cr3t', '//…@evil.example/x?sig=…'],
    ['/relative?password=hunter2;key=s3cr3t', '/relative?password=…&key=…'],
    ['https://packs.bank.example/p.json?hunter2', 'https://packs.bank.example/p.json?…'],
  ])('%s → %s', (url, shown) => {
    expect(shownUrl(url)).toBe(shown);
  });

  it('keeps an address without secrets as it is', () => {
    expect(shownUrl('https://packs.bank.example/call-assist/pack.json')).toBe(
      'https://packs.bank.example/call-assist/pack.json',
    );
  });

  it('cleans every URL quoted inside free text', () => {
    const text = withShownUrls(
      'cannot fetch https://a:hunter2@x.example/p?sig=s3cr3t, then ftp://u:s3cr3t@y/',
    );
    expect(leaks(text)).toEqual([]);
    expect(text).toContain('x.example/p');
  });
});

describe('messages that name a URL', () => {
  const pack = packServer();

  it.each([
    'https://admin:s3cr3t@packs.bank.example/p.json?token=tok-9f8e7d',
    'http://evil.example/p.json?sig=hunter2',
    '//user:hunter2@other.example/p.json',
  ])('a refused redirect to %s names the address without its secrets', async (location) => {
    pack.server.routes.set('/moved', (_request, response) => {
      response.writeHead(302, { Location: location });
      response.end();
    });
    const d = deps();
    const record = await checkForUpdate(pack.settings('/moved'), d);
    expect(record).toMatchObject({ result: 'refused', code: 'badRedirect' });
    expect(leaks(both(record.message))).toEqual([]);
    expect(leaks(JSON.stringify(d.store.data))).toEqual([]);
    expect(record.message.en).toMatch(/no user name or password/);
  });

  it('a redirect the platform followed itself (opaque, in a browser) is named without its secrets', async () => {
    const as = (response: Response, fields: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(fields)) Object.defineProperty(response, key, { value });
      return response;
    };
    const result = await download('https://packs.bank.example/p.json', undefined, {
      fetch: async (_url, init) =>
        init.redirect === 'manual'
          ? as(new Response(null), { type: 'opaqueredirect' })
          : as(new Response('{}'), { url: 'http://u:hunter2@evil.example/p.json?token=tok-9f8e7d' }),
    });
    expect(result.kind === 'refused' && result.refusal.code).toBe('badRedirect');
    if (result.kind !== 'refused') return;
    expect(leaks(both(result.refusal.message))).toEqual([]);
    expect(result.refusal.message.en).toContain('evil.example/p.json?token=…');
  });

  it('a refused pack URL with credentials names it without them, and the stored record too', async () => {
    const d = deps();
    const record = await checkForUpdate(
      {
        packUrl: 'https://admin:s3cr3t@packs.bank.example/p.json?token=tok-9f8e7d',
        trustedKeys: [],
        allowUnsigned: false,
      },
      d,
    );
    expect(record).toMatchObject({ result: 'failed', code: 'badUrl' });
    expect(leaks(both(record.message))).toEqual([]);
    expect(leaks(JSON.stringify(d.store.data))).toEqual([]);
    expect(record.message.zh).toContain('packs.bank.example/p.json');
  });

  it('a network error that quotes the address does not repeat its secrets', async () => {
    const d = deps({
      fetch: async (url) => {
        throw new TypeError(`fetch failed for ${url}`);
      },
    });
    const record = await checkForUpdate(
      {
        packUrl: 'https://packs.bank.example/p.json?token=tok-9f8e7d',
        trustedKeys: [],
        allowUnsigned: false,
      },
      d,
    );
    expect(record).toMatchObject({ result: 'failed', code: 'network' });
    expect(record.message.en).toContain('packs.bank.example/p.json?token=…');
    expect(leaks(JSON.stringify(record))).toEqual([]);
  });

  it('the Studio names a refused or empty address without its secrets', async () => {
    const refused = await openUrl('https://admin:s3cr3t@packs.bank.example/p.json', {
      fetch: async () => new Response('{}'),
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(leaks(both(refused.message))).toEqual([]);
    const nothing = await openUrl('https://packs.bank.example/p.json?token=tok-9f8e7d', {
      fetch: async () => new Response(null, { status: 304 }),
    });
    expect(nothing.ok).toBe(false);
    if (!nothing.ok) expect(leaks(both(nothing.message))).toEqual([]);
  });
});
