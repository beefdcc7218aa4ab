/** Two dispositions pinning one wrap-up hot key (live-call review 2026-11): lint warns at the second's `key`. */
import { lintErrors, lintPack } from '@/lib/pack/lint';
import { lintPinnedKeys } from '@/lib/pack/lint-hot-keys';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import { demoPack } from '../../fixtures/hostile/make';

function pack(mutate: (p: Pack) => void): Pack {
  const parsed = parsePack(demoPack(2, mutate));
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}
const pinned = (p: Pack) => lintPack(p).filter((f) => f.code === 'duplicatePinnedKey');
const disposition = (p: Pack, i: number) => p.dispositions[i] as Pack['dispositions'][number];

describe('lint: pinned hot keys', () => {
  it('warns at the second disposition pinning a letter, naming both in Chinese and English', () => {
    const p = pack((p) => {
      disposition(p, 0).key = 'p';
      disposition(p, 2).key = 'p';
    });
    const first = disposition(p, 0);
    const second = disposition(p, 2);
    const findings = pinned(p);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: 'dispositions[2].key' });
    expect(findings[0]?.message.zh).toContain(`「${second.label}」（${second.id}）固定的快捷键 P`);
    expect(findings[0]?.message.zh).toContain(`已被「${first.label}」（${first.id}）固定`);
    expect(findings[0]?.message.en).toContain(`"${second.label}" (${second.id}) pins hot key P`);
    expect(findings[0]?.message.en).toContain(`already pinned by "${first.label}" (${first.id})`);
    // A warning: the pack still signs and syncs, every outcome stays in the list.
    expect(lintErrors(lintPack(p))).toEqual([]);
  });

  it('is silent for distinct pinned letters and for unpinned dispositions', () => {
    const p = pack((p) => {
      disposition(p, 0).key = 'p';
      disposition(p, 1).key = 'q';
    });
    expect(pinned(p)).toEqual([]);
    expect(pinned(pack(() => undefined))).toEqual([]);
  });

  it('reports every later disposition on a letter against the first that pinned it', () => {
    const findings = lintPinnedKeys([
      { id: 'A', label: '甲', key: 'x' },
      { id: 'B', label: '乙' },
      { id: 'C', label: '丙', key: 'x' },
      { id: 'D', label: '丁', key: 'y' },
      { id: 'E', label: '戊', key: 'x' },
    ]);
    expect(findings.map((f) => f.path)).toEqual(['dispositions[2].key', 'dispositions[4].key']);
    for (const f of findings) expect(f.message.en).toContain('already pinned by "甲" (A)');
  });
});
