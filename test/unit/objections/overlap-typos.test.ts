import { buildObjectionIndex } from '../../../lib/objections/objection-index';
import { MIN_TYPO_LENGTH } from '../../../lib/objections/overlap-index';
import { deletesTo } from '../../../lib/objections/overlap-typos';
import { MIN_FUZZY } from '../../../lib/objections/vocabulary';
import { fixtureObjections, objection } from './fixtures';

/** The Map the overlap index used to build: each deletion → the words (sorted) it comes from. */
function reference(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < MIN_TYPO_LENGTH) continue;
    for (let i = 0; i < word.length; i++) {
      const deleted = word.slice(0, i) + word.slice(i + 1);
      const list = map.get(deleted) ?? [];
      if (list[list.length - 1] !== word) list.push(word);
      map.set(deleted, list);
    }
  }
  return map;
}

describe('overlap typo candidates from the vocabulary deletions (issue 11, round build9)', () => {
  it('both lists hold words of the same lengths', () => {
    expect(MIN_FUZZY - 1).toBe(MIN_TYPO_LENGTH);
  });

  it('tells a one-letter deletion', () => {
    expect(deletesTo('cant', 'cat')).toBe(true);
    expect(deletesTo('cant', 'can')).toBe(true);
    expect(deletesTo('cant', 'ant')).toBe(true);
    expect(deletesTo('cant', 'cnt')).toBe(true);
    expect(deletesTo('cant', 'cta')).toBe(false);
    expect(deletesTo('cant', 'cant')).toBe(false);
    expect(deletesTo('too', 'to')).toBe(true);
  });

  it('gives what the overlap deletion table gave, for every word of the English pack', () => {
    const index = buildObjectionIndex(fixtureObjections('en-US'));
    const { words, deletions } = index.overlap;
    const expected = reference(words);
    expect(expected.size).toBeGreaterThan(300);
    for (const [key, list] of expected) expect(deletions.get(key)).toEqual(list);
    expect(deletions.get('qqqq')).toBeUndefined();
  });

  it('offers no word of a say line, a digit or a filler word', () => {
    const index = buildObjectionIndex([
      objection('a', { title: 'cant pay', triggers: ['broke 2024'], say: ['frobnicate the widget'] }),
    ]);
    expect(index.vocabulary).toContain('frobnicate');
    expect(index.overlap.deletions.get('frobnicat')).toBeUndefined();
    expect(index.overlap.deletions.get('202')).toBeUndefined();
    expect(index.overlap.deletions.get('brke')).toEqual(['broke']);
    expect(index.overlap.deletions.get('cnt')).toEqual(['cant']);
  });
});
