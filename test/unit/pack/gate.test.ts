/**
 * Issue 14 (review 2026-11): what is verified is what is stored, duplicate keys, version bounds and
 * the floor-reset recovery, redirects and a 304 to a first request, short safe refusals, bidi text.
 */
import { checkEnvelope, openEnvelope } from '@/lib/pack/envelope';
import { lintPack } from '@/lib/pack/lint';
import { lintAgainstPrevious } from '@/lib/pack/lint-gate';
import { parsePack } from '@/lib/pack/parse';
import { effectiveSyncConfig, parsePolicy } from '@/lib/pack/policy';
import { keyIdOf } from '@/lib/pack/sign';
import { storedPayload } from '@/lib/pack/store';
import { checkForUpdate, importEnvelope, readSyncState, type SyncSettings } from '@/lib/pack/sync';
import { defaultSettings } from '@/lib/settings';
import { type MemoryRow, memoryPacks, memoryStore, routeServer } from '../../fixtures/hostile/harness';
import { demoPack, packText, signedEnvelope, smallPack, TEST_ONLY_KEYS } from '../../fixtures/hostile/make';

const NOW = Date.parse('2026-12-10T02:00:00Z');
const BOM = '\uFEFF';
const trusted = [{ publicKey: TEST_ONLY_KEYS.trusted.publicKey }];

let server: Awaited<ReturnType<typeof routeServer>>;
beforeAll(async () => {
  server = await routeServer();
});
afterAll(() => server.close());
beforeEach(() => server.routes.clear());

const bundledRow = (): MemoryRow => ({
  id: 'default-zh-CN',
  version: 1,
  envelope: JSON.stringify({ payload: packText(demoPack(1)), signatures: [] }),
  source: 'bundled',
  activatedAt: 0,
});
const deps = () => ({
  fetch: (url: string, init: RequestInit) => fetch(url, init),
  now: () => NOW,
  store: memoryStore(),
  packs: memoryPacks([bundledRow()]),
});
const settings = (path: string, extra: Partial<SyncSettings> = {}): SyncSettings => ({
  packUrl: `${server.url}${path}`,
  trustedKeys: trusted,
  allowUnsigned: false,
  ...extra,
});
const serve = (path: string, body: string | Buffer, status = 200, headers: Record<string, string> = {}) =>
  server.routes.set(path, (_q, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(body);
  });
/** The active pack read back the way the panel reads it. */
async function activeReadable(packs: ReturnType<typeof memoryPacks>) {
  const row = packs.rows.filter((r) => r.activatedAt !== undefined).sort((a, b) => b.version - a.version)[0];
  const parsed = parsePack(storedPayload(row?.envelope ?? ''));
  return parsed.ok ? parsed.pack.version : 'unreadable';
}

describe('item 1: what was verified is what is stored and read', () => {
  it('activates a release with two BOMs in front and reads it back', async () => {
    const d = deps();
    serve(
      '/boms',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
        Buffer.from(await signedEnvelope(packText(smallPack(3)))),
      ]),
    );
    expect(await checkForUpdate(settings('/boms'), d)).toMatchObject({ result: 'updated', version: 3 });
    expect(await activeReadable(d.packs)).toBe(3);
    // The same file again is "unchanged", not a rollback.
    expect(await checkForUpdate(settings('/boms'), d)).toMatchObject({ result: 'unchanged', code: 'same' });
  });

  it('imports a file starting with a BOM and a payload starting with one', async () => {
    const d = deps();
    const record = await importEnvelope(
      `${BOM}${await signedEnvelope(`${BOM}${packText(smallPack(3))}`)}`,
      settings(''),
      d,
    );
    expect(record).toMatchObject({ result: 'updated', version: 3 });
    expect(await activeReadable(d.packs)).toBe(3);
  });

  it('stores a developer-mode bare pack as an envelope the panel reads, and takes it again as unchanged', async () => {
    const d = deps();
    const bare = `${BOM}${packText(smallPack(3))}`;
    expect(await importEnvelope(bare, settings('', { allowUnsigned: true }), d)).toMatchObject({
      result: 'updated',
    });
    expect(await activeReadable(d.packs)).toBe(3);
    expect(await importEnvelope(bare, settings('', { allowUnsigned: true }), d)).toMatchObject({
      code: 'same',
    });
  });
});

