import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/text/fold';
import { ZH_NEGATION, zhNegationWords } from '../../../lib/text/negation-zh';

describe('negation-zh: the one Chinese negation vocabulary', () => {
  it('gives the named groups longest first, so 没有在 is tried before 没有 and 没', () => {
    const words = zhNegationWords('progressive', 'have', 'bare');
    expect(words.indexOf('没有在')).toBeLessThan(words.indexOf('没有'));
    expect(words.indexOf('没有')).toBeLessThan(words.indexOf('没'));
    expect(words.indexOf('不在')).toBeLessThan(words.indexOf('不'));
    for (let i = 1; i < words.length; i++)
      expect((words[i - 1] as string).length).toBeGreaterThanOrEqual((words[i] as string).length);
  });

  it('a caller gets the union of the groups it names, each word once, nothing more', () => {
    const words = zhNegationWords('auxiliaries', 'have');
    expect(words).toContain('不会');
    expect(words).toContain('没有');
    expect(words.filter((w) => w === '没有')).toHaveLength(1);
    expect(words).not.toContain('不建议');
    expect(words).not.toContain('不');
  });

  it('writes every word as the one folding leaves it', () => {
    for (const words of Object.values(ZH_NEGATION))
      for (const word of words) expect(foldText(word)).toBe(word);
  });

  it('every negation holds a negating character', () => {
    for (const group of [
      'bare',
      'have',
      'progressive',
      'auxiliaries',
      'advice',
      'record',
      'inability',
      'subjects',
    ] as const)
      for (const word of ZH_NEGATION[group]) expect(word).toMatch(/[不没未无]/u);
  });
});
