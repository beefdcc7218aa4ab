/**
 * The one denial reader (lib/compliance/denial.ts): each named frame on made-up lines, the
 * question that is no denial, and the condition and consequence that keep an act flagged.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { denialBefore, deniedAfter } from '@/lib/compliance/denial';
import { normaliseForMatch } from '@/lib/compliance/phrase-matcher';
import { checkNote } from '@/lib/compliance/phrases';

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
    ['we will never call your sister, your landlord or |your pastor', 'enNegatedList'],
    ["i'm not with any court, |any sheriff", 'enNegatedList'],
    ['我们绝不会通过任何渠道把你的情况|告诉你的同事', 'zhAuxiliaryBa'],
  ])('%s → %s', (line, frame) => {
    expect(frameOf(line.replace('|不|', '不|'))).toBe(frame);
  });

  it.each([
    '如果未|还款就起诉', // a condition, not a record
    '你不还|就上门', // a consequence after the negation
    '你们会不会|上门', // a question
    'if you dont pay we will |call your manager', // the negation denies the payment, not the act
    '我们会|去你公司',
    "if you don't pay your balance, |your boss will hear", // a list frame needs a verb of reaching
    '你不还，我们就把你的情况|告诉你的同事',
  ])('%s is no denial', (line) => {
    expect(frameOf(line)).toBeNull();
  });
});

describe('a denial after the act', () => {
  /** Whether the rest of `line` after `|` denies the act written before it. */
  const deniedAfterAct = (line: string) => {
    const [act = '', rest = ''] = line.split('|');
    const text = normaliseForMatch(act + rest).text;
    return deniedAfter(text, normaliseForMatch(act).text.length);
  };

  it.each(['上门|拜访这种事我们是不做的', '上门|我们从来不做', 'home visits| are not something we do'])(
    '%s is denied',
    (line) => {
      expect(deniedAfterAct(line)).toBe(true);
    },
  );

  it.each(['上门|催收我们是要做的', '上门|，不做的话后果自负', 'home visits| are something we do'])(
    '%s is not',
    (line) => {
      expect(deniedAfterAct(line)).toBe(false);
    },
  );
});

describe('what a denial frame must not swallow (found reading round 11 again)', () => {
  const zhRules = JSON.parse(readFileSync('lib/pack/defaults/zh-CN.json', 'utf8')).rules;
  it.each([
    '你不要逼我们把你的情况告诉你家人',
    '你不要逼我们把欠款的事告诉你单位',
    '明天就对你强制执行要法院把你房子拍卖',
  ])('flags %s (a causative is the speaker’s threat; 要法院 is no statement of law)', (line) => {
    expect(checkNote(line, zhRules).length).toBeGreaterThan(0);
  });
  it.each(['我们不会把您的情况告诉您家人', '强制执行必须经过法院判决'])('keeps %s silent', (line) => {
    expect(checkNote(line, zhRules)).toEqual([]);
  });
});