describe('item 2: duplicate keys', () => {
  it('refuses a duplicate in the payload with the path of the second occurrence', () => {
    const text = packText(smallPack(3)).replace(
      '"constants": {',
      '"constants": {\n "bank.name": "A",\n "bank.name": "B",',
    );
    const parsed = parsePack(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors[0]).toMatchObject({ code: 'duplicateKey', path: 'constants["bank.name"]' });
  });

  it('sees through escapes and inside arrays', () => {
    const text = packText(smallPack(3)).replace('"version": 3,', '"version": 3,\n  "\\u0076ersion": 99,');
    const parsed = parsePack(text);
    expect(!parsed.ok && parsed.errors[0]?.path).toBe('version');
    const inArray = parsePack(
      packText(smallPack(3)).replace(/"id": "seg-early",/, '"id": "seg-early", "id": "seg-x",'),
    );
    expect(!inArray.ok && inArray.errors[0]?.path).toBe('segments[0].id');
  });

  it('refuses a duplicate key in the envelope', () => {
    const opened = openEnvelope('{"payload": "{}", "signatures": [], "signatures": []}');
    expect(!opened.ok && opened.refusal.code).toBe('duplicateKey');
  });
});

describe('item 5: versions are bounded and recoverable', () => {
  it('refuses 2^31 and 2^53-1, accepts 2^31-1', () => {
    for (const version of [2 ** 31, Number.MAX_SAFE_INTEGER, 0])
      expect(
        parsePack(
          smallPack(3, (p) => {
            p.version = version;
          }),
        ).ok,
        String(version),
      ).toBe(false);
    expect(
      parsePack(
        smallPack(3, (p) => {
          p.version = 2 ** 31 - 1;
        }),
      ).ok,
    ).toBe(true);
  });

  it('warns on a jump of more than 1000', async () => {
    const check = await checkEnvelope(await signedEnvelope(packText(smallPack(1002))), {
      trustedKeys: trusted,
      allowUnsigned: false,
      now: NOW,
      current: async () => ({ version: 1 }),
    });
    expect(check.kind === 'accepted' && check.warnings.map((w) => w.code)).toContain('versionJump');
  });

  it('recovers a fleet stuck behind a too-high version with a policy reset bound to a new key, once', async () => {
    const d = deps();
    serve('/pack', await signedEnvelope(packText(smallPack(2 ** 31 - 1))));
    expect(await checkForUpdate(settings('/pack'), d)).toMatchObject({ result: 'updated' });
    serve('/pack', await signedEnvelope(packText(smallPack(5))));
    expect(await checkForUpdate(settings('/pack'), d)).toMatchObject({ result: 'refused', code: 'notNewer' });

    const newKey = TEST_ONLY_KEYS.untrusted; // stands for the lead's freshly generated key
    const newKeyId = await keyIdOf(newKey.publicKey);
    const config = effectiveSyncConfig(
      defaultSettings(),
      parsePolicy({
        versionFloorReset: newKeyId,
        trustedKeys: [...trusted, { publicKey: newKey.publicKey }],
      }),
    );
    const recovered: SyncSettings = {
      ...settings('/pack'),
      trustedKeys: config.trustedKeys,
      ...(config.versionFloorReset ? { versionFloorReset: config.versionFloorReset } : {}),
    };
    // The old key cannot use the reset: only the new key's pack lowers the floor.
    expect(await checkForUpdate(recovered, d)).toMatchObject({ result: 'refused', code: 'notNewer' });
    serve('/pack', await signedEnvelope(packText(smallPack(5)), newKey.privateKey));
    expect(await checkForUpdate(recovered, d)).toMatchObject({ result: 'updated', version: 5 });
    expect(await activeReadable(d.packs)).toBe(5);
    expect((await readSyncState(d.store)).highest['default-zh-CN']).toBe(5);
    // Used once: a replay of an older pack by the same key is a rollback again.
    serve('/pack', await signedEnvelope(packText(smallPack(4)), newKey.privateKey));
    expect(await checkForUpdate(recovered, d)).toMatchObject({ result: 'refused', code: 'notNewer' });
  });
});

