/**
 * The one denial reader (lib/compliance/denial.ts): each named frame on made-up lines, the
 * question that is no denial, and the condition and consequence that keep an act flagged.
 */
import { describe, expect, it } from 'vitest';
import { denialBefore } from '@/lib/compliance/denial';
import { normaliseForMatch } from '@/lib/compliance/phrase-matcher';

/** The frame that denies the act written after `|` in `line`. */
function frameOf(line: string): string | null {
  const [before = '', act = ''] = line.split('|');
  const text = normaliseForMatch(before + act).text;
  return denialBefore(text, text.length - normaliseForMatch(act).text.length);
}

describe('denial frames', () => {
  it.each([
    ['你说打算|找同事借钱', 'reported'],
    ['本次通话并未|透露欠款信息', 'zhRecord'],
    ["we're not a |law firm", 'enNotArticleOrAdvice'],
    ['nobody here is going to |arrest you', 'enDenyingSubject'],
    ['我们不会|去你公司', 'zhAuxiliary'],
    ['不建议你向亲友|借钱还款', 'zhAdvice'],
    ['我们|不|上门', 'zhBare'],
    ["we won't |call your manager", 'enNegated'],
    ['no one from |our team will visit', 'enDenyingSubject'],
  ])('%s → %s', (line, frame) => {
    expect(frameOf(line.replace('|不|', '不|'))).toBe(frame);
  });

  it.each([
    '如果未|还款就起诉', // a condition, not a record
    '你不还|就上门', // a consequence after the negation
    '你们会不会|上门', // a question
    'if you dont pay we will |call your manager', // the negation denies the payment, not the act
    '我们会|去你公司',
  ])('%s is no denial', (line) => {
    expect(frameOf(line)).toBeNull();
  });
});
