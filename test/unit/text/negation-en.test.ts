import { describe, expect, it } from 'vitest';
import { EN_NEGATION, negationWords } from '../../../lib/text/negation-en';

const isNegation = (word: string, words: ReadonlySet<string>) => words.has(word);

describe('negation-en: the one English negation vocabulary', () => {
  it('the narrow set is the bare adverbs only', () => {
    const narrow = negationWords('adverbs');
    expect([...narrow].sort()).toEqual(['never', 'not']);
    expect(isNegation('didnt', narrow)).toBe(false);
    expect(isNegation('no', narrow)).toBe(false);
  });

  it('a caller gets the union of the groups it names, nothing more', () => {
    const wide = negationWords('adverbs', 'fused', 'contracted');
    for (const word of ['not', 'never', 'cannot', 'havent', 'didnt', 'wont', 'aint']) {
      expect(isNegation(word, wide)).toBe(true);
    }
    expect(isNegation('no', wide)).toBe(false);
    expect(isNegation('nobody', wide)).toBe(false);
    expect(wide.size).toBe(
      EN_NEGATION.adverbs.length + EN_NEGATION.fused.length + EN_NEGATION.contracted.length,
    );
  });

  it('holds the contractions as every reader sees them, apostrophe dropped', () => {
    const contracted = negationWords('contracted');
    expect(isNegation('didnt', contracted)).toBe(true);
    expect(isNegation("didn't", contracted)).toBe(false);
    expect(isNegation('did', contracted)).toBe(false);
  });

  it('writes every word as the folding and apostrophe dropping leave it', () => {
    for (const words of Object.values(EN_NEGATION)) {
      for (const word of words) expect(word).toMatch(/^[a-z]+(?: [a-z]+)*$/);
    }
  });

  it('groups do not overlap, so a caller reading two groups counts each word once', () => {
    const all = Object.values(EN_NEGATION).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
