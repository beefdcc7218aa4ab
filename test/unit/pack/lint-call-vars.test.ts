/** Issue 15 §3, §9: the lint knows the variables filled from the call's agreement and the plan basis. */
import { lintPack } from '@/lib/pack/lint';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import { demoPack } from '../../fixtures/hostile/make';
import { nameFlagsByLabel } from './flag-labels-helper';

function packWithGreeting(text: string): Pack {
  const parsed = parsePack(
    demoPack(2, (p) => {
      nameFlagsByLabel(p);
      const line = p.scripts[3]?.stages[0]?.lines[0];
      if (line) line.text = text;
    }),
  );
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}

describe('lintPack and what the call agreed', () => {
  it('accepts the promise, the plan summary and the plan basis', () => {
    const p = packWithGreeting(
      '{{promise.date|date}}前还款{{promise.amount|money}}，方案{{plan.agreed}}，按{{plan.basis|money}}计',
    );
    expect(lintPack(p)).toEqual([]);
  });

  it('still calls a misspelt one an error and lists the ones that exist', () => {
    const [finding, ...rest] = lintPack(packWithGreeting('{{promise.amout|money}}'));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', code: 'undefinedVariable' });
    expect(finding?.message.en).toContain('promise.amount, promise.date, plan.agreed, plan.basis');
    expect(finding?.message.zh).toContain('promise.amount');
  });
});
