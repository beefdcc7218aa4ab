/** The pattern, match-pattern and condition-depth helpers references.ts checks a pack with. */
import {
  conditionDepth,
  isMatchPattern,
  nestedQuantifier,
  patternProblem,
} from '../../../lib/pack/references';

describe('reference helpers', () => {
  it.each([
    ['(\\d+)', undefined],
    ['(?:¥)?([\\d,.]+)', undefined],
    ['([\\d+]+)', undefined], // a quantifier inside a character class is a literal
    ['(?<days>\\d+) 天', undefined],
    ['(\\d{1,3})(?:,\\d{3})*', undefined],
    ['(\\d+)(天)', 'patternGroups'],
    ['((?:\\d{1,3},?)+)', 'nestedQuantifier'],
    ['(a*)*', 'nestedQuantifier'],
    ['(?:(\\w+)\\s?)+', 'nestedQuantifier'],
    ['(a{2})+', undefined], // a fixed count cannot be split two ways
    ['(?:,(\\d{3}))*', undefined],
    ['(a+){3}', 'nestedQuantifier'],
    ['(a?)+', undefined], // ? does not repeat
    ['[', 'badPattern'],
    ['\\-(\\d+)', 'badPattern'], // valid without the u flag, but the extractor uses u
  ])('pattern %s → %s', (pattern, code) => {
    expect(patternProblem(pattern)?.code).toBe(code);
  });

  it('returns the offending fragment of a nested quantifier', () => {
    expect(nestedQuantifier('x(\\d+\\s)+y')).toBe('(\\d+\\s)+');
    expect(nestedQuantifier('(\\d+)')).toBeUndefined();
  });

  it.each([
    ['http://127.0.0.1/*', true],
    ['https://*.bank.example/crm/*', true],
    ['*://crm.example.com/*', true],
    ['http://localhost:5178/*', true],
    ['http://*/*', false], // every host, like <all_urls> (issue 14 item 4)
    ['*://*/*', false],
    ['https://*/*', false],
    ['https://*:8443/*', false],
    ['https://*.com/*', false],
    ['https://*.example.com/*', true],
    ['ftp://example.com/*', false],
    ['http://example.com', false],
    ['http://*example.com/*', false],
    ['http://exa*mple.com/*', false],
    ['<all_urls>', false],
  ])('match pattern %s valid: %s', (pattern, valid) => {
    expect(isMatchPattern(pattern)).toBe(valid);
  });

  it('counts condition depth in levels of condition objects', () => {
    expect(conditionDepth({ field: 'dpd', op: 'gt', value: 0 })).toBe(1);
    expect(
      conditionDepth({ all: [{ field: 'dpd', op: 'gt', value: 0 }, { not: { field: 'x', op: 'exists' } }] }),
    ).toBe(3);
  });
});