describe('item 6: redirects and 304', () => {
  it('follows a redirect the URL rule allows, hop by hop', async () => {
    const d = deps();
    serve('/final', await signedEnvelope(packText(smallPack(3))));
    server.routes.set('/hop', (_q, r) => {
      r.writeHead(302, { Location: `${server.url.replace('127.0.0.1', 'localhost')}/final` });
      r.end();
    });
    expect(await checkForUpdate(settings('/hop'), d)).toMatchObject({ result: 'updated', version: 3 });
  });

  it('refuses a redirect to an address the rule refuses, at any hop', async () => {
    const d = deps();
    server.routes.set('/a', (_q, r) => {
      r.writeHead(301, { Location: '/b' });
      r.end();
    });
    server.routes.set('/b', (_q, r) => {
      r.writeHead(307, { Location: 'http://example.com/pack.json' });
      r.end();
    });
    expect(await checkForUpdate(settings('/a'), d)).toMatchObject({ result: 'refused', code: 'badRedirect' });
    expect(await activeReadable(d.packs)).toBe(1);
  });

  it('reports a 304 to a first (unconditional) request as a failed check', async () => {
    const d = deps();
    serve('/nm', '', 304);
    expect(await checkForUpdate(settings('/nm'), d)).toMatchObject({
      result: 'failed',
      code: 'notModifiedUnasked',
    });
  });
});

describe('item 7: refusals are short and safe', () => {
  it('strips bidi and control characters from an echoed key id', async () => {
    const envelope = JSON.parse(
      await signedEnvelope(packText(smallPack(3)), TEST_ONLY_KEYS.untrusted.privateKey),
    );
    envelope.signatures[0].keyId = '\u202e已更新 v9 — OK\u0007\n';
    const check = await checkEnvelope(JSON.stringify(envelope), {
      trustedKeys: trusted,
      allowUnsigned: false,
      now: NOW,
      current: async () => undefined,
    });
    expect(check.kind).toBe('refused');
    if (check.kind === 'refused') {
      expect(check.refusal.code).toBe('untrustedKey');
      expect(check.refusal.message.en).not.toMatch(/[\u202a-\u202e\u2066-\u2069\p{Cc}]/u);
    }
  });

  it('refuses a payload with 100,000 unknown keys with a bounded message and at most 10 details', async () => {
    const pack = smallPack(3) as Record<string, unknown>;
    for (let k = 0; k < 100_000; k++) pack[`unknown${k}`] = 1;
    const record = await importEnvelope(await signedEnvelope(JSON.stringify(pack)), settings(''), deps());
    expect(record).toMatchObject({ result: 'refused', code: 'invalidPack' });
    expect(record.message.en.length).toBeLessThanOrEqual(400);
    expect(record.details?.length).toBeLessThanOrEqual(10);
  });
});

describe('item 8: bidi overrides are refused by lint', () => {
  it('reports the path of a text with U+202E', () => {
    const pack = smallPack(3, (p) => {
      const objection = p.objections[0];
      if (objection) objection.say[0] = `\u202e${objection.say[0]}`;
    });
    const parsed = parsePack(pack);
    if (!parsed.ok) throw new Error('fixture');
    const finding = lintPack(parsed.pack).find((f) => f.code === 'bidiControl');
    expect(finding).toMatchObject({ severity: 'error', path: 'objections[0].say[0]' });
  });
});

describe('item 10: lint against the previous version', () => {
  it('warns when a rule, a checklist item or a must-say line disappears', () => {
    const parsed = parsePack(demoPack(2));
    if (!parsed.ok) throw new Error('fixture');
    const before = parsed.pack;
    const after = structuredClone(before);
    after.version = 3;
    const rule = after.rules.pop();
    const item = after.checklist.pop();
    const line = after.scripts.flatMap((s) => s.stages.flatMap((t) => t.lines)).find((l) => l.must);
    if (line) line.must = false;
    const found = lintAgainstPrevious(before, after);
    expect(found.map((f) => f.code).sort()).toEqual([
      'checklistItemRemoved',
      'mustSayRemoved',
      'ruleRemoved',
    ]);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(found.find((f) => f.code === 'ruleRemoved')?.message.en).toContain(rule?.id);
    expect(found.find((f) => f.code === 'checklistItemRemoved')?.message.en).toContain(item?.id);
    expect(lintAgainstPrevious(before, before)).toEqual([]);
  });
});
