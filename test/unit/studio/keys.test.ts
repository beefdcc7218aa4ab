import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateKeyPair } from '@/lib/pack/sign';
import { forgetKey, loadStoredKeys, storeKey, studioKeysItem } from '@/lib/studio/key-store';
import { PBKDF2_ITERATIONS, sealKey, storedKeySchema, unlockKey } from '@/lib/studio/keys';

const NOW = Date.parse('2026-12-01T04:00:00Z');
const PASS = 'correct horse battery';

beforeEach(() => fakeBrowser.reset());

describe('sealKey and unlockKey', () => {
  it('round-trips a key with PBKDF2 at 600,000 iterations, random salt and IV, no plaintext stored', async () => {
    const pair = await generateKeyPair();
    const a = await sealKey(pair, PASS, NOW);
    const b = await sealKey(pair, PASS, NOW);
    if (!a.ok || !b.ok) throw new Error('sealing failed');
    expect(a.stored.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(a.stored.kdf.salt).not.toBe(b.stored.kdf.salt);
    expect(a.stored.cipher.iv).not.toBe(b.stored.cipher.iv);
    expect(JSON.stringify(a.stored)).not.toContain(pair.privateKey);
    expect(storedKeySchema.safeParse(a.stored).success).toBe(true);
    expect(await unlockKey(a.stored, PASS)).toEqual({ ok: true, key: pair });
  });

  it('says the passphrase is wrong, and refuses a short passphrase or a tampered store', async () => {
    const pair = await generateKeyPair();
    const other = await generateKeyPair();
    expect(await sealKey(pair, 'short', NOW)).toMatchObject({ ok: false });
    const sealed = await sealKey(pair, PASS, NOW, 100_000);
    if (!sealed.ok) throw new Error('sealing failed');
    const wrong = await unlockKey(sealed.stored, 'correct horse battery!');
    expect(wrong.ok || wrong.message.en).toMatch(/Wrong passphrase/);
    // A store whose ciphertext is another key's: decrypts, but is not the key it names.
    const swapped = await sealKey(other, PASS, NOW, 100_000);
    if (!swapped.ok) throw new Error('sealing failed');
    const tampered = await unlockKey({ ...swapped.stored, keyId: pair.keyId }, PASS);
    expect(tampered.ok || tampered.message.en).toMatch(/damaged/);
  });
});

describe('the key store', () => {
  it('keeps at most two encrypted keys, skips unreadable entries, and forgets one', async () => {
    const seal = async () => {
      const sealed = await sealKey(await generateKeyPair(), PASS, NOW, 100_000);
      if (!sealed.ok) throw new Error('sealing failed');
      return sealed.stored;
    };
    const [one, two, three] = [await seal(), await seal(), await seal()];
    expect(await storeKey(one)).toMatchObject({ ok: true });
    expect(await storeKey(two)).toMatchObject({ ok: true });
    const full = await storeKey(three);
    expect(full.ok || full.message.en).toMatch(/forget one first/);
    await studioKeysItem.setValue([...(await studioKeysItem.getValue()), { format: 'junk' }]);
    expect((await loadStoredKeys()).map((k) => k.keyId)).toEqual([one.keyId, two.keyId]);
    expect((await forgetKey(one.keyId)).map((k) => k.keyId)).toEqual([two.keyId]);
    expect((await loadStoredKeys()).map((k) => k.keyId)).toEqual([two.keyId]);
  });
});
