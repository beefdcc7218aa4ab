import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { checkEnvelope } from '@/lib/pack/envelope';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import { generateKeyPair } from '@/lib/pack/sign';
import { prepareRelease, readKeyFile, signRelease, trustedKeyEntry } from '@/lib/studio/release';

const text = `${JSON.stringify(zhPack, null, 2)}\n`;
const published = (() => {
  const parsed = parsePack(text);
  if (!parsed.ok) throw new Error('bundled pack invalid');
  return parsed.pack;
})();
const NOW = Date.parse('2026-12-01T02:00:00Z');

describe('readKeyFile', () => {
  it('reads the keygen .key file and derives the key id and public key', async () => {
    const pair = await generateKeyPair();
    const read = await readKeyFile(`${pair.privateKey}\n`);
    expect(read).toEqual({ ok: true, key: pair });
    if (read.ok)
      expect(JSON.parse(trustedKeyEntry(read.key))).toEqual({ keyId: pair.keyId, publicKey: pair.publicKey });
  });

  it('says a public key or garbage is not a private key', async () => {
    const pair = await generateKeyPair();
    const pub = await readKeyFile(pair.publicKey);
    const junk = await readKeyFile('hello world');
    expect(pub.ok || pub.message.en).toMatch(/public key/);
    expect(junk.ok || junk.message.en).toMatch(/Not a private key/);
  });
});

describe('prepareRelease and signRelease', () => {
  it('requires a changelog entry', () => {
    const result = prepareRelease(text, published, published, '  ', NOW);
    expect(result.ok).toBe(false);
  });

  it('bumps the version, records the entry, and signs an envelope the import gate accepts', async () => {
    const draft: Pack = published;
    const release = prepareRelease(text, draft, published, '新增异议：已还款', NOW);
    if (!release.ok) throw new Error(release.message.en);
    expect(release.version).toBe(published.version + 1);
    const pair = await generateKeyPair();
    const envelope = await signRelease(release.payload, [pair]);
    const check = await checkEnvelope(envelope, {
      trustedKeys: [pair],
      allowUnsigned: false,
      current: async () => ({ version: published.version }),
      now: NOW,
    });
    expect(check.kind).toBe('accepted');
    if (check.kind === 'accepted') {
      expect(check.signedBy).toEqual([pair.keyId]);
      expect(check.pack.changelog.at(-1)).toEqual({
        version: published.version + 1,
        date: '2026-12-01',
        summary: '新增异议：已还款',
      });
    }
  });

  it('signs with both keys of a rotation: either trusted key alone accepts the file', async () => {
    const release = prepareRelease(text, published, published, 'rotation', NOW);
    if (!release.ok) throw new Error(release.message.en);
    const [old, next] = [await generateKeyPair(), await generateKeyPair()];
    const envelope = await signRelease(release.payload, [old, next]);
    expect(JSON.parse(envelope).signatures.map((s: { keyId: string }) => s.keyId)).toEqual([
      old.keyId,
      next.keyId,
    ]);
    for (const trusted of [old, next]) {
      const check = await checkEnvelope(envelope, {
        trustedKeys: [trusted],
        allowUnsigned: false,
        current: async () => ({ version: published.version }),
        now: NOW,
      });
      expect(check.kind === 'accepted' && check.signedBy).toEqual([trusted.keyId]);
    }
  });
});
