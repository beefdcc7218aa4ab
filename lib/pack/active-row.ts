/**
 * Which stored version of a pack is the active one (code review: the panel's loader, the sync,
 * the options page's pack names and the Studio each chose it with their own filter): the highest
 * version that was ever activated, so all of them name the same version.
 */
import type { PackRow } from '../db/records';
import type { CallAssistDB } from '../db/schema';

export function activeRowOf(rows: readonly PackRow[]): PackRow | undefined {
  let active: PackRow | undefined;
  for (const row of rows)
    if (row.activatedAt !== undefined && (active === undefined || row.version > active.version)) active = row;
  return active;
}

/** The active row of a pack id, read from the database; undefined when no version is active. */
export async function activePackRow(db: CallAssistDB, packId: string): Promise<PackRow | undefined> {
  return activeRowOf(await db.packs.where('id').equals(packId).toArray());
}
