/**
 * Red team 13: new hostile inputs of the pack gate's classes (review 2026-11) that the gate took,
 * froze on, or refused with an unclear reason. Each case fails on the code before its fix.
 */
import { compilePattern } from '@/lib/crm/linear-pattern';
import { download } from '@/lib/pack/download';
import { checkEnvelope, type EnvelopeCheckOptions } from '@/lib/pack/envelope';
import { impreciseNumberAt } from '@/lib/pack/json-syntax';
import { parsePack } from '@/lib/pack/parse';
import { signPayload } from '@/lib/pack/sign';
import { storedPayload } from '@/lib/pack/store';
import { importEnvelope, readSyncState } from '@/lib/pack/sync';
import type { memoryPacks } from '../../fixtures/hostile/harness';
import { packText, signedEnvelope, smallPack, TEST_ONLY_KEYS } from '../../fixtures/hostile/make';
import { growth } from '../../helpers/growth';
import { deps, gateOptions as options, trusted } from './sync-harness';

const v3 = packText(smallPack(3));

/** The version the panel reads: the highest activated row, parsed as the panel parses it. */
async function readableVersion(packs: ReturnType<typeof memoryPacks>): Promise<number | string> {
  const row = packs.rows.filter((r) => r.activatedAt !== undefined).sort((a, b) => b.version - a.version)[0];
  const parsed = parsePack(storedPayload(row?.envelope ?? ''));
  return parsed.ok ? parsed.pack.version : 'unreadable';
}

async function refusal(text: string, extra: Partial<EnvelopeCheckOptions> = {}) {
  const check = await checkEnvelope(text, options(extra));
  if (check.kind !== 'refused') throw new Error(`accepted: ${check.kind}`);
  return check.refusal;
}

describe('the envelope: cost and words of a refusal', () => {
  it('refuses an envelope of 300,000 unknown keys by counting them, before JSON.parse reads it', async () => {
    const keys = Array.from({ length: 300_000 }, (_, i) => `"k${i}":0`).join(',');
    const text = `{${keys},"payload":"x","signatures":[]}`;
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const refused = await refusal(text);
      expect(refused.code).toBe('badEnvelope');
      expect(refused.message.en).toMatch(/over the limit of 2000/);
      expect(refused.message.zh).toMatch(/超过上限 2000/);
      expect(parse.mock.calls.some(([arg]) => arg === text)).toBe(false);
    } finally {
      parse.mockRestore();
    }
  });

  it.each([
    ['an unknown key', { signatures: [], trusted: true }, /未知字段 "trusted"/, /"trusted"/],
    // Nine signatures: refused for the count before the schema (gate-red14-signatures.test.ts).
    ['a numeric key id', { signatures: [{ keyId: 7, alg: 'Ed25519', sig: 'b' }] }, /keyId/, /keyId/],
  ])(
    'says what is wrong with %s in Chinese and in English, through the one translator',
    async (_name, patch, zh, en) => {
      const refused = await refusal(JSON.stringify({ payload: v3, ...patch }));
      expect(refused.code).toBe('badEnvelope');
      expect(refused.message.zh).toMatch(zh);
      expect(refused.message.en).toMatch(en);
      // zod's own English ("Unrecognized keys", "Too big", "Invalid input") never reaches the line.
      expect(refused.message.zh).not.toMatch(/[A-Z][a-z]+ (keys|input|big)/);
      expect(refused.message.zh).toMatch(/[\u4e00-\u9fff].*[\u4e00-\u9fff].*[\u4e00-\u9fff]/);
      expect(refused.message.en).not.toMatch(/Unrecognized keys|Too big|Invalid input/);
    },
  );
});

