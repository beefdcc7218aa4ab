/**
 * Red team 14 items 4 and 5: an envelope with a flood of signatures is refused for its count before
 * any signature is read; a key id written in another case or width names the same key.
 */
import { checkEnvelope, MAX_SIGNATURES } from '@/lib/pack/envelope';
import { countSignatures } from '@/lib/pack/envelope-text';
import { keyIdOf } from '@/lib/pack/sign';
import { packText, signedEnvelope, smallPack, TEST_ONLY_KEYS } from '../../fixtures/hostile/make';
import { gateOptions as options } from './sync-harness';

describe('many signatures', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['empty objects', 500_000, '{}'],
    ['numbers', 500_000, '0'],
    // As many as fit under the 5 MB cap.
    ['well-formed signatures', 80_000, '{"keyId":"0123456789abcdef","alg":"Ed25519","sig":"AAAA"}'],
  ])('refuses %s (%i) for their count, before parsing any of them', async (_name, count, item) => {
    const text = `{"payload":"{}","signatures":[${Array.from({ length: count }, () => item).join(',')}]}`;
    const parse = vi.spyOn(JSON, 'parse');
    const result = await checkEnvelope(text, options());
    expect(parse).not.toHaveBeenCalled();
    expect(result.kind === 'refused' && result.refusal.code).toBe('tooManySignatures');
    if (result.kind !== 'refused') return;
    expect(result.refusal.message.en).toContain(`${count} signatures; at most 8`);
    expect(result.refusal.message.zh).toContain(`${count} 个签名，最多只读 8 个`);
  });

  it(`takes ${MAX_SIGNATURES} signatures and refuses ${MAX_SIGNATURES + 1} for the count`, async () => {
    const envelope = JSON.parse(await signedEnvelope(packText(smallPack(3))));
    const many = (n: number) =>
      JSON.stringify({ ...envelope, signatures: Array.from({ length: n }, () => envelope.signatures[0]) });
    expect((await checkEnvelope(many(MAX_SIGNATURES), options())).kind).toBe('accepted');
    const over = await checkEnvelope(many(MAX_SIGNATURES + 1), options());
    expect(over.kind === 'refused' && over.refusal.code).toBe('tooManySignatures');
  });

  it.each([
    ['{"payload":"x","signatures":[]}', 0],
    ['{"payload":"x","signatures":[ ]}', 0],
    ['{"payload":"[1,2,3]","signatures":[{"a":[1,2,{"b":"],,"}]},"s,]"]}', 2],
    ['{"signature\\u0073":[1,2,3],"payload":"x"}', 3],
    ['{"payload":{"signatures":[1,2,3]},"other":[4,5]}', 0],
    ['{"a":"signatures","b":[1,2]}', 0],
    ['\n{ "signatures" :\n [ 1 ,\n 2 ] }', 2],
  ])('counts the top-level signatures of %s: %i', (text, count) => {
    expect(countSignatures(text)).toBe(count);
  });
});

describe('a key id written in another case or width', () => {
  const toFullWidth = (text: string) =>
    [...text].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');
  const rewritten = async (write: (keyId: string) => string) => {
    const envelope = JSON.parse(await signedEnvelope(packText(smallPack(3))));
    envelope.signatures[0].keyId = write(envelope.signatures[0].keyId);
    return JSON.stringify(envelope);
  };

  it.each([
    ['upper-case hex', (id: string) => id.toUpperCase()],
    ['full-width digits and letters', toFullWidth],
    ['full-width upper case', (id: string) => toFullWidth(id.toUpperCase())],
  ])('names the same trusted key in %s, recorded as keyIdOf writes it', async (_name, write) => {
    const keyId = await keyIdOf(TEST_ONLY_KEYS.trusted.publicKey);
    expect(write(keyId)).not.toBe(keyId);
    const result = await checkEnvelope(await rewritten(write), options());
    expect(result.kind === 'refused' ? result.refusal.message.en : result.kind).toBe('accepted');
    if (result.kind === 'accepted') expect(result.signedBy).toEqual([keyId]);
  });

  it('still refuses another key id, and a bad signature under a re-written trusted id', async () => {
    const other = await checkEnvelope(await rewritten(() => 'FEDCBA9876543210'), options());
    expect(other.kind === 'refused' && other.refusal.code).toBe('untrustedKey');
    const envelope = JSON.parse(await rewritten((id) => id.toUpperCase()));
    envelope.payload = envelope.payload.replace('"version": 3', '"version": 4');
    const forged = await checkEnvelope(JSON.stringify(envelope), options());
    expect(forged.kind === 'refused' && forged.refusal.code).toBe('badSignature');
  });

  it('a floor-reset key id from policy in upper case is the same key', async () => {
    const text = await signedEnvelope(packText(smallPack(3)));
    const result = await checkEnvelope(
      text,
      options({
        current: async () => ({ version: 50, payload: 'other', signedBy: ['0000000000000000'] }),
        floorResetKeyId: (await keyIdOf(TEST_ONLY_KEYS.trusted.publicKey)).toUpperCase(),
      }),
    );
    expect(result.kind === 'accepted' && result.floorReset).toBe(true);
  });
});
