/**
 * CRX3 packaging in Node (issue 18): Chrome/Edge force-install a self-hosted extension from a CRX3
 * file signed with the bank's RSA key. The key also fixes the extension id: the id is derived from
 * the public key, and the manifest's `key` carries the same public key, so an unpacked build, the
 * CRX and every later version share one id.
 *
 * Format (Chromium's components/crx_file/crx3.proto): "Cr24", version 3, header length, then a
 * CrxFileHeader { sha256_with_rsa: AsymmetricKeyProof { public_key, signature },
 * signed_header_data: SignedData { crx_id } }, then the zip. The signature covers
 * "CRX3 SignedData\0" + length of signed_header_data + signed_header_data + zip.
 */
import { createHash, createPublicKey, type KeyObject, sign } from 'node:crypto';

/** The SubjectPublicKeyInfo (DER) of a key: what Chrome hashes into the id and the manifest `key` holds. */
export function publicKeyDer(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

/** The 16 bytes Chrome's id is made of: the first half of SHA-256 of the public key. */
export function crxIdBytes(spki: Buffer): Buffer {
  return createHash('sha256').update(spki).digest().subarray(0, 16);
}

/** The 32-letter id Chrome shows (`a`–`p` for the hex digits of {@link crxIdBytes}). */
export function extensionIdOf(spki: Buffer): string {
  return [...crxIdBytes(spki).toString('hex')]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** A length-delimited protobuf field (wire type 2). */
function field(number: number, payload: Buffer): Buffer {
  return Buffer.concat([varint((number << 3) | 2), varint(payload.length), payload]);
}

const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\0', 'latin1');

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
}

/** Signs `zip` (the extension's files) into a CRX3 with `privateKey` (RSA, PKCS#1 v1.5, SHA-256). */
export function packCrx3(zip: Buffer, privateKey: KeyObject): Buffer {
  const spki = publicKeyDer(privateKey);
  const signedData = field(1, crxIdBytes(spki));
  const signature = sign(
    'sha256',
    Buffer.concat([SIGNATURE_CONTEXT, uint32(signedData.length), signedData, zip]),
    privateKey,
  );
  const header = Buffer.concat([
    field(2, Buffer.concat([field(1, spki), field(2, signature)])),
    field(10000, signedData),
  ]);
  return Buffer.concat([Buffer.from('Cr24', 'latin1'), uint32(3), uint32(header.length), header, zip]);
}
