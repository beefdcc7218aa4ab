/**
 * A pack written in another format than this extension reads (red team 10 and 11: `pack@0` was
 * refused with "format must be call-assist/pack@1", which tells a quality lead neither which
 * version they hold nor what to do). Read before the schema: a pack of another format fails every
 * other check too, and a hundred of those would bury the one line that matters. Older formats are
 * told the upgrade step (the Studio or the CLI, then sign again); newer ones that the extension
 * needs updating; a format in the wrong case or with spaces how to write it.
 */
import { type PackError, packError, quote } from './errors';
import { preflightText } from './preflight-text';
import { PACK_FORMAT } from './schema';

const CURRENT = 1;
/** call-assist/pack@0, pack@0, Call-Assist/Pack@0.9, call-assist/pack-v0 … */
const NAMED = /^(?:call-assist\/)?pack(?:@|-?v)(\d{1,6})(?:\.\d{1,6})*$/i;
/** Keys earlier drafts of the format used for their version. */
const VERSION_KEYS = ['schemaVersion', 'formatVersion', 'schema'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The refusal for a pack of another format, or undefined when it names this one (or is not a pack at all). */
export function formatRefusal(value: unknown): PackError | undefined {
  if (!isRecord(value)) return undefined;
  const format = value.format;
  if (format === PACK_FORMAT) return undefined;
  if (format === undefined) {
    const key = VERSION_KEYS.find((k) => value[k] !== undefined);
    if (key === undefined) return packError(['format'], 'required', preflightText.noFormat(PACK_FORMAT));
    return packError(
      [key],
      'olderFormat',
      preflightText.olderFormat(`${key}: ${quote(value[key], 30)}`, PACK_FORMAT),
    );
  }
  if (typeof format !== 'string') return undefined;
  const trimmed = format.trim();
  const named = NAMED.exec(trimmed);
  if (!named) return undefined;
  const major = Number(named[1]);
  const got = quote(format, 40);
  if (major < CURRENT)
    return packError(['format'], 'olderFormat', preflightText.olderFormat(got, PACK_FORMAT));
  if (major > CURRENT)
    return packError(['format'], 'newerFormat', preflightText.newerFormat(got, PACK_FORMAT));
  return packError(['format'], 'invalid_value', preflightText.formatSpelling(got, PACK_FORMAT));
}
