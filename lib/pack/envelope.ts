/**
 * The signed envelope a pack travels in (DESIGN.md "Distribution"): `{ payload, signatures }`,
 * the payload being the pack JSON as a string, signed over its exact UTF-8 bytes. `checkEnvelope`
 * is the one gate every pack from outside passes, by sync or by import: cheap refusals first,
 * then the signature, and only then is the payload parsed, linted and compared with what is active.
 */
import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { foldText } from '../text/fold';
import { findDuplicateKey, objectOverLimitAt } from './duplicate-keys';
import { countSignatures, envelopeBody, isBarePack } from './envelope-text';
import { displaySafe, formatPackError, formatPath, type PackError, packError } from './errors';
import { type LintFinding, lintErrors, lintPack } from './lint';
import { gateText, MAX_VERSION_JUMP } from './lint-gate';
import { issuesToErrors, MAX_JSON_DEPTH, MAX_OBJECT_KEYS, parsePack, utf8Length } from './parse';
import { preflightText } from './preflight-text';
import { refusalText } from './refusal-text';
import { LIMITS, type Pack } from './schema';
import { keyIdOf, type Signature, signPayload, verifySignature } from './sign';

/**
 * A release is signed by one key, by two during a key rotation (old and new), by a few when a site
 * has co-signers (quality lead and compliance); 8 leaves room for that while a hostile file cannot
 * make the gate read and verify thousands (red team 14 item 4: 500,000 took 1.4 s to refuse).
 */
export const MAX_SIGNATURES = 8;
const MAX_MESSAGE = 400;
const MAX_PATH = 160;
const MAX_DETAILS = 10;

export const signatureSchema = z.strictObject({
  keyId: z.string().min(1).max(64),
  alg: z.literal('Ed25519'),
  sig: z.string().min(1).max(200),
});

