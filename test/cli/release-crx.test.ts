import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { extensionIdOf, packCrx3, publicKeyDer } from '../../cli/release/crx';

/** A protobuf message's length-delimited fields, read independently of the writer. */
function fields(bytes: Buffer): Map<number, Buffer[]> {
  const found = new Map<number, Buffer[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const tag = varint();
    expect(tag & 7).toBe(2);
    const length = varint();
    found.set(tag >>> 3, [...(found.get(tag >>> 3) ?? []), bytes.subarray(at, at + length)]);
    at += length;
  }
  return found;
}

describe('CRX3 packaging (issue 18)', () => {
  it('derives the id Chromium shows for a manifest key', () => {
    // Chromium loaded an unpacked build with this `key` and named it kdaikcakebifkbpelfameohomjghmhma
    // (checked once with Debian's Chromium; `chromium --pack-extension` with the same key wrote the
    // same signed header as packCrx3).
    const spki = Buffer.from(
      'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAneUOKh4b6LUAkhzE0/FpMm5+Gu7jh52ReVuD89FDia3jwiDVprV2ZHogeGPEE6QSNTRkzH1ZHqy5w2uoRdogzLD038U+5shuFUF9O25H1Uexe+Ez/jHLDDojeWPHcj32ep6+9CfsUYXJztz/l48oPJeGWb+jqA5/zRhVD4SqQhBjtAHKRtTX6nXbezqMHUC5gWaGcjOHvG38ztWKEIV764s7UrwnxmJALbYlwgnX0MVMjkumc/bPz0A/iZjJNcIpMNKVwtAUnTzQrJZA5EqZVv8RxfanvOQt0lwLfr0OF1g+N1rRKrOHx8+P0QUHwXeeDKAxkmvvqWxLfGT3pghUOwIDAQAB',
      'base64',
    );
    expect(extensionIdOf(spki)).toBe('kdaikcakebifkbpelfameohomjghmhma');
  });

  it('writes Cr24 v3 with the key, a signature over the signed header and the zip, and the id', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const zip = Buffer.from('PK\u0003\u0004 not really a zip, but bytes the signature must cover');
    const crx = packCrx3(zip, privateKey);

    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerLength = crx.readUInt32LE(8);
    const header = fields(crx.subarray(12, 12 + headerLength));
    expect(crx.subarray(12 + headerLength)).toEqual(zip);

    const [proof] = header.get(2) ?? [];
    const [signedData] = header.get(10000) ?? [];
    if (!proof || !signedData) throw new Error('header fields missing');
    const [publicKey] = fields(proof).get(1) ?? [];
    const [signature] = fields(proof).get(2) ?? [];
    if (!publicKey || !signature) throw new Error('proof fields missing');
    expect(publicKey).toEqual(publicKeyDer(privateKey));

    const [crxId] = fields(signedData).get(1) ?? [];
    const idLetters = [...(crxId ?? Buffer.alloc(0)).toString('hex')]
      .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
      .join('');
    expect(idLetters).toBe(extensionIdOf(publicKey));

    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedData.length);
    const signedBytes = Buffer.concat([Buffer.from('CRX3 SignedData\0', 'latin1'), length, signedData, zip]);
    const key = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    expect(verify('sha256', signedBytes, key, signature)).toBe(true);
    // Another zip under the same header does not verify.
    const tampered = Buffer.concat([signedBytes.subarray(0, -1), Buffer.from('!')]);
    expect(verify('sha256', tampered, key, signature)).toBe(false);
  });
});
