/**
 * Pinyin initials and the crisis card (issue 11 §2, round 10: crisis-initials.ts). Two letters are
 * the initials of hundreds of character pairs: they lift the crisis card only when they spell a
 * crisis word. A small pack written here; the phrasings are made up for the test.
 */
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const pack = [
  objection('crisis', {
    title: '情绪危机',
    severity: 'crisis',
    triggers: ['我还不如死了算了', '想带孩子一起走', '自杀', '我不想活了'],
  }),
  objection('lawyer', { title: '找律师', triggers: ['律师函', '我请了律师'] }),
  objection('child', { title: '孩子上学', triggers: ['孩子要交学费', '子女教育'] }),
  objection('certificate', { title: '要证明', triggers: ['开个证书', '结清证明'] }),
  objection('refuse', { title: '不想还', triggers: ['我不想还了', '就是不还'] }),
];
const index = buildObjectionIndex(pack);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);

describe('initials typed for a crisis card', () => {
  it('do not lift it when they stand for a piece of a crisis trigger that says no crisis', () => {
    // ls: 了算 in 死了算了 and 律师; zy: 子一 is no crisis word (子女 is the child card's).
    expect(ids('ls')[0]).toBe('lawyer');
    expect(ids('ls')).toContain('crisis');
    expect(ids('zn')[0]).toBe('child');
  });

  it('lift it when they spell a whole crisis trigger or a crisis word', () => {
    // zs: 自杀 whole, ahead of 证书; bxhl: 不想活了, a crisis word, ahead of 不想还了 (same letters).
    expect(ids('zs')[0]).toBe('crisis');
    expect(ids('bxhl')[0]).toBe('crisis');
    expect(ids('bxhl')).toContain('refuse');
  });
});
