/**
 * Managed policy (issue 8): what an administrator pins through `storage.managed` (Chrome/Edge
 * registry or JSON policy, Firefox policies.json; schema in public/managed-schema.json) overrides
 * the options page key by key. Parsed field by field: a wrong value in one key never drops the rest.
 * `readManagedPolicy` is the only function here that touches `browser`.
 */
import { z } from 'zod';
import type { Settings } from '../settings';
import type { TrustedKey } from './envelope';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const managedPolicySchema = z.object({
  packUrl: optional(z.string().max(2000)),
  trustedKeys: optional(
    z
      .array(z.object({ keyId: z.string().max(64).optional(), publicKey: z.string().min(40).max(64) }))
      .max(20),
  ),
  syncMinutes: optional(z.number().int().min(5).max(1440)),
  allowUnsigned: optional(z.boolean()),
  packId: optional(z.string().min(1).max(64)),
  /**
   * Recovery from a too-high version (issue 14 item 5): the key id of a NEW trusted key. The first
   * pack signed by it is accepted whatever its version, and its version becomes the new floor.
   */
  versionFloorReset: optional(z.string().min(1).max(64)),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

export type PolicyKey = keyof ManagedPolicy;

export interface SyncConfig {
  packUrl: string;
  trustedKeys: TrustedKey[];
  syncMinutes: number;
  /** Developer mode is on and nothing forbids it: unsigned packs are accepted. */
  allowUnsigned: boolean;
  /** Developer mode may be switched on at all. */
  unsignedPermitted: boolean;
  /** A pack id policy pins; else the first pack a URL delivers binds it. */
  packId?: string;
  /** Key id whose first signed pack resets the version floor (policy only; see managedPolicySchema). */
  versionFloorReset?: string;
  /** Which keys policy sets (the options page shows them read-only). */
  managed: Record<PolicyKey, boolean>;
}

export function parsePolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const parsed = managedPolicySchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/**
 * Policy wins where it speaks. A managed deployment (one that pins the URL or the keys) forbids
 * unsigned packs unless it says `allowUnsigned: true`; policy `allowUnsigned: false` always forbids.
 */
export function effectiveSyncConfig(settings: Settings, policy: ManagedPolicy): SyncConfig {
  const managed: Record<PolicyKey, boolean> = {
    packUrl: policy.packUrl !== undefined,
    trustedKeys: policy.trustedKeys !== undefined,
    syncMinutes: policy.syncMinutes !== undefined,
    allowUnsigned: policy.allowUnsigned !== undefined,
    packId: policy.packId !== undefined,
    versionFloorReset: policy.versionFloorReset !== undefined,
  };
  const managedDeployment = managed.packUrl || managed.trustedKeys;
  const unsignedPermitted = policy.allowUnsigned ?? !managedDeployment;
  return {
    packUrl: (policy.packUrl ?? settings.packUrl).trim(),
    trustedKeys: policy.trustedKeys ?? settings.trustedKeys,
    syncMinutes: policy.syncMinutes ?? settings.syncMinutes,
    allowUnsigned: unsignedPermitted && settings.developerMode,
    unsignedPermitted,
    ...(policy.packId === undefined ? {} : { packId: policy.packId }),
    ...(policy.versionFloorReset === undefined ? {} : { versionFloorReset: policy.versionFloorReset }),
    managed,
  };
}

/** Firefox without a policy (and Chrome before one is loaded) rejects or returns {}: both mean none. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    const area = browser.storage.managed;
    if (!area) return {};
    return parsePolicy(await area.get(null));
  } catch {
    return {};
  }
}
