/**
 * Phrases that open with the same piece (round 11's twenty phrases led by `{亲属}`) share it: a
 * scan reads the piece once per place, whatever number of phrases starts with it, a family once
 * per place whatever number of spellings begin with it, and every
 * phrase still matches as it would alone. Work is counted (trie walks), not timed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WordTrie } from '@/lib/compliance/phrase-families';
import { findForbiddenPhrases } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';

type PhrasesRule = Extract<Rule, { type: 'forbiddenPhrases' }>;

const FAMILIES = { 亲属: ['父母', '爸妈', '老人', '家里人', '老婆'], 我方: ['我们', '我'] };

function rule(phrases: string[]): Rule[] {
  const r: PhrasesRule = {
    id: 'shared',
    title: 't',
    source: 's',
    severity: 'block',
    type: 'forbiddenPhrases',
    families: FAMILIES,
    categories: [{ category: 'threat', phrases, instead: 'x' }],
  };
  return [r];
}

/** Twenty phrases with the same head and different tails (made up for this test). */
const TAILS = Array.from({ length: 20 }, (_, i) => `{亲属}…尾${String.fromCharCode(0x4e00 + i)}`);
const TEXT = '家里老人住院，父母年纪大了，老婆在上班，爸妈也不知道。'.repeat(5);

function trieWalks(rules: Rule[], text: string): number {
  const walk = vi.spyOn(WordTrie.prototype, 'endsAt');
  findForbiddenPhrases(text, rules);
  const n = walk.mock.calls.length;
  walk.mockRestore();
  return n;
}

describe('a piece shared by several phrases', () => {
  afterEach(() => vi.restoreAllMocks());

  it('walks its family once per place, not once per phrase', () => {
    const one = trieWalks(rule([TAILS[0] as string]), TEXT);
    const twenty = trieWalks(rule(TAILS), TEXT);
    expect(one).toBeGreaterThan(0);
    expect(twenty).toBe(one);
  });

  it('walks a family once per place however many spellings of a piece begin with it', () => {
    const one = trieWalks(rule(['{亲属}(的|)电话']), TEXT);
    const many = trieWalks(rule(['{亲属}(的|)(电话|号码|手机|微信|地址|住址)(我有|我们有|在这)']), TEXT);
    expect(one).toBeGreaterThan(0);
    expect(many).toBe(one);
  });

  it('still lets each phrase match its own tail', () => {
    const rules = rule(TAILS);
    const found = findForbiddenPhrases('你父母那边尾丁的事。老婆…尾七', rules).map((m) => m.phrase);
    expect(found).toEqual([TAILS[1], TAILS[3]]);
  });

  it('matches after a shared piece in the middle of phrases as it does alone', () => {
    const phrases = ['{我方}…{亲属}…(说|讲)', '{我方}…{亲属}…(告诉|通知)'];
    const text = '我们会把这事告诉你父母，也会跟老婆讲';
    const together = findForbiddenPhrases(text, rule(phrases)).map((m) => [m.start, m.end, m.phrase]);
    const alone = phrases.flatMap((p) =>
      findForbiddenPhrases(text, rule([p])).map((m) => [m.start, m.end, m.phrase]),
    );
    expect(together).toEqual(alone);
    expect(together.length).toBeGreaterThan(0);
  });
});
