import { neverEmpty } from '../../../lib/objections/fallback';
import { buildObjectionIndex, closestObjections, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const pack = [
  objection('no-money', { title: '没钱', triggers: ['手头紧'] }),
  objection('later', { title: '过几天再还', triggers: ['下个月再说'], stages: ['negotiate'] }),
  objection('scam', { title: '怀疑诈骗', triggers: ['你是骗子吧'] }),
];
const index = buildObjectionIndex(pack);
const ids = (list: readonly { objection: { id: string } }[]) => list.map((r) => r.objection.id);

describe('never an empty list while typing (issue 11 §1)', () => {
  it('shows matches as they are when there are any', () => {
    const listed = neverEmpty(searchObjections(index, '没钱'), { kept: [], closest: [], likely: [] }, 9);
    expect(listed[0]).toMatchObject({ objection: { id: 'no-money' }, source: 'match' });
  });

  it('keeps the last results, then the closest, then the likely ones, each labelled, without repeats', () => {
    const kept = searchObjections(index, '手头紧');
    const likely = searchObjections(index, '', { phase: 'negotiate' });
    const listed = neverEmpty([], { kept, closest: closestObjections(index, '下周再'), likely }, 9);
    expect(listed.map((r) => r.source)).toEqual(['kept', 'closest', 'likely']);
    expect(ids(listed)).toEqual(['no-money', 'later', 'scam']);
  });

  it('finds the closest objections from any shared character, where the search finds none', () => {
    expect(searchObjections(index, '骗')).not.toEqual([]);
    expect(searchObjections(index, '他说再过')).toEqual([]);
    expect(ids(closestObjections(index, '他说再过'))).toContain('later');
  });

  it('stops at the limit', () => {
    const likely = searchObjections(index, '');
    expect(neverEmpty([], { kept: [], closest: [], likely }, 2)).toHaveLength(2);
  });
});
