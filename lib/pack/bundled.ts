/**
 * The default packs shipped inside the extension, trusted by the build (DESIGN.md "Distribution").
 * Only the background imports this: the packs are data for Dexie, not part of the panel's bundle.
 */
import type { CallAssistDB } from '../db/schema';
import enUS from './defaults/en-US.json';
import zhCN from './defaults/zh-CN.json';
import { parsePack } from './parse';
import type { PackEnvelope } from './store';

export const BUNDLED_PACKS: readonly unknown[] = [zhCN, enUS];

export async function installBundledPacks(db: CallAssistDB, now = Date.now()): Promise<void> {
  for (const raw of BUNDLED_PACKS) {
    const parsed = parsePack(raw);
    if (!parsed.ok) throw new Error(`Bundled pack is invalid: ${parsed.errors[0]?.message.en}`);
    const { id, version } = parsed.pack;
    const existing = await db.packs.get([id, version]);
    if (existing) continue;
    const envelope: PackEnvelope = { payload: JSON.stringify(raw), signatures: [] };
    await db.packs.put({
      id,
      version,
      envelope: JSON.stringify(envelope),
      source: 'bundled',
      activatedAt: now,
    });
  }
}
