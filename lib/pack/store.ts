/**
 * Packs in Dexie: the active pack is the highest accepted version of the pack id the settings
 * name. A stored envelope is parsed again on every
 * read (DESIGN.md principle 4); an unreadable row is reported, never silently used.
 */
import type { CallAssistDB } from '../db/schema';
import type { LocalizedText } from '../i18n/text';
import { parsePack } from './parse';
import type { Pack } from './schema';

export interface PackEnvelope {
  payload: string;
  signatures: { keyId: string; alg: 'Ed25519'; sig: string }[];
}

export type ActivePack =
  | { ok: true; pack: Pack; source: string; activatedAt?: number }
  | { ok: false; message: LocalizedText };

export async function loadActivePack(db: CallAssistDB, packId: string): Promise<ActivePack> {
  const rows = await db.packs.where('id').equals(packId).toArray();
  const active = rows.filter((row) => row.activatedAt !== undefined).sort((a, b) => b.version - a.version)[0];
  if (!active) {
    return {
      ok: false,
      message: { zh: `没有找到话术包 ${packId}`, en: `No pack ${packId} is installed` },
    };
  }
  let payload: unknown;
  try {
    payload = (JSON.parse(active.envelope) as PackEnvelope).payload;
  } catch {
    payload = undefined;
  }
  const parsed = parsePack(payload);
  if (!parsed.ok) {
    return {
      ok: false,
      message: {
        zh: `已存储的话术包 ${packId} v${active.version} 无法读取：${parsed.errors[0]?.message.zh ?? ''}`,
        en: `Stored pack ${packId} v${active.version} cannot be read: ${parsed.errors[0]?.message.en ?? ''}`,
      },
    };
  }
  return { ok: true, pack: parsed.pack, source: active.source, activatedAt: active.activatedAt };
}
