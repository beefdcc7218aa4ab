/**
 * The agent's and admin's settings, in `storage.local` (adapter file: the only place settings
 * touch storage). Parsed on every read, so a corrupted or older entry falls back field by field
 * to the defaults instead of breaking the panel.
 */
import { z } from 'zod';
import { defineStorageItem } from './platform/storage-item';

export const SETTINGS_KEY = 'settings';

export const trustedKeySchema = z.strictObject({
  keyId: z.string().min(1).max(64),
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: z.string().min(40).max(64),
});

export const settingsSchema = z.object({
  locale: z.enum(['zh-CN', 'en']).catch('zh-CN'),
  agentName: z.string().max(40).catch(''),
  agentId: z.string().max(20).catch(''),
  fontScale: z.number().min(0.85).max(1.6).catch(1),
  /** Id of the pack the agent works with; its highest accepted version is active. */
  packId: z.string().max(64).catch('default-zh-CN'),
  packUrl: z.string().max(2000).catch(''),
  trustedKeys: z.array(trustedKeySchema).max(20).catch([]),
  syncMinutes: z.number().int().min(5).max(1440).catch(15),
  developerMode: z.boolean().catch(false),
});
export type Settings = z.infer<typeof settingsSchema>;

/** zh-CN and the Chinese pack whatever the browser's language: the product's default (en is chosen). */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

export function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return defaultSettings();
  return settingsSchema.parse({ ...defaultSettings(), ...stored });
}

/** The one storage item of the settings (lib/platform/storage-item.ts says why not wxt's). */
const settingsItem = defineStorageItem(`local:${SETTINGS_KEY}`, parseSettings);

export function readSettings(): Promise<Settings> {
  return settingsItem.getValue();
}

/**
 * A patch on what is stored, under the item's lock: the panel, the options page and the worker
 * each write settings, and one's write between another's read and write dropped its change.
 */
export function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  return settingsItem.update((current) => settingsSchema.parse({ ...current, ...patch }));
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch(listener);
}
