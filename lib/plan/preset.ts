/**
 * An objection card's plan hint (`leadsTo.plan`: full, minimum, instalment, deferral,
 * personalised, settlement) as a plan type the segment's policy allows, or null when it allows
 * none. "instalment" is the policy's own kind: flat-fee (Chinese cards) or amortising (US).
 */
import type { PlanPolicy, PlanType } from '../pack/schema';

export function planTypeForPreset(preset: string, policy: PlanPolicy | undefined): PlanType | null {
  if (!policy) return null;
  const candidates: PlanType[] =
    preset === 'instalment' ? ['instalmentFlat', 'instalmentAmortising'] : [preset as PlanType];
  return candidates.find((type) => policy.types.includes(type)) ?? null;
}

const PRESET = /^#plan=([A-Za-z]+)$/;

/** The preset carried in the panel's URL hash (`#plan=instalment`), if any. */
export function presetFromHash(hash: string): string | null {
  return PRESET.exec(hash)?.[1] ?? null;
}
