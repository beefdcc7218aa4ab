/** Issue 12 lint: dispositions without `contact` (§1), no catch-all segment (§3), stop-flag fields no adapter provides (§7). */
import { lintPack } from '@/lib/pack/lint';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import { demoPack } from '../../fixtures/hostile/make';

function pack(mutate: (p: Pack) => void): Pack {
  const parsed = parsePack(demoPack(2, mutate));
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}
const found = (p: Pack, code: string) => lintPack(p).filter((f) => f.code === code);
const stopRule = (p: Pack) => {
  const rule = p.rules.find((r) => r.type === 'stopFlag');
  if (rule?.type !== 'stopFlag') throw new Error('no stop-flag rule');
  return rule;
};

type Mutate = (p: Pack) => void;
const CASES: [string, Mutate, string, 'error' | 'warning'][] = [
  [
    'a disposition without contact',
    (p: Pack) => void delete p.dispositions[0]?.contact,
    'dispositionWithoutContact',
    'error',
  ],
  [
    'an outcome owing an unknown item',
    (p: Pack) => {
      (p.dispositions[0] as Pack['dispositions'][number]).owes = ['nope'];
    },
    'owedItemUnknown',
    'error',
  ],
  ['no catch-all segment', (p: Pack) => void p.segments.pop(), 'noCatchAllSegment', 'warning'],
  [
    'a stop-flag field no adapter reads',
    (p: Pack) => {
      stopRule(p).field = 'crmFlags';
    },
    'flagFieldUnknown',
    'error',
  ],
  [
    'a per-number field no adapter reads',
    (p: Pack) => {
      stopRule(p).flags[0] = { ...stopRule(p).flags[0], numbersField: 'otherNumbers' } as never;
    },
    'flagFieldUnknown',
    'error',
  ],
  [
    'a flag without a label',
    (p: Pack) => void delete stopRule(p).flags[0]?.label,
    'flagWithoutLabel',
    'warning',
  ],
  [
    'a scope on a field no adapter reads',
    (p: Pack) => {
      stopRule(p).scope = { field: 'state', regions: ['MA'] };
    },
    'scopeFieldUnknown',
    'warning',
  ],
];

describe('compliance lint', () => {
  it.each(CASES)('%s', (_name, mutate, code, severity) => {
    const before = found(
      pack(() => undefined),
      code,
    );
    expect(before).toEqual([]);
    const after = found(pack(mutate), code);
    expect(after.length).toBeGreaterThan(0);
    expect(after[0]?.severity).toBe(severity);
  });

  it('names an account no segment covers', () => {
    const [finding] = found(
      pack((p) => void p.segments.pop()),
      'noCatchAllSegment',
    );
    // An account with no readable fields at all is the first probe that falls through.
    expect(finding?.message.en).toContain('an account such as {}');
  });
});

describe('stop flags that do not say what they stop (stop12)', () => {
  /** The stop-flag rule of the pack with these flags, every other flag saying `stops`. */
  const withFlags = (flags: Extract<Pack['rules'][number], { type: 'stopFlag' }>['flags']) =>
    pack((p) => {
      for (const rule of p.rules)
        if (rule.type === 'stopFlag') rule.flags = rule.flags.map((f) => ({ ...f, stops: 'none' }));
      stopRule(p).flags = flags;
    });
  const paths = (p: Pack) => found(p, 'stopKindMissing').map((f) => `${f.severity} ${f.path}`);

  it('warns for a well-known code, or a code or label in stop words, without `stops`', () => {
    const p = withFlags([
      { flag: 'deceased', severity: 'block', reason: 'r' },
      { flag: 'ATTY', severity: 'block', label: '已委托律师', reason: 'r' },
      { flag: '止催', severity: 'block', reason: 'r' },
      { flag: 'X1', severity: 'block', label: 'Bankruptcy filed', reason: 'r' },
    ]);
    const rule = p.rules.findIndex((r) => r.type === 'stopFlag');
    expect(paths(p)).toEqual([0, 1, 2, 3].map((f) => `warning rules[${rule}].flags[${f}]`));
  });

  it('not when the flag says `stops`, nor for a flag that does not look like a stop', () => {
    const p = withFlags([
      { flag: 'ATTY', stops: 'collection', severity: 'block', label: '已委托律师', reason: 'r' },
      { flag: 'deceased', stops: 'none', severity: 'warn', label: 'Deceased', reason: 'r' },
      { flag: 'TS', severity: 'block', label: '未结投诉', reason: 'r' },
    ]);
    expect(paths(p)).toEqual([]);
  });
});
