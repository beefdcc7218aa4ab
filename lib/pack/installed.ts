/**
 * Installed packs as an agent names them (live-call walk 11 §3): the pack's title and version,
 * never its id. The title is read from the stored payload without the full parse the panel does.
 */
import type { PackRow } from '../db/records';
import type { CallAssistDB } from '../db/schema';
import { activePackRow, activeRowOf } from './active-row';
import { storedPayload } from './store';

export interface InstalledPack {
  id: string;
  /** The pack's own title; null when the stored payload cannot be read. */
  title: string | null;
  version: number;
}

/** The pack's title from its stored envelope, or null. */
export function storedTitle(envelope: string): string | null {
  const payload = storedPayload(envelope);
  if (payload === undefined) return null;
  try {
    const title: unknown = JSON.parse(payload)?.title;
    return typeof title === 'string' && title.trim() !== '' ? title : null;
  } catch {
    return null;
  }
}

/** The highest activated version among one id's rows, else the highest stored one. */
function newest(rows: readonly PackRow[]): PackRow | undefined {
  return activeRowOf(rows) ?? [...rows].sort((a, b) => b.version - a.version)[0];
}

const described = (row: PackRow): InstalledPack => ({
  id: row.id,
  title: storedTitle(row.envelope),
  version: row.version,
});

/** Every installed pack id, each with the title and version of its active (else newest) version. */
export async function installedPacks(db: CallAssistDB): Promise<InstalledPack[]> {
  const byId = new Map<string, PackRow[]>();
  for (const row of await db.packs.toArray()) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  return [...byId.values()].flatMap((rows) => {
    const row = newest(rows);
    return row ? [described(row)] : [];
  });
}

/** The active version of a pack id, as the agent names it; undefined when none is active. */
export async function activePackOf(db: CallAssistDB, packId: string): Promise<InstalledPack | undefined> {
  const top = await activePackRow(db, packId);
  return top ? described(top) : undefined;
}
