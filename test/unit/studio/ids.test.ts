import { idSchema } from '@/lib/pack/schema';
import { readDraft } from '@/lib/studio/edit';
import { newId } from '@/lib/studio/ids';
import { idsOf, moveItem } from '@/lib/studio/list-edit';
import { duplicateObjection, findByTitle, newObjection } from '@/lib/studio/objections';
import { written } from '../../helpers/written';

describe('newId', () => {
  it('spells a Chinese title in toneless pinyin and an English one in lower case', () => {
    expect(newId('没钱 / 手头紧', new Set())).toBe('mei-qian-shou-tou-jin');
    expect(newId('Already Paid!', new Set())).toBe('already-paid');
    expect(newId('ＡＢＣ 账单', new Set())).toBe('abc-zhang-dan');
  });

  it('is unique against the ids taken and always schema-valid', () => {
    const taken = new Set(['already-paid', 'already-paid-2']);
    expect(newId('Already paid', taken)).toBe('already-paid-3');
    for (const title of ['', '！！！', '\u200b', 'x'.repeat(300), '-lead', '😀']) {
      const id = newId(title, new Set());
      expect(idSchema.safeParse(id).success, `${title} → ${id}`).toBe(true);
    }
  });
});

describe('objection drafts', () => {
  const objections = [
    { id: 'no-money', category: '还款能力', title: '没钱 / 手头紧', triggers: ['没钱'], say: ['a'] },
    { id: 'already-paid', category: '身份与债务', title: 'Already PAID', triggers: ['paid'], say: ['b'] },
  ];

  it('makes a new card with a fresh id, the given category and no say-line yet', () => {
    expect(newObjection('  没钱  ', 'x', objections)).toEqual({
      id: 'mei-qian',
      category: 'x',
      title: '没钱',
      triggers: [],
      say: [],
    });
  });

  it('copies a card under a new id without its triggers', () => {
    const copy = duplicateObjection(objections[0], '没钱 / 手头紧 (copy)', objections);
    expect(copy.id).toBe('mei-qian-shou-tou-jin-copy');
    expect(copy.triggers).toEqual([]);
    expect(copy.say).toEqual(['a']);
    expect(objections[0]?.triggers).toEqual(['没钱']);
  });

  it('finds cards by title, folded (width, case)', () => {
    expect(findByTitle(objections, 'ｐａｉｄ')).toEqual([1]);
    expect(findByTitle(objections, '手头')).toEqual([0]);
    expect(findByTitle(objections, '')).toEqual([0, 1]);
    expect(findByTitle(objections, 'nothing')).toEqual([]);
  });
});

describe('moveItem', () => {
  it('swaps neighbours in the text and leaves the rest as written', () => {
    const text = '{\n  "a": [ {"id": "x"}, {"id": "y"}, {"id": "z"} ],\n  "b": 1\n}';
    const items = (readDraft(text) as { a: unknown[] }).a;
    const moved = written(moveItem(text, ['a'], items, 1, 0));
    expect(readDraft(moved)).toEqual({ a: [{ id: 'y' }, { id: 'x' }, { id: 'z' }], b: 1 });
    expect(moveItem(text, ['a'], items, 2, 3)).toBe(text);
    expect([...idsOf(items)]).toEqual(['x', 'y', 'z']);
  });
});
