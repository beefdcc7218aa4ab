/**
 * Every field of a call record the agent types, masked (issue 16 §5): override reasons, flag
 * reasons, the disposition's reason; and the phone kept only in its masked display form. Every
 * writer of calls (lib/db/calls.ts, wrapup.ts, export.ts import, the v4 upgrade) passes rows here.
 */
import type { CallRecord } from '../db/records';
import { maskPersonalNumbers } from './mask';
import { isMaskedPhone, maskedPhone } from './phone-display';

const mask = (text: string) => maskPersonalNumbers(text).text;

export function maskCallFields(call: CallRecord): CallRecord {
  const { disposition, phone } = call;
  return {
    ...call,
    ...(phone !== undefined && !isMaskedPhone(phone) ? { phone: maskedPhone(phone) } : {}),
    overrides: call.overrides.map((override) => ({ ...override, reason: mask(override.reason) })),
    flags: call.flags.map((flag) => ({ ...flag, reason: mask(flag.reason) })),
    ...(disposition?.reason === undefined
      ? {}
      : { disposition: { ...disposition, reason: mask(disposition.reason) } }),
  };
}
