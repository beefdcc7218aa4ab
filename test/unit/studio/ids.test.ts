import { idSchema } from '@/lib/pack/schema';
import { newId } from '@/lib/studio/ids';

describe('newId', () => {
  it('makes a readable id from the Latin letters and digits of a title, folded', () => {
    expect(newId('Late  M3+ (61 days)', new Set())).toBe('late-m3-61-days');
    expect(newId('ＡＢＣ　Ｍ１', new Set())).toBe('abc-m1');
  });

  it('falls back to item for a title without Latin letters and numbers ids already taken', () => {
    expect(newId('困难客户', new Set())).toBe('item');
    expect(newId('困难客户', new Set(['item', 'item-2']))).toBe('item-3');
    expect(newId('Close', new Set(['close']))).toBe('close-2');
  });

  it('always satisfies the schema, however long or odd the title', () => {
    for (const title of ['', '---', 'x'.repeat(300), '  -a- ', '\u200bzero\u200dwidth', '新 segment 2']) {
      const id = newId(title, new Set(['item']));
      expect(idSchema.safeParse(id).success, id).toBe(true);
    }
  });
});
