/**
 * Which `storage.local` writes matter to whom (code review 2026-11, "background noise"). The
 * background used to tell every CRM tab to re-read its adapter on ANY local write (sync checks,
 * acknowledgements, purge logs …); only a change of the pack in force can change an adapter.
 */
import { SYNC_STATE_KEY } from '@/lib/pack/sync';
import { SETTINGS_KEY } from '@/lib/settings';

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

function changed(changes: StorageChanges, storageKey: string, fields: readonly string[]): boolean {
  const change = changes[storageKey];
  if (!change) return false;
  return fields.some(
    (key) => JSON.stringify(field(change.oldValue, key)) !== JSON.stringify(field(change.newValue, key)),
  );
}

/**
 * The adapter a tab uses comes from the active version of the chosen pack (`crmAdapterFor`): it
 * changes when the agent picks another pack or a new version is activated (sync or import).
 */
export function changesCrmAdapter(changes: StorageChanges): boolean {
  return changed(changes, SETTINGS_KEY, ['packId']) || changed(changes, SYNC_STATE_KEY, ['lastActivation']);
}

/** Settings the pack download depends on: a change means checking for the pack now. */
export function changesPackSource(changes: StorageChanges): boolean {
  return changed(changes, SETTINGS_KEY, ['packUrl', 'trustedKeys', 'developerMode']);
}
