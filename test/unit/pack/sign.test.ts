import fc from 'fast-check';
import {
  fromBase64,
  generateKeyPair,
  keyIdOf,
  payloadBytes,
  publicKeyOf,
  signPayload,
  toBase64,
  verifySignature,
} from '@/lib/pack/sign';
import { TEST_ONLY_KEYS } from '../../fixtures/hostile/make';

describe('Ed25519 signatures over the exact payload bytes', () => {
  it('verifies what it signed, and nothing else', async () => {
    const keys = await generateKeyPair();
    const payload = '{"id":"p","text":"您好，这里是示例银行"}';
    const signature = await signPayload(payload, keys.privateKey);
    expect(signature).toMatchObject({ keyId: keys.keyId, alg: 'Ed25519' });
    expect(await verifySignature(payload, signature.sig, keys.publicKey)).toBe(true);
    expect(await verifySignature(`${payload} `, signature.sig, keys.publicKey)).toBe(false);
    expect(await verifySignature(payload.replace('示例', '某'), signature.sig, keys.publicKey)).toBe(false);
    const other = await generateKeyPair();
    expect(await verifySignature(payload, signature.sig, other.publicKey)).toBe(false);
  });

  it('signs bytes, not characters: the NFC and NFD spellings of a text differ', async () => {
    const nfc = 'café';
    const nfd = nfc.normalize('NFD');
    const signature = await signPayload(nfc, TEST_ONLY_KEYS.trusted.privateKey);
    expect(await verifySignature(nfc, signature.sig, TEST_ONLY_KEYS.trusted.publicKey)).toBe(true);
    expect(await verifySignature(nfd, signature.sig, TEST_ONLY_KEYS.trusted.publicKey)).toBe(false);
    expect(payloadBytes(nfc).length).toBe(5);
  });

  it('is deterministic (Ed25519), so the fixture corpus is reproducible', async () => {
    const a = await signPayload('x', TEST_ONLY_KEYS.trusted.privateKey);
    const b = await signPayload('x', TEST_ONLY_KEYS.trusted.privateKey);
    expect(a.sig).toBe(b.sig);
  });

  it('names a key by 16 hex digits of the SHA-256 of its public key', async () => {
    const keys = await generateKeyPair();
    expect(keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(await keyIdOf(keys.publicKey)).toBe(keys.keyId);
    expect(await publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
    await expect(keyIdOf('bm90IGEga2V5')).rejects.toThrow(/32 bytes/);
  });

  it('refuses malformed signatures and keys without throwing', async () => {
    const { publicKey } = TEST_ONLY_KEYS.trusted;
    for (const sig of ['', 'AAAA', '!!!', 'A'.repeat(88), toBase64(new Uint8Array(64))]) {
      expect(await verifySignature('x', sig, publicKey)).toBe(false);
    }
    const sig = (await signPayload('x', TEST_ONLY_KEYS.trusted.privateKey)).sig;
    expect(await verifySignature('x', sig, 'short')).toBe(false);
    await expect(signPayload('x', 'not a key')).rejects.toThrow();
  });

  it('round-trips base64 and refuses anything that is not strict base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
    );
    expect(fromBase64('ab$d')).toBeUndefined();
    expect(fromBase64('abcde')).toBeUndefined();
  });
});
