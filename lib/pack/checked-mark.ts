/**
 * The store's mark that this build's checks passed a stored row (store15 item 2): a pack the gate
 * accepted is linted there, and was linted again on its first read. The mark is
 * `<checks id>:<SHA-256 of the stored envelope>`:
 * - the checks id changes with the source of any module the schema or lint is made of (computed at
 *   build, cli/pack-checks-id.ts), so a rule added by a later build still re-checks what an earlier
 *   build marked, and a row with no mark (stored before marks existed) is checked;
 * - the digest binds the mark to the very text that was checked: a row rewritten with other content
 *   under the same version is checked again, whatever field it kept.
 * It is a field of the row, set only by the store when the gate accepted (sync.ts): never read from
 * a pack file, whose envelope is a strict { payload, signatures } and cannot hold its own digest.
 */
import type { PackRow } from '../db/records';
import { payloadBytes } from './sign';

/** This build's checks; undefined where lib/ runs without the build's define (then nothing is skipped). */
export const PACK_CHECKS_ID: string | undefined =
  typeof __PACK_CHECKS_ID__ === 'string' && __PACK_CHECKS_ID__ !== '' ? __PACK_CHECKS_ID__ : undefined;

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', payloadBytes(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The mark for an envelope this build's checks passed; undefined when the build has no checks id. */
export async function checkedMark(envelope: string): Promise<string | undefined> {
  return PACK_CHECKS_ID === undefined ? undefined : `${PACK_CHECKS_ID}:${await sha256Hex(envelope)}`;
}

/** Whether this build's checks passed this very envelope (so lint need not run on it again). */
export async function checkedByThisBuild(row: Pick<PackRow, 'envelope' | 'checkedBy'>): Promise<boolean> {
  // Another build's mark (or none) is refused before hashing anything.
  if (PACK_CHECKS_ID === undefined || !row.checkedBy?.startsWith(`${PACK_CHECKS_ID}:`)) return false;
  return row.checkedBy === (await checkedMark(row.envelope));
}
