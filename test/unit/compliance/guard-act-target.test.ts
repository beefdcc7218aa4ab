/**
 * The guard reads a line as act × target × consequence (issue: the guard on wording nobody wrote
 * into it, round 3): the default packs' word groups — telling verbs × third parties × debt words,
 * field staff × visits, a consequence asserted to the listener, posting × public places, and the
 * 其/客户 a note writes for the customer — catch wording no phrase lists, and the denial frames keep
 * the reassurance silent. Every line here is made up for this test (no blind-set line).
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

describe('act × target × consequence, English', () => {
  it.each([
    ['I already told her brother about the overdue balance.', 'thirdPartyDisclosure'],
    ['Went over the past due amount with his landlord yesterday.', 'thirdPartyDisclosure'],
    ["We'll let your pastor know what is going on.", 'privacy'],
    ['Maybe I should text your roommate tonight.', 'privacy'],
    ['Our field agents will show up at your office on Monday.', 'threat'],
    ["You'll be prosecuted if this stays open.", 'falseLegal'],
    ['Skipping card payments is a criminal offense here.', 'falseLegal'],
    ['Your son will inherit this balance one day.', 'falseLegal'],
    ['We can post it on his Facebook group for everyone to see.', 'privacy'],
  ])('%s → %s', (line, category) => {
    expect(categories(line, enPack.rules)).toContain(category);
  });

  it.each([
    'We will never tell your brother, your sister or your landlord about the balance.',
    "I'm not with any court or sheriff's office.",
    'Nobody from our team will show up at your home.',
    'Customer said his brother knows about the balance already.',
  ])('%s stays silent', (line) => {
    expect(categories(line, enPack.rules)).toEqual(new Set());
  });
});

describe('act × target × consequence, Chinese', () => {
  it.each([
    ['已联系其表哥，请他帮忙找人。', 'privacy'],
    ['已向其舅舅说明了客户的欠款情况。', 'thirdPartyDisclosure'],
    ['我们外访人员周五会到其单位找他。', 'threat'],
    ['你就不怕你老板听说这件事？', 'threat'],
    ['不处理的话，你的工资下个月直接扣。', 'falseLegal'],
    ['已把他的欠款截图发到小区群里。', 'privacy'],
    ['你这样下去，离坐牢也不远了。', 'falseLegal'],
    ['系统里会把你标记为恶意拖欠。', 'falseLegal'],
    ['你脑子进水了吧，说几遍了。', 'insult'],
    ['你父母就是这么教你的？', 'insult'],
  ])('%s → %s', (line, category) => {
    expect(categories(line, zhPack.rules)).toContain(category);
  });

  it.each([
    '我们绝不会通过任何渠道把你的情况告诉你的同事。',
    '上门拜访这种事我们是不做的，有问题电话联系就好。',
  ])('%s stays silent', (line) => {
    expect(categories(line, zhPack.rules)).toEqual(new Set());
  });
});
