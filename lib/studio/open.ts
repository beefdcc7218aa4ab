/**
 * Opening a pack into the Studio (issue 17 item 1): the active pack's stored payload, a local file
 * (a bare pack or a signed envelope), or pasted text, pretty-printed for editing.
 */
import type { CallAssistDB } from '../db/schema';
import type { LocalizedText } from '../i18n/text';

export type Opened = { ok: true; text: string; origin: string } | { ok: false; message: LocalizedText };

/** Pretty-printed, so the lead edits lines, not one 100 KB line; a syntax error keeps the text as is. */
function readable(payload: string): string {
  try {
    return `${JSON.stringify(JSON.parse(payload), null, 2)}\n`;
  } catch {
    return payload;
  }
}

export async function openActivePack(db: CallAssistDB, packId: string): Promise<Opened> {
  const rows = await db.packs.where('id').equals(packId).toArray();
  const active = rows.filter((r) => r.activatedAt !== undefined).sort((a, b) => b.version - a.version)[0];
  if (!active)
    return { ok: false, message: { zh: `没有找到话术包 ${packId}`, en: `No pack ${packId} is installed` } };
  return openText(active.envelope, `${active.id} v${active.version}`);
}

/**
 * A signed envelope gives its payload; a bare pack (or broken JSON the lead wants to fix) is kept
 * as it is and the Studio's checks say what is wrong. Not `openEnvelope`: see `signRelease` on why
 * the Studio does not import lib/pack/envelope.ts.
 */
export function openText(text: string, origin: string): Opened {
  try {
    const value: unknown = JSON.parse(text);
    const payload =
      typeof value === 'object' && value !== null ? (value as { payload?: unknown }).payload : undefined;
    return { ok: true, text: readable(typeof payload === 'string' ? payload : text), origin };
  } catch {
    return { ok: true, text, origin };
  }
}
