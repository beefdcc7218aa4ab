import { dispositionKeys, dispositionOfKey } from '@/components/notes/disposition-keys';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { dispositionSchema } from '@/lib/pack/schema';

const list = (...ids: string[]) => ids.map((id) => ({ id }));

describe('disposition hot keys', () => {
  it('gives unpinned dispositions the letters in the pack’s order, skipping r (read-back)', () => {
    const keys = dispositionKeys(list(...'ABCDEFGHIJKLMNOPQRS'.split('')));
    expect(keys.get('A')).toBe('a');
    expect(keys.get('Q')).toBe('q');
    expect(keys.get('R')).toBe('s');
    expect([...keys.values()]).not.toContain('r');
  });

  it('keeps a pinned key when the quality lead reorders the pack', () => {
    const before = [{ id: 'PTP', key: 'p' }, { id: 'NA', key: 'n' }, { id: 'VM' }];
    const after = [{ id: 'VM' }, { id: 'NA', key: 'n' }, { id: 'PTP', key: 'p' }];
    for (const pack of [before, after]) {
      expect(dispositionKeys(pack).get('PTP')).toBe('p');
      expect(dispositionOfKey(pack, 'p')?.id).toBe('PTP');
      expect(dispositionOfKey(pack, 'n')?.id).toBe('NA');
      // The unpinned one takes the first letter no pinned one holds.
      expect(dispositionKeys(pack).get('VM')).toBe('a');
    }
  });

  it('lets the first of two dispositions pinning the same letter keep it; the second takes a free one', () => {
    const keys = dispositionKeys([
      { id: 'PTP', key: 'a' },
      { id: 'PIF', key: 'a' },
    ]);
    expect(keys.get('PTP')).toBe('a');
    expect(keys.get('PIF')).toBe('b');
    expect(
      dispositionOfKey(
        [
          { id: 'PTP', key: 'a' },
          { id: 'PIF', key: 'a' },
        ],
        'b',
      )?.id,
    ).toBe('PIF');
  });

  it('keeps today’s keys for the default pack, which pins none', () => {
    const keys = dispositionKeys(zhPack.dispositions);
    expect(zhPack.dispositions.map((d) => keys.get(d.id))).toEqual(
      [...'abcdefghijklmnopqstuvwxyz'].slice(0, zhPack.dispositions.length),
    );
    expect(dispositionOfKey(zhPack.dispositions, 'z')).toBeUndefined();
  });

  it('refuses a pinned key that is not a single letter or is the read-back key', () => {
    const base = { id: 'PTP', label: '承诺还款', contact: 'debtor' };
    expect(dispositionSchema.safeParse({ ...base, key: 'p' }).success).toBe(true);
    expect(dispositionSchema.safeParse({ ...base, key: 'r' }).success).toBe(false);
    expect(dispositionSchema.safeParse({ ...base, key: 'P' }).success).toBe(false);
    expect(dispositionSchema.safeParse({ ...base, key: 'pp' }).success).toBe(false);
  });
});