describe('signatures over a different canonical form', () => {
  it('refuses a payload whose U+FFFD was swapped for a lone surrogate: the same UTF-8 bytes, another text', async () => {
    const signed = packText(smallPack(3, (p) => Object.assign(p, { title: `${p.title}\uFFFD` })));
    const sig = await signPayload(signed, TEST_ONLY_KEYS.trusted.privateKey);
    expect(
      (await checkEnvelope(JSON.stringify({ payload: signed, signatures: [sig] }), options())).kind,
    ).toBe('accepted');
    for (const lone of ['\uD800', '\uDFFF']) {
      const swapped = signed.replace('\uFFFD', lone);
      const refused = await refusal(JSON.stringify({ payload: swapped, signatures: [sig] }));
      expect(refused.code).toBe('notUtf8');
      expect(refused.message.en).toMatch(/lone surrogate/);
      expect(refused.message.zh).toMatch(/代理项/);
    }
  });

  it('says the trusted keys are unreadable, not missing, when none of them is a valid key', async () => {
    const envelope = await signedEnvelope(v3);
    for (const publicKey of [
      Buffer.alloc(31, 1).toString('base64'), // one byte short
      Buffer.alloc(33, 1).toString('base64'), // one byte long
      TEST_ONLY_KEYS.trusted.publicKey.replace(/\+/g, '-').replace(/\//g, '_'), // base64url
      TEST_ONLY_KEYS.trusted.privateKey, // the private key pasted by mistake
    ]) {
      const refused = await refusal(envelope, { trustedKeys: [{ publicKey }] });
      expect(refused.code).toBe('noTrustedKeys');
      expect(refused.message.en).toMatch(/None of the 1 trusted key is a valid Ed25519 public key/);
      expect(refused.message.zh).toMatch(/1 个可信公钥都不是有效的 Ed25519 公钥/);
    }
    expect((await refusal(envelope, { trustedKeys: [] })).message.en).toMatch(
      /No trusted public key is configured/,
    );
  });
});

describe('match patterns that name no bank', () => {
  const withMatch = async (pattern: string) =>
    checkEnvelope(
      await signedEnvelope(
        packText(
          smallPack(3, (p) => {
            const adapter = p.crm.adapters[0];
            if (adapter) adapter.match = [pattern];
          }),
        ),
      ),
      options(),
    );

  it.each([
    'https://*.com.cn/*',
    '*://*.co.uk/*',
    'https://*.gov.cn/*',
    'https://*.ORG.HK/*',
    'https://*.bj.cn/*',
    'https://*.github.io/*',
    'https://*.aliyuncs.com/*',
    'https://*.0.0.1/*',
    'http://*.168.1.1:8080/*',
  ])('refuses %s: a suffix anyone registers or hosts under', async (pattern) => {
    const check = await withMatch(pattern);
    expect(check.kind).toBe('refused');
    if (check.kind !== 'refused') return;
    expect(check.refusal.details?.[0]?.path).toBe('crm.adapters[0].match[0]');
    expect(check.refusal.details?.[0]?.message.en).toMatch(/anyone can register or host under/);
    expect(check.refusal.details?.[0]?.message.zh).toMatch(/任何人都能注册或托管/);
  });

  it.each([
    'https://*.bank.com.cn/*',
    'https://*.boc.cn/*',
    'https://crm.bank.com.cn/*',
    'https://*.collections.bank.co.uk/*',
    'https://*.bank.github.io/*',
    'http://127.0.0.1:5178/*',
  ])('still accepts %s', async (pattern) => {
    expect((await withMatch(pattern)).kind).toBe('accepted');
  });
});

describe('encodings of a download', () => {
  const got = (bytes: Buffer) =>
    download('https://packs.bank.example/p.json', undefined, {
      fetch: async () => new Response(new Uint8Array(bytes), { status: 200 }),
    });

  it.each([
    ['UTF-16 LE without a BOM', (t: string) => Buffer.from(t, 'utf16le')],
    ['UTF-16 BE without a BOM', (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ])('refuses %s as UTF-16, not as "not JSON" with the parser’s words', async (_name, encode) => {
    const result = await got(encode(JSON.stringify({ payload: '{}', signatures: [] })));
    expect(result.kind).toBe('refused');
    if (result.kind !== 'refused') return;
    expect(result.refusal.code).toBe('notUtf8');
    expect(result.refusal.message.en).toMatch(/UTF-16.*save it as UTF-8/);
    expect(result.refusal.message.zh).toMatch(/UTF-16.*另存为 UTF-8/);
  });

  it('still reads UTF-8 with one BOM, and a NUL byte stays a JSON problem', async () => {
    const text = await got(Buffer.from('\uFEFF{"a":1}'));
    expect(text.kind === 'body' && text.text).toBe('{"a":1}');
    expect((await got(Buffer.from('{"a":\u00001}'))).kind).toBe('body');
  });
});

describe('blank characters that are neither ignorable nor format characters', () => {
  const withEdit = async (edit: (p: ReturnType<typeof smallPack>) => void) =>
    checkEnvelope(await signedEnvelope(packText(smallPack(3, edit))), options());

  it('finds the threat in 坐\\u2800牢 (a braille blank inside the word)', async () => {
    const check = await withEdit((p) => {
      const line = p.scripts[0]?.stages[0]?.lines[1];
      if (line) line.text = '不还钱就让你坐\u2800牢';
    });
    expect(check.kind === 'refused' && check.refusal.code).toBe('lintErrors');
    expect(check.kind === 'refused' && check.refusal.message.en).toMatch(/forbidden phrase/);
  });

  it('refuses a title of braille blanks, as one of Hangul fillers', async () => {
    const check = await withEdit((p) => Object.assign(p, { title: '\u2800\u2800\u2800' }));
    expect(check.kind === 'refused' && check.refusal.details?.[0]).toMatchObject({
      path: 'title',
      code: 'invisibleOnly',
    });
  });
});

describe('developer mode and the version floor', () => {
  const devSettings = (allowUnsigned: boolean) => ({ packUrl: '', trustedKeys: trusted, allowUnsigned });

  it('an unsigned test pack at version 2,147,483,647 does not lock signed releases out once developer mode is off', async () => {
    const d = deps();
    const bare = packText(smallPack(2_147_483_647));
    expect((await importEnvelope(bare, devSettings(true), d)).result).toBe('updated');
    expect(await readableVersion(d.packs)).toBe(2_147_483_647);
    // Developer mode off: the next signed release installs and is what the panel reads.
    const v3 = await importEnvelope(await signedEnvelope(packText(smallPack(3))), devSettings(false), d);
    expect(v3.result).toBe('updated');
    expect(await readableVersion(d.packs)).toBe(3);
    expect((await readSyncState(d.store)).highest['default-zh-CN']).toBe(3);
    // The floor still holds for signed versions: v2 signed is a rollback.
    const v2 = await importEnvelope(await signedEnvelope(packText(smallPack(2))), devSettings(false), d);
    expect(v2.code).toBe('notNewer');
  });

  it('in developer mode an unsigned test pack still has to be newer than the active one', async () => {
    const d = deps();
    expect((await importEnvelope(packText(smallPack(5)), devSettings(true), d)).result).toBe('updated');
    expect((await importEnvelope(packText(smallPack(4)), devSettings(true), d)).code).toBe('notNewer');
    const signed3 = await importEnvelope(await signedEnvelope(packText(smallPack(3))), devSettings(true), d);
    expect(signed3.code).toBe('notNewer');
  });
});

describe('adapter patterns: linear each, but too much work together', () => {
  const heavy = `^(${'.{0,50}'.repeat(13)})x$`;
  const withFields = async (count: number, pattern: string) =>
    checkEnvelope(
      await signedEnvelope(
        packText(
          smallPack(3, (p) => {
            const adapter = p.crm.adapters[0];
            if (!adapter) return;
            for (let i = 0; i < count; i++)
              adapter.fields[`extra${i}`] = { selector: `#extra-${i}`, parse: 'text', pattern };
          }),
        ),
      ),
      options(),
    );

  it('counts the work one pattern costs: over 500,000 VM steps on one 500-character field', () => {
    const work = { steps: 0 };
    compilePattern(heavy).find('a'.repeat(500), work);
    expect(work.steps).toBeGreaterThan(500_000);
  });

  it.each([
    ['one pattern of 13 × .{0,50}', 1, heavy],
    ['60 more fields of a 100-instruction pattern', 60, '^(.{0,50})x'],
  ])('refuses %s: every change of the CRM page would re-run it all', async (_name, count, pattern) => {
    const check = await withFields(count, pattern);
    expect(check.kind === 'refused' && check.refusal.details?.[0]).toMatchObject({
      path: 'crm.adapters[0]',
      code: 'patternsTooHeavy',
    });
    if (check.kind !== 'refused') return;
    expect(check.refusal.details?.[0]?.message.en).toMatch(
      /steps per character together, over the limit of 600/,
    );
    expect(check.refusal.details?.[0]?.message.zh).toMatch(/超过上限 600/);
  });

  it('still accepts 20 fields of ordinary patterns', async () => {
    expect((await withFields(20, '工号 ([A-Za-z0-9]+)')).kind).toBe('accepted');
  });
});

describe('numbers JSON reads as other numbers', () => {
  const withVersion = async (literal: string) =>
    checkEnvelope(await signedEnvelope(v3.replace('"version": 3,', `"version": ${literal},`)), options());

  it.each([
    ['2.99999999999999999', '3'],
    ['2.9999999999999999e0', '3'],
    ['300000000000000000001e-20', '3'],
  ])(
    'refuses "version": %s, which reads as %s: the reviewer and the agents would see two versions',
    async (literal, read) => {
      const check = await withVersion(literal);
      expect(check.kind === 'refused' && check.refusal.details?.[0]?.code).toBe('impreciseNumber');
      if (check.kind !== 'refused') return;
      expect(check.refusal.message.en).toContain(`reads as ${read}`);
      expect(check.refusal.message.zh).toContain(`读出来是 ${read}`);
    },
  );

  it('names 1e-400 (read as 0) and 1e400 (read as Infinity) for what they are, anywhere in the pack', async () => {
    for (const [literal, read] of [
      ['1e-400', '0'],
      ['1e400', 'Infinity'],
    ]) {
      const text = v3.replace('"version": 3,', `"version": 3, "x": ${literal},`);
      const check = await checkEnvelope(await signedEnvelope(text), options());
      expect(check.kind === 'refused' && check.refusal.message.en).toContain(`reads as ${read}`);
    }
  });

  it.each(['3.0', '3e0', '0.3e1', '30e-1'])('accepts "version": %s, exactly 3', async (literal) => {
    expect((await withVersion(literal)).kind).toBe('accepted');
  });
});

it('reads number literals in linear time, a long run of zeros included', () => {
  const texts = new Map([250_000, 1_000_000].map((size) => [size, `{"a": 1${'0'.repeat(size)}1}`]));
  const ratio = growth((size) => impreciseNumberAt(texts.get(size) ?? ''), 250_000, 5);
  expect(ratio).toBeLessThan(8);
});

it('says a redirect named no address, instead of "not allowed (https only): " and nothing', async () => {
  const result = await download('https://packs.bank.example/p.json', undefined, {
    fetch: async () => new Response(null, { status: 302 }),
  });
  expect(result.kind === 'refused' && result.refusal.code).toBe('badRedirect');
  if (result.kind !== 'refused') return;
  expect(result.refusal.message.en).toMatch(/redirect \(HTTP 302\) without saying where to/);
  expect(result.refusal.message.zh).toMatch(/没有给出新地址/);
});
