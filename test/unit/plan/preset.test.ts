import type { PlanPolicy } from '@/lib/pack/schema';
import { planTypeForPreset, presetFromHash } from '@/lib/plan/preset';

const policy = (types: PlanPolicy['types']) => ({ types }) as PlanPolicy;

describe('plan presets from objection cards', () => {
  it('maps "instalment" to the policy’s own kind of instalment', () => {
    expect(planTypeForPreset('instalment', policy(['full', 'instalmentFlat']))).toBe('instalmentFlat');
    expect(planTypeForPreset('instalment', policy(['full', 'instalmentAmortising']))).toBe(
      'instalmentAmortising',
    );
  });

  it('keeps the other types when the policy allows them, and refuses them when it does not', () => {
    expect(planTypeForPreset('settlement', policy(['full', 'settlement']))).toBe('settlement');
    expect(planTypeForPreset('personalised', policy(['full', 'instalmentFlat']))).toBeNull();
    expect(planTypeForPreset('instalment', policy(['full']))).toBeNull();
    expect(planTypeForPreset('full', undefined)).toBeNull();
  });

  it('reads the preset from the hash and nothing else', () => {
    expect(presetFromHash('#plan=instalment')).toBe('instalment');
    expect(presetFromHash('#plan=')).toBeNull();
    expect(presetFromHash('#plan=<img>')).toBeNull();
    expect(presetFromHash('')).toBeNull();
  });
});
