/**
 * The matcher behind the guard: slot-and-gap patterns keep every alternative of every slot (no cap
 * across gaps), a denial right before a forbidden act is the reassurance agents are taught to give,
 * and a "don't say" quotation in guidance is not speech.
 */
import { findForbiddenPhrases } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { growth } from '../../helpers/growth';

const slots = Array.from({ length: 20 }, (_, i) => `词${String.fromCharCode(0x4e00 + i)}`).join('|');
const RULES: Rule[] = [
  {
    id: 'p',
    title: 't',
    source: 's',
    severity: 'block',
    type: 'forbiddenPhrases',
    categories: [
      {
        category: 'privacy',
        // 3 × 20 × 20 = 1,200 spellings: more than the 64 one piece may expand to.
        phrases: [`(通知|联系|告诉)…(${slots})…(${slots})`, '(contact|tell) your (employer|family)'],
        instead: 'x',
      },
    ],
  },
];
const hit = (text: string) => findForbiddenPhrases(text, RULES).map((m) => text.slice(m.start, m.end));

describe('slot-and-gap patterns', () => {
  it('match the last alternatives of every slot, beyond the per-piece cap', () => {
    expect(hit('我们会告诉你的词专还有词专')).toEqual(['告诉你的词专还有词专']);
  });
  it('still need every slot within the gap and the sentence', () => {
    expect(hit('我们会告诉你的词专。词专')).toEqual([]);
  });
});

describe('denials and "don\'t say" quotes', () => {
  it.each([
    ['我们不会联系你的词一和词丁'],
    ['我们绝不主动通知词一词丁'],
    ['We will not contact your employer.'],
    ["We won't tell your family."],
    ['不说「我们会通知词一词丁」'],
    ['Never say "we will contact your employer".'],
  ])('silent: %s', (text) => {
    expect(hit(text)).toEqual([]);
  });
  it.each([
    ['你不还就通知你的词一词丁', '通知你的词一词丁'],
    ['你就不能联系词一词丁吗', '联系词一词丁'],
    ["If you don't pay we contact your employer.", 'contact your employer'],
    ['他说「我们会通知词一词丁」', '通知词一词丁'],
  ])('flagged: %s', (text, written) => {
    expect(hit(text)).toEqual([written]);
  });
});

describe('linear time', () => {
  it('a long text with many near-misses is scanned in time that grows with its length', () => {
    const text = (n: number) => '通知词一，'.repeat(n) + '不说「'.repeat(n / 10);
    // 4× the text: about 4× the time when linear, 16× when quadratic (110k characters at the top).
    expect(growth((n) => findForbiddenPhrases(text(n), RULES), 5_000)).toBeLessThan(9);
  });
});

describe('pack lint', () => {
  it('warns about a phrase slot that would be cut, at its path', async () => {
    const { lintPack } = await import('@/lib/pack/lint');
    const { pack } = await import('../pack/default-zh-pack');
    const draft = structuredClone(pack);
    const rule = draft.rules.find((r) => r.type === 'forbiddenPhrases');
    if (rule?.type !== 'forbiddenPhrases') throw new Error('no phrase rule');
    const first = rule.categories[0];
    if (!first) throw new Error('no category');
    first.phrases.push('(甲|乙|丙|丁|戊|己|庚|辛)(甲|乙|丙|丁|戊|己|庚|辛)(子|丑)');
    const ri = draft.rules.indexOf(rule);
    const found = lintPack(draft).filter((f) => f.code === 'phraseTooManySpellings');
    expect(found.map((f) => [f.severity, f.path])).toEqual([
      ['warning', `rules[${ri}].categories[0].phrases[${first.phrases.length - 1}]`],
    ]);
    expect(lintPack(pack).filter((f) => f.code === 'phraseTooManySpellings')).toEqual([]);
  });
});
