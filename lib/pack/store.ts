/**
 * Packs in Dexie: the active pack is the highest accepted version of the pack id the settings
 * name. A stored envelope is parsed on read (DESIGN.md principle 4), again whenever the row differs
 * from the last one read; an unreadable row is reported, never silently used.
 */
import type { PackRow } from '../db/records';
import type { CallAssistDB } from '../db/schema';
import type { LocalizedText } from '../i18n/text';
import { activePackRow } from './active-row';
import { storedEnvelope } from './envelope-text';
import { formatPackError } from './errors';
import { parsePack } from './parse';
import type { Pack } from './schema';

export { type PackEnvelope, storedEnvelope } from './envelope-text';

export type ActivePack =
  | { ok: true; pack: Pack; source: string; activatedAt?: number }
  | { ok: false; message: LocalizedText };

// The background asks for the active pack on every CRM navigation and the panel on every pack-table
// change; parsing 100+ KB again each time is wasted work when the stored envelope is the same.
let lastRead: { row: PackRow; result: ActivePack } | null = null;

export async function loadActivePack(db: CallAssistDB, packId: string): Promise<ActivePack> {
  const active = await activePackRow(db, packId);
  if (!active) {
    return {
      ok: false,
      // No id shown: agents read this in the panel (live-call walk 11 §3).
      message: {
        zh: '没有找到设置中所选的话术包：请在设置页选择或导入话术包',
        en: 'The pack chosen in the settings is not installed: choose or import a pack on the options page',
      },
    };
  }
  const last = lastRead?.row;
  if (
    lastRead &&
    last?.envelope === active.envelope &&
    last.activatedAt === active.activatedAt &&
    last.source === active.source
  ) {
    return lastRead.result;
  }
  const result = readEnvelope(active);
  lastRead = { row: active, result };
  return result;
}

/**
 * The payload of a stored envelope, read by the same reader the gate used (issue 14 item 1): what
 * was verified is what is read, BOMs and bare developer packs included. Undefined when unreadable.
 */
export function storedPayload(envelope: string): string | undefined {
  return storedEnvelope(envelope)?.payload;
}

function readEnvelope(active: PackRow): ActivePack {
  const parsed = parsePack(storedPayload(active.envelope));
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return {
      ok: false,
      message: {
        zh: `已存储的话术包（第 ${active.version} 版）无法读取：${first ? formatPackError(first, 'zh') : ''}`,
        en: `The stored pack (version ${active.version}) cannot be read: ${first ? formatPackError(first, 'en') : ''}`,
      },
    };
  }
  return { ok: true, pack: parsed.pack, source: active.source, activatedAt: active.activatedAt };
}
