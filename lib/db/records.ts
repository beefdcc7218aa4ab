/**
 * The rows the local database holds (issue 7), as zod schemas and inferred types. Storage is a
 * boundary (DESIGN.md principle 4): rows are parsed on read, and a row that does not parse is
 * reported and skipped, never allowed to break the panel.
 */
import { z } from 'zod';
import { MASK_KINDS } from '../privacy/mask/kinds';
import { isMaskedPhone } from '../privacy/phone-display';

export const RECORD_LIMITS = {
  id: 128,
  text: 20_000,
  shortText: 2_000,
  list: 2_000,
} as const;

const id = z.string().min(1).max(RECORD_LIMITS.id);
/** Epoch milliseconds. */
const at = z.number().int().min(0).max(8.64e15);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDate, { error: 'isoDate' });
const minorUnits = z.number().int().min(0).max(1e14);
const shortText = z.string().max(RECORD_LIMITS.shortText);

export const packRowSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  /** The signed envelope exactly as received (signatures are verified over these bytes). */
  envelope: z.string(),
  source: z.enum(['bundled', 'sync', 'import']),
  activatedAt: at.optional(),
  /**
   * That this build's checks passed this envelope (lib/pack/checked-mark.ts): the store's own field,
   * never taken from a pack file. No index, so no new database version: older rows lack it and are
   * checked on load.
   */
  checkedBy: z.string().max(200).optional(),
});
export type PackRow = z.infer<typeof packRowSchema>;

export const callRecordSchema = z.strictObject({
  id,
  accountKey: id,
  adapterId: id,
  packId: id,
  packVersion: z.number().int().min(1),
  /** The debtor's phone as shown: masked, at most its last four digits (issue 16 §5). */
  phone: shortText.refine(isMaskedPhone, { error: 'phoneNotMasked' }).optional(),
  /** HMAC-SHA-256 of the line under the per-install secret (lib/privacy/phone-key.ts): counts attempts. */
  phoneKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  startedAt: at,
  endedAt: at.optional(),
  /** The pack's segment that covered the account; absent when none did (issue 12 §3). */
  segmentId: id.optional(),
  /** The agent chose another segment than the pack's conditions picked. */
  segmentOverride: z.strictObject({ from: id, to: id, at }).optional(),
  stages: z.array(z.strictObject({ stageId: id, at })).max(RECORD_LIMITS.list),
  linesSaid: z.array(z.strictObject({ lineId: id, stageId: id, at })).max(RECORD_LIMITS.list),
  checklist: z.record(id, z.strictObject({ at, by: z.enum(['line', 'hand']) })),
  thirdParty: z.strictObject({ at }).optional(),
  /**
   * The CRM showed this call connected: its hanging up ends the call even when the panel saw it
   * only later (it showed another tab or was closed at the time; live-call walk 12).
   */
  crmLive: z.strictObject({ at }).optional(),
  objections: z.array(z.strictObject({ objectionId: id, at })).max(RECORD_LIMITS.list),
  overrides: z
    .array(
      z.strictObject({
        kind: z.enum(['rule', 'checklist']),
        ruleId: id.optional(),
        reason: shortText,
        /** The supervisor who approved a supervisor-only override (issue 12 §8). */
        supervisorId: id.optional(),
        /** The stop flags a stop-flag block matched when it was gone past; absent on older rows. */
        flags: z.array(id).max(RECORD_LIMITS.list).optional(),
        at,
      }),
    )
    .max(RECORD_LIMITS.list),
  plan: z
    .strictObject({
      type: id,
      summary: shortText,
      schedule: z.array(z.strictObject({ date: isoDate, amount: minorUnits })).max(RECORD_LIMITS.list),
      /** Needs-approval plans: when the agent confirmed a supervisor approved (issue 6). */
      approvedAt: z.number().optional(),
    })
    .optional(),
  promise: z.strictObject({ amount: minorUnits, date: isoDate }).optional(),
  disposition: z
    .strictObject({
      id,
      at,
      callbackAt: shortText.optional(),
      /** The debtor chose the callback time (12 CFR 1006.14(b)(3) consent; CN 另有约定). */
      consent: z.boolean().optional(),
      reason: shortText.optional(),
    })
    .optional(),
  /** Someone picked up (attempt caps count unanswered attempts). */
  answered: z.boolean(),
  /** A conversation with the debtor happened (Reg F 1006.14(b)(2)). */
  conversation: z.boolean(),
  flags: z.array(z.strictObject({ flag: id, reason: shortText, at })).max(RECORD_LIMITS.list),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

/** What a call holds before anything has happened on it: the panel's new call and the Studio preview's. */
export function callNotYetUnderway(): Pick<
  CallRecord,
  'stages' | 'linesSaid' | 'checklist' | 'objections' | 'overrides' | 'answered' | 'conversation' | 'flags'
> {
  return {
    stages: [],
    linesSaid: [],
    checklist: {},
    objections: [],
    overrides: [],
    answered: false,
    conversation: false,
    flags: [],
  };
}

export { MASK_KINDS, type MaskKind } from '../privacy/mask/kinds';
export const maskedSchema = z
  .array(z.strictObject({ kind: z.enum(MASK_KINDS), count: z.number().int().min(1) }))
  .max(MASK_KINDS.length);
export type Masked = z.infer<typeof maskedSchema>;

export const noteRecordSchema = z.strictObject({
  id,
  accountKey: id,
  callId: id.optional(),
  /** Already redacted (lib/db/redact.ts) when it was written. */
  text: z.string().max(RECORD_LIMITS.text),
  masked: maskedSchema,
  createdAt: at,
  updatedAt: at,
});
export type NoteRecord = z.infer<typeof noteRecordSchema>;

export const draftRecordSchema = z.strictObject({
  accountKey: id,
  text: z.string().max(RECORD_LIMITS.text),
  updatedAt: at,
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;

/**
 * A search that found nothing or only weak matches (issue 11 §3), for the quality leads to add
 * triggers. No account, call or agent: only what was typed (masked like a note), where, and
 * which card the agent opened in the end.
 */
export const searchMissRecordSchema = z.strictObject({
  id,
  at,
  /** Already redacted (lib/db/redact.ts) when it was written. */
  query: shortText,
  reason: z.enum(['none', 'weak']),
  /** The script phase the call was in, when known. */
  phase: z.string().max(RECORD_LIMITS.id).optional(),
  /** The objection opened from this search, if any. */
  openedId: id.optional(),
});
export type SearchMissRecord = z.infer<typeof searchMissRecordSchema>;

/** A stored row that did not parse: skipped by the reader, reported so it is never silent. */
export interface BadRow {
  table: 'packs' | 'calls' | 'notes' | 'drafts';
  key: string;
  issue: string;
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