export const envelopeSchema = z.strictObject({
  payload: z.string().max(LIMITS.packBytes),
  signatures: z.array(signatureSchema).max(MAX_SIGNATURES),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export interface TrustedKey {
  keyId?: string;
  publicKey: string;
}

export type RefusalCode =
  | 'empty'
  | 'tooLarge'
  | 'notUtf8'
  | 'html'
  | 'notJson'
  | 'tooDeep'
  | 'forbiddenKey'
  | 'duplicateKey'
  | 'badEnvelope'
  | 'badRedirect'
  | 'tooManySignatures'
  | 'unsigned'
  | 'noTrustedKeys'
  | 'untrustedKey'
  | 'badSignature'
  | 'invalidPack'
  | 'lintErrors'
  | 'otherPack'
  | 'notNewer'
  | 'expired';

export interface Refusal {
  code: RefusalCode;
  message: LocalizedText;
  /** Schema or lint errors with their JSON paths, when that is the reason. */
  details?: PackError[];
}

export type EnvelopeCheck =
  | {
      kind: 'accepted';
      pack: Pack;
      envelope: Envelope;
      /** Keys whose signature verified; empty for an unsigned pack in developer mode. */
      signedBy: string[];
      warnings: LintFinding[];
      /** Accepted under `floorResetKeyId` although not newer: the caller lowers the floor. */
      floorReset: boolean;
    }
  /** The very payload that is already active (a server without ETag serves it again). */
  | { kind: 'same'; pack: Pack }
  | { kind: 'refused'; refusal: Refusal };

export interface EnvelopeCheckOptions {
  trustedKeys: readonly TrustedKey[];
  /** Developer mode (never when policy forbids): an unsigned envelope or a bare pack is accepted. */
  allowUnsigned: boolean;
  /** Only this pack id is accepted (the id a pack URL is bound to, or the one policy pins). */
  packId?: string;
  /** The version a new pack must exceed, and the active payload, for a pack id. */
  current: (packId: string) => Promise<
    | {
        version: number;
        payload?: string;
        signedBy?: readonly string[];
        /**
         * Nothing readable is stored at `version` (the rows were lost, the row is unreadable): that
         * very version may be stored again, nothing below it (red team 14 item 2).
         */
        vacant?: boolean;
      }
    | undefined
  >;
  /**
   * Recovery from a too-high version (issue 14 item 5, managed policy `versionFloorReset`): a pack
   * signed by this trusted key is not compared with the current version. The caller passes it
   * only for a key that is new (it did not sign the active pack) and only until it was used once.
   */
  floorResetKeyId?: string;
  now: number;
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * The key a key id names, however it is written (red team 14 item 5). A key id is the SHA-256 of the
 * public key written in hex (keyIdOf): hex has no case, and a full-width ＡＢ１２ (an id retyped with
 * a Chinese input method) is the same digits, so `ABCDEF…` and `ａｂｃｄｅｆ…` name the key `abcdef…`.
 * Folding the id is safe because the id only chooses which trusted key checks the signature: it is
 * not signed, and a wrong choice fails that check. Folded with the one folding of untrusted text.
 */
export function keyIdKey(keyId: string): string {
  return foldText(keyId);
}

/**
 * Every refusal is short and safe to show (issue 14 item 7): bidi and control characters removed,
 * the sentence and each path capped, at most a few details (the count is in the sentence).
 */
export function refusal(code: RefusalCode, message: LocalizedText, details?: PackError[]): Refusal {
  const safe = { zh: displaySafe(message.zh, MAX_MESSAGE), en: displaySafe(message.en, MAX_MESSAGE) };
  if (!details) return { code, message: safe };
  return {
    code,
    message: safe,
    details: details.slice(0, MAX_DETAILS).map((d) => ({
      path: displaySafe(d.path, MAX_PATH),
      code: d.code,
      message: { zh: displaySafe(d.message.zh, MAX_MESSAGE), en: displaySafe(d.message.en, MAX_MESSAGE) },
    })),
  };
}

function refused(code: RefusalCode, message: LocalizedText, details?: PackError[]): EnvelopeCheck {
  return { kind: 'refused', refusal: refusal(code, message, details) };
}

/** An HTML page (a captive portal, a login wall, a 404 page served as 200) instead of JSON. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}

function tooDeep(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

export function serializeEnvelope(envelope: Envelope): string {
  return `${JSON.stringify({ payload: envelope.payload, signatures: envelope.signatures }, null, 2)}\n`;
}

/** Signs the exact text of a pack (as the quality lead wrote it) and wraps it. */
export async function sealEnvelope(payload: string, privateKeys: readonly string[]): Promise<Envelope> {
  const signatures: Signature[] = [];
  for (const key of privateKeys) signatures.push(await signPayload(payload, key));
  return { payload, signatures };
}

/** Reads the envelope text: JSON, the right shape, nothing that reaches a prototype. */
export function openEnvelope(
  text: string,
): { ok: true; envelope: Envelope; bare: boolean } | { ok: false; refusal: Refusal } {
  const fail = (code: RefusalCode, message: LocalizedText) => ({
    ok: false as const,
    refusal: refusal(code, message),
  });
  const body = envelopeBody(text);
  if (body.trim() === '') return fail('empty', refusalText.empty());
  const bytes = utf8Length(body);
  // The cap is on what travels (the envelope); the payload inside is smaller still.
  if (bytes > LIMITS.packBytes) return fail('tooLarge', refusalText.tooLarge(bytes, LIMITS.packBytes));
  if (looksLikeHtml(body)) return fail('html', refusalText.html());
  // Before JSON.parse: a hostile nesting must not cost a deep parse (or the stack).
  if (tooDeep(body, MAX_JSON_DEPTH)) return fail('tooDeep', refusalText.tooDeep());
  // Also before JSON.parse: an envelope of 300,000 unknown keys took 6 s to parse and describe
  // (red team 13); counting them is one linear pass. A bare developer pack obeys the pack's limit.
  if (objectOverLimitAt(body, MAX_OBJECT_KEYS) >= 0)
    return fail('badEnvelope', preflightText.tooManyKeys(MAX_OBJECT_KEYS + 1, MAX_OBJECT_KEYS));
  // And the signatures counted before any is parsed or looked at (red team 14 item 4).
  const signatures = countSignatures(body);
  if (signatures > MAX_SIGNATURES)
    return fail('tooManySignatures', refusalText.tooManySignatures(signatures, MAX_SIGNATURES));
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return fail('notJson', refusalText.notJson(error instanceof Error ? error.message : String(error)));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('badEnvelope', refusalText.badEnvelope(refusalText.notAnObject()));
  const duplicate = findDuplicateKey(body);
  if (duplicate) return fail('duplicateKey', refusalText.duplicateKey(formatPath(duplicate)));
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.includes(key)) return fail('forbiddenKey', refusalText.forbiddenKey(key));
  }
  if (isBarePack(value)) {
    return { ok: true, envelope: { payload: body, signatures: [] }, bare: true };
  }
  const parsed = envelopeSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === 'payload' && issue.code === 'too_big')
      return fail(
        'tooLarge',
        refusalText.tooLarge(utf8Length(String((value as { payload: unknown }).payload)), LIMITS.packBytes),
      );
    // Through the one zod-issue translator, in both languages (zod's own English reached the
    // Chinese status line before red team 13).
    const [first] = issuesToErrors(parsed.error.issues, value, envelopeSchema);
    const reason = first
      ? { zh: formatPackError(first, 'zh'), en: formatPackError(first, 'en') }
      : refusalText.notAnObject();
    return fail('badEnvelope', refusalText.badEnvelope(reason));
  }
  return { ok: true, envelope: parsed.data, bare: false };
}

