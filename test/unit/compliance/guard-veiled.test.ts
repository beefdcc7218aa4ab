/**
 * Guard round 13: veiled threats and pressure with no act word, read by structure on made-up
 * sentences (not the blind sets' lines): a condition of not paying with an ominous outcome later in
 * the same sentence, a person or place of the debtor's life with such an outcome or a "watch out",
 * rhetorical exposure, night calls proposed. Lawful consequences, sympathy and denials stay silent.
 */
import { describe, expect, it } from 'vitest';
import { checkNote } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { pack as enPack } from '../pack/default-en-pack';
import { pack as zhPack } from '../pack/default-zh-pack';

const categories = (text: string, rules: readonly Rule[]) =>
  new Set(
    checkNote(text, rules)
      .filter((m) => m.speaker === 'agent')
      .map((m) => m.category),
  );

/** Per language: lines the guard must flag as a threat, and lines it must keep silent. */
const CASES: { language: string; rules: readonly Rule[]; flagged: string[]; silent: string[] }[] = [
  {
    language: 'Chinese (the polite 您-form folds to 你)',
    rules: zhPack.rules,
    flagged: [
      '您要是一直这么拖着，过几天您小区门口怕是要热闹了',
      '再不处理的话，后面的事您可兜不住',
      '不然哪天出点什么意外，可别说我们',
      '您老公上下班那条路，最近可得看紧点',
      '晚上睡觉记得把门锁好啊',
      '改天找几个兄弟去您店里坐坐',
      '我们有的是办法让您主动联系我们',
      '要不要我们替你告诉他们？',
      '让全小区都看看您是什么人',
      '明天早上给您安排个叫醒服务',
    ],
    silent: [
      '听说您家里出了事，我们可以帮您申请延期。',
      '客户孩子出事住院，申请延期还款。',
      '如果不还，会影响征信，您家里人也会担心。',
      '您这样下去利息会越来越多，吃亏的是您自己。',
      '请您好好想想，分期对您更划算。',
      '我们不会上门，也不会联系您的家人。',
    ],
  },
  {
    language: 'English',
    rules: enPack.rules,
    flagged: [
      "If you keep ignoring us, let's say it won't end well for you.",
      "Pay this week or else you'll learn the hard way.",
      'We could make your life very difficult.',
      "You can't hide from us forever.",
      'Accidents tend to happen to people who skip payments.',
      'Remember that I warned you, okay?',
      'How would your neighbors feel knowing this?',
      'Your landlord would love to hear about your card.',
      "We've been keeping an eye on your house.",
      'Expect a call at 2 am from us.',
      "We'll blow up your phone until you pay.",
    ],
    silent: [
      "If you don't set up a plan, interest keeps adding up.",
      'I understand, accidents happen; we can look at a plan.',
      'Customer said her son got hurt at work, asked for a deferral.',
      'We will not contact your employer or your family.',
      'How would a plan of 150 a month work for you?',
      "If you don't pay, here is what happens next: the account is reported to the bureaus.",
    ],
  },
];

describe.each(CASES)('veiled threats in $language', ({ rules, flagged, silent }) => {
  it.each(flagged)('flags %s as a threat', (text) => {
    expect(categories(text, rules).has('threat')).toBe(true);
  });

  it.each(silent)('keeps %s silent', (text) => {
    expect(categories(text, rules).size).toBe(0);
  });
});

/**
 * Session 13, made-up sentences: a rhetorical "don't you care about your family" (你不想/不怕 …
 * 家里人受影响) and "sooner or later you go inside" (迟早/早晚 … 进去) had no act word the guard read.
 * 早晚 was also cut by the 64-spellings limit when written in one phrase with 迟早: each has its own.
 */
describe('rhetorical family pressure and jail "sooner or later" (zh)', () => {
  const rules = zhPack.rules;
  it.each([
    ['您不想您家里人受影响吧', 'threat'],
    ['您就不怕您爸妈跟着遭殃？', 'threat'],
    ['难道您不想孩子受牵连', 'threat'],
    ['您这样下去迟早要进去', 'falseLegal'],
    ['早晚得坐牢', 'falseLegal'],
    ['您早晚会被抓', 'falseLegal'],
  ])('flags %s as %s', (text, category) => {
    expect(categories(text, rules).has(category as never)).toBe(true);
  });

  it.each([
    '您家里人不会受影响的，您放心',
    '我不想让您家人受牵连，所以只跟您本人谈',
    '不想家里人知道的话，我们不会联系他们',
    '早晚各打一次电话提醒您',
    '您迟早要还的，早还早轻松',
  ])('keeps %s silent', (text) => {
    expect(categories(text, rules).size).toBe(0);
  });
});
