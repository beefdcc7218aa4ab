/**
 * The debtor's time zone and local clock. Call-window and per-day rules are judged in the
 * debtor's local time (12 CFR 1006.6(b)(1)(i); 催收工作指引 22:00–08:00), never the agent's.
 * All conversions go through Intl with IANA names, so daylight-saving changes are the tz
 * database's job, not ours: there is no hand-written offset in this file.
 * The clock lives in local-time.ts, the zone clues in zone-clues.ts and nanp-regions.ts.
 */
import type { AccountContext, FieldReading } from '../crm/context';
import { isValidTimeZone } from './local-time';
import { zoneFromPhone, zoneFromRegion } from './zone-clues';

export {
  clockText,
  dayNumber,
  debtorLocalTime,
  isoDateOfDay,
  isValidTimeZone,
  type LocalTime,
} from './local-time';
export { knownAreaCodes, regionZones, zoneOfAreaCode } from './nanp-regions';
export { zoneFromPhone, zoneFromRegion } from './zone-clues';

/** Where the zone came from, best first. */
export type ZoneSource = 'field' | 'phone' | 'region' | 'default';

export interface DebtorZone {
  /** IANA time zone name. */
  zone: string;
  source: ZoneSource;
  /** The text the zone was derived from (field value, phone digits, region text). */
  from?: string;
}

// ---- The debtor's zone -----------------------------------------------------------------------

function textOf(reading: FieldReading | undefined): string | null {
  if (!reading) return null;
  const v = reading.value;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** Phone value as parsed, with the leading + put back if the page showed one. */
function phoneText(reading: FieldReading | undefined): string | null {
  const value = textOf(reading);
  if (!value || !reading) return null;
  return !value.startsWith('+') && reading.raw.trim().startsWith('+') ? `+${value}` : value;
}

/**
 * Every zone the account points to (issue 12 §6, Reg F 1006.6(b)(1)(i)): the CRM's time zone field
 * (if a valid IANA name), the phone's country and area code, and the region text, best first and
 * without repeats; the pack default only when none of them gives a zone. When they disagree a call
 * is allowed only when it is inside the window in every one of them.
 */
export function debtorZones(
  context: AccountContext | null,
  packTimezone: string,
  timezoneField = 'timezone',
): DebtorZone[] {
  const fields = context?.fields ?? {};
  const found: DebtorZone[] = [];
  const add = (zone: DebtorZone) => {
    if (!found.some((z) => z.zone === zone.zone)) found.push(zone);
  };
  const named = textOf(fields[timezoneField]);
  if (named && isValidTimeZone(named)) add({ zone: named, source: 'field', from: named });

  const phone = phoneText(fields.phone);
  const byPhone = phone ? zoneFromPhone(phone, packTimezone) : null;
  if (phone && byPhone) add({ zone: byPhone, source: 'phone', from: phone });

  const region = textOf(fields.region);
  const byRegion = region ? zoneFromRegion(region) : null;
  if (region && byRegion) add({ zone: byRegion, source: 'region', from: region });

  // A pack with a bad zone must not crash the guard; UTC at least shows a clock.
  if (found.length === 0)
    add({ zone: isValidTimeZone(packTimezone) ? packTimezone : 'UTC', source: 'default' });
  return found;
}

/** The debtor's main zone: the first of `debtorZones` (field, else phone, else region, else default). */
export function debtorZone(
  context: AccountContext | null,
  packTimezone: string,
  timezoneField = 'timezone',
): DebtorZone {
  return debtorZones(context, packTimezone, timezoneField)[0] as DebtorZone;
}