export async function checkEnvelope(text: string, options: EnvelopeCheckOptions): Promise<EnvelopeCheck> {
  const opened = openEnvelope(text);
  if (!opened.ok) return { kind: 'refused', refusal: opened.refusal };
  const { envelope } = opened;
  if (utf8Length(envelope.payload) > LIMITS.packBytes)
    return refused('tooLarge', refusalText.tooLarge(utf8Length(envelope.payload), LIMITS.packBytes));
  // A signature covers UTF-8 bytes, and a lone surrogate (`"\ud800"` in the JSON) encodes as the
  // same bytes as U+FFFD: two different payloads would verify with one signature (red team 13).
  if (!envelope.payload.isWellFormed()) return refused('notUtf8', refusalText.brokenPayload());

  // ---- Signature, before the payload is even parsed ----
  const signedBy: string[] = [];
  if (envelope.signatures.length === 0) {
    if (!options.allowUnsigned) return refused('unsigned', refusalText.unsigned());
  } else {
    const trusted = new Map<string, string>();
    // The id is recomputed from the key: a mislabelled trusted key cannot vouch under another id.
    for (const key of options.trustedKeys) {
      try {
        trusted.set(await keyIdOf(key.publicKey), key.publicKey);
      } catch {
        // An unreadable trusted key trusts nothing; the options page shows it as invalid.
      }
    }
    if (trusted.size === 0 && !options.allowUnsigned)
      return refused(
        'noTrustedKeys',
        options.trustedKeys.length > 0
          ? refusalText.noReadableTrustedKey(options.trustedKeys.length)
          : refusalText.noTrustedKeys(),
      );
    const known = envelope.signatures.filter((s) => trusted.has(keyIdKey(s.keyId)));
    if (known.length === 0) {
      if (!options.allowUnsigned)
        return refused('untrustedKey', refusalText.untrustedKey(envelope.signatures.map((s) => s.keyId)));
    } else {
      for (const s of known) {
        const keyId = keyIdKey(s.keyId);
        if (!(await verifySignature(envelope.payload, s.sig, trusted.get(keyId) as string)))
          return refused('badSignature', refusalText.badSignature(keyId));
        // The id as keyIdOf writes it: the floor-reset key and the active pack's signers compare with it.
        signedBy.push(keyId);
      }
    }
  }

  // ---- The pack itself ----
  const parsed = parsePack(envelope.payload);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const code: RefusalCode =
      first?.code === 'tooDeep'
        ? 'tooDeep'
        : first?.code === 'forbiddenKey' || first?.code === 'duplicateKey'
          ? first.code
          : first?.code === 'tooLarge'
            ? 'tooLarge'
            : 'invalidPack';
    return refused(code, refusalText.invalidPack(parsed.errors), parsed.errors);
  }
  const pack = parsed.pack;
  if (options.packId !== undefined && pack.id !== options.packId)
    return refused('otherPack', refusalText.otherPack(pack.id, options.packId));

  const current = await options.current(pack.id);
  let floorReset = false;
  // The floor's own version, when nothing of it is stored, fills the gap: not a rollback.
  const refill = current?.vacant === true && pack.version === current.version;
  if (current && pack.version <= current.version && !refill) {
    if (current.payload === envelope.payload) return { kind: 'same', pack };
    const key = options.floorResetKeyId === undefined ? undefined : keyIdKey(options.floorResetKeyId);
    floorReset =
      key !== undefined && signedBy.includes(key) && !current.signedBy?.some((id) => keyIdKey(id) === key);
    if (!floorReset) return refused('notNewer', refusalText.notNewer(pack.version, current.version));
  }
  if (pack.expiresAt !== undefined && Date.parse(pack.expiresAt) <= options.now)
    return refused('expired', refusalText.expired(pack.expiresAt));

  const findings = lintPack(pack);
  const errors = lintErrors(findings);
  if (errors.length > 0) return refused('lintErrors', refusalText.lintErrors(errors), errors);
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (current && pack.version - current.version > MAX_VERSION_JUMP)
    warnings.push({
      severity: 'warning',
      ...packError(['version'], 'versionJump', gateText.versionJump(current.version, pack.version)),
    });
  return { kind: 'accepted', pack, envelope, signedBy, warnings, floorReset };
}
