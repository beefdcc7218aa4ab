/**
 * Issue 11: a query's concepts are read in one place (concept-index.ts readConcepts), so every
 * caller sees the same ones: phrasings as written, toneless pinyin, pinyin typed among the
 * characters, an IME slip against the pack's pairs, a relative's name as who, not why.
 */
import { conceptsOf, readConcepts } from '../../../lib/objections/concept-readings';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';

const ids = (query: string, pairInPack?: (a: string, b: string) => boolean) =>
  conceptsOf(queryText(normalizeText(query)), { pairInPack }).map((c) => LEXICON[c]?.id);
const noMoney = LEXICON.findIndex((concept) => concept.id === 'no-money');

describe('readConcepts: every reading of a query in one place', () => {
  it('toneless pinyin says the concept, met in the Chinese texts', () => {
    expect(ids('mei you qian')).toContain('no-money');
    expect(readConcepts(queryText(normalizeText('mei you qian')))).toContain(noMoney * 2);
    expect(readConcepts(queryText(normalizeText('mei you qian')))).not.toContain(noMoney * 2 + 1);
  });
  it('English words meet the English texts', () => {
    expect(readConcepts(queryText(normalizeText('I am broke')))).toContain(noMoney * 2 + 1);
  });
  it('pinyin typed among the characters says what its characters would', () => {
    expect(ids('我mei钱了')).toContain('no-money');
  });
  it('an IME slip is read against the pack: a pair it writes is a word', () => {
    expect(ids('我没前了', () => false)).toContain('no-money');
    expect(ids('我没前了', (a, b) => a + b === '没前')).not.toContain('no-money');
    // Without a pack a slip cannot be told from a word.
    expect(ids('我没前了')).not.toContain('no-money');
  });
  it('a relative named in Chinese is who, not why', () => {
    expect(ids('我老公中风了')).toEqual(['illness']);
  });
  it('the phrasings as written come first, ascending, each slot once', () => {
    const slots = readConcepts(queryText(normalizeText('没钱mei qian')));
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots[0]).toBe(noMoney * 2);
  });
});
