/**
 * Sign and export in the browser (issue 17 items 4–5): the changelog entry the lead must write, the
 * next version, the private key file `npm run pack -- keygen` writes (PKCS#8, base64, one line) held
 * in memory for this session only, and the signed envelope the options page and sync accept.
 */
import { localDate } from '../db/dates';
import type { LocalizedText } from '../i18n/text';
import { sealEnvelope, serializeEnvelope } from '../pack/envelope';
import type { Pack } from '../pack/schema';
import { fromBase64, keyIdOf, publicKeyOf } from '../pack/sign';
import { inTurn, isRefused, setAt } from './edit';

export interface SigningKey {
  keyId: string;
  publicKey: string;
  privateKey: string;
}

export type KeyFileResult = { ok: true; key: SigningKey } | { ok: false; message: LocalizedText };

/** Reads a `.key` file; a public key or anything else gets a sentence, not a throw. */
export async function readKeyFile(text: string): Promise<KeyFileResult> {
  const privateKey = text.trim();
  const bytes = fromBase64(privateKey);
  if (bytes?.length === 32) return { ok: false, message: releaseText.publicNotPrivate() };
  if (!bytes) return { ok: false, message: releaseText.notAKey() };
  try {
    const publicKey = await publicKeyOf(privateKey);
    return { ok: true, key: { keyId: await keyIdOf(publicKey), publicKey, privateKey } };
  } catch {
    return { ok: false, message: releaseText.notAKey() };
  }
}

const entryOf = (key: SigningKey) => ({ keyId: key.keyId, publicKey: key.publicKey });

/** What an administrator pastes into the options page or policy `trustedKeys`. */
export function trustedKeyEntry(key: SigningKey): string {
  return JSON.stringify(entryOf(key));
}

/** The file for administrators: every signing key's entry, in the managed policy's `trustedKeys` shape. */
export function trustedKeysFile(keys: readonly SigningKey[]): string {
  return `${JSON.stringify({ trustedKeys: keys.map(entryOf) }, null, 2)}\n`;
}

export type ReleaseResult =
  | { ok: true; payload: string; version: number }
  | { ok: false; message: LocalizedText };

/**
 * The payload to sign: the version above the published one, `publishedAt` now, and the lead's
 * changelog entry for that version (agents read it in the panel's "what's new").
 */
export function prepareRelease(
  text: string,
  draft: Pack,
  published: Pack | undefined,
  summary: string,
  now: number,
): ReleaseResult {
  const words = summary.trim();
  if (words === '') return { ok: false, message: releaseText.changelogRequired() };
  if (published && published.id !== draft.id)
    return { ok: false, message: releaseText.otherPack(draft.id, published.id) };
  const version = published ? Math.max(draft.version, published.version + 1) : draft.version;
  const changelog = draft.changelog.filter((entry) => entry.version !== version);
  changelog.push({ version, date: localDate(now, draft.timezone), summary: words });
  const payload = inTurn(text, [
    (t) => setAt(t, ['version'], version),
    (t) => setAt(t, ['publishedAt'], new Date(now).toISOString()),
    (t) => setAt(t, ['changelog'], changelog),
  ]);
  if (isRefused(payload)) return { ok: false, message: releaseText.refused(payload.at) };
  return { ok: true, payload, version };
}

/**
 * The signed envelope file's text, built and signed by the pack gate's own writer
 * (`sealEnvelope`, `serializeEnvelope`): one way to make an envelope, so what the Studio exports
 * is exactly what `checkEnvelope` reads. Several keys (a rotation) give several signatures.
 */
export async function signRelease(payload: string, keys: readonly SigningKey[]): Promise<string> {
  return serializeEnvelope(
    await sealEnvelope(
      payload,
      keys.map((k) => k.privateKey),
    ),
  );
}

export const releaseText = {
  notAKey: (): LocalizedText => ({
    zh: '不是私钥文件（应为 keygen 生成的 .key 文件：一行 base64 的 PKCS#8 Ed25519 私钥）',
    en: 'Not a private key file (expected the .key file keygen writes: one line of base64 PKCS#8 Ed25519)',
  }),
  publicNotPrivate: (): LocalizedText => ({
    zh: '这是公钥（.pub），签名需要私钥（.key）',
    en: 'This is a public key (.pub); signing needs the private key (.key)',
  }),
  changelogRequired: (): LocalizedText => ({
    zh: '签名前请填写本次更新说明',
    en: 'Write the changelog entry for this version before signing',
  }),
  otherPack: (draft: string, published: string): LocalizedText => ({
    zh: `草稿是话术包 ${draft}，但打开的已发布版本是 ${published}`,
    en: `The draft is pack ${draft} but the published version opened is ${published}`,
  }),
  refused: (at: string): LocalizedText => ({
    zh: `草稿中的 ${at || '根'} 不是对象，无法写入版本和更新说明：请在 JSON 源码中改正`,
    en: `${at || 'The root'} of the draft is not an object, so the version and changelog cannot be written: correct it in the JSON source`,
  }),
};
