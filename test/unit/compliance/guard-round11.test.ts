/**
 * Guard round 4 on unseen wording (issue: the guard on wording nobody wrote into it): the causes
 * that recurred across the probe and blind sets, each as a mechanism — a denial with `going to`,
 * a neutral statement of law, the customer named before a clause of how they were, and the word
 * groups and sentence windows of the default packs. Every line here is made up for this test (no
 * blind-set line).
 */
import { describe, expect, it } from 'vitest';
import { customerSpans } from '@/lib/compliance/customer-speech';
import { denialBefore, deniedAfter } from '@/lib/compliance/denial';
import { normaliseForMatch } from '@/lib/compliance/phrase-matcher';
import { checkNote, findForbiddenPhrases } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { pack as enPack } from '../pack/default-en-pack';
import { pack as zhPack } from '../pack/default-zh-pack';

const categories = (text: string, rules: readonly Rule[]) =>
  new Set(
    checkNote(text, rules)
      .filter((m) => m.speaker === 'agent')
      .map((m) => m.category),
  );

/** The frame that denies the act written after `|` in `line`. */
function frameOf(line: string): string | null {
  const [before = '', act = ''] = line.split('|');
  const text = normaliseForMatch(before + act).text;
  return denialBefore(text, text.length - normaliseForMatch(act).text.length);
}

/** Whether the rest of `line` after `|` takes back the act written before it. */
function deniedAfterAct(line: string): boolean {
  const [act = '', rest = ''] = line.split('|');
  const text = normaliseForMatch(act + rest).text;
  return deniedAfter(text, normaliseForMatch(act).text.length);
}

describe('denials and statements of law', () => {
  it.each([
    ["we're not going to |phone your sister", 'enNegated'],
    ['i am never gonna |visit your office', 'enNegated'],
    ['we would never ask you to |sell your car', 'enNotArticleOrAdvice'],
    ['only a court, after a hearing, can |seize a car', 'lawOnlyBy'],
    ['只有人民法院才能|冻结账户', 'lawOnlyBy'],
  ])('%s → %s', (line, frame) => {
    expect(frameOf(line)).toBe(frame);
  });

  it.each(["we're going to |phone your sister", 'the court will |seize your car', '法院明天就|冻结账户'])(
    '%s is no denial',
    (line) => {
      expect(frameOf(line)).toBeNull();
    },
  );

  it.each([
    'a lien| can only be placed by a judge',
    'a levy| requires a court order first',
    '查封|必须经过法院判决',
    '扣划工资|需要有生效判决',
  ])('%s is a statement of law', (line) => {
    expect(deniedAfterAct(line)).toBe(true);
  });

  it.each(['a lien| will be placed tomorrow', '查封|明天就办'])('%s is not', (line) => {
    expect(deniedAfterAct(line)).toBe(false);
  });

  it('keeps a lawful process sentence silent and the assertion flagged', () => {
    expect(categories('Repossession can only happen after a judge rules on it.', enPack.rules).size).toBe(0);
    expect(
      categories('Your account will be charged off; that goes to the credit bureaus.', enPack.rules).size,
    ).toBe(0);
    expect(categories('We will garnish your wages, no judge involved.', enPack.rules).size).toBeGreaterThan(
      0,
    );
  });
});

describe('who speaks in a note', () => {
  const customerText = (text: string) => customerSpans(text).map((s) => text.slice(s.start, s.end));

  it('names the customer before a clause of how they were', () => {
    expect(customerText('客户非常生气，说要去网上发帖').join('')).toContain('网上发帖');
  });

  it("does not take the agent's 说明 after such a clause for the customer's words", () => {
    expect(customerText('客户一直不接，说明下周要去他单位')).toEqual([]);
  });

  it('reads 见到他说一声 as the agent asking someone to pass a word on', () => {
    expect(customerText('你碰到他说一声，让他回电')).toEqual([]);
  });
});

describe('a sentence window (……) between pieces', () => {
  const rules: Rule[] = [
    {
      id: 'p',
      title: 't',
      source: 's',
      severity: 'block',
      type: 'forbiddenPhrases',
      families: { owed: ['unpaid', 'overdue'] },
      categories: [
        {
          category: 'thirdPartyDisclosure',
          phrases: ['left a note……{owed}', '留言……逾期', 'told…{owed}'],
          instead: 'x',
        },
      ],
    },
  ];
  const hit = (text: string) => findForbiddenPhrases(text, rules).map((m) => text.slice(m.start, m.end));

  it('reaches across a long clause of the same sentence', () => {
    const far =
      'Left a note with the lady at the front counter asking the tenant to ring us about the unpaid bill.';
    expect(hit(far)).toEqual([
      'Left a note with the lady at the front counter asking the tenant to ring us about the unpaid',
    ]);
    expect(hit('在物业办公室的登记本上留言，请住户张某尽快处理逾期')).toHaveLength(1);
  });

  it('stops at the end of the sentence and at its bound', () => {
    expect(hit('Left a note at the desk. The bill is unpaid.')).toEqual([]);
    expect(hit(`Left a note ${'and more words '.repeat(8)}about the unpaid bill`)).toEqual([]);
  });

  it('leaves a single … as short as before', () => {
    expect(hit('Told the manager at the front counter of the shop about the unpaid bill')).toEqual([]);
  });
});

describe('word groups of the default packs, English', () => {
  it.each([
    [
      'Message left with her landlord asking her to ring us about the overdue balance on the card.',
      'thirdPartyDisclosure',
    ],
    ['Her sister picked up and I went over the unpaid balance with her.', 'thirdPartyDisclosure'],
    ['They won’t be so understanding as I am.', 'threat'],
    ['Things will get a lot less pleasant from here.', 'threat'],
    ["I'd hate to say it, but after Friday this is out of my hands.", 'threat'],
    ["Don't say I didn't warn you when they turn up.", 'threat'],
    ["We'll ring you back at midnight if we have to.", 'threat'],
    ["I'll be texting you every morning until it's paid.", 'threat'],
    ['There is no court needed, we just take it.', 'falseLegal'],
    ['Your credit report will show this for the rest of your life.', 'falseLegal'],
    ['An admin fee gets added tomorrow.', 'falseLegal'],
    ["We'll text every contact you have.", 'privacy'],
    ['Pawn your watch if you have to, just pay by Monday.', 'threat'],
    ['Our team will be calling at your home on Saturday.', 'threat'],
    ['If that got out, your whole street knows by Monday.', 'privacy'],
    ['Give me a break, you have said that three times.', 'insult'],
    ['Decent people pay their bills on time.', 'insult'],
  ])('%s → %s', (line, category) => {
    expect(categories(line, enPack.rules)).toContain(category);
  });

  it.each([
    'I am not going to discuss the overdue balance with your sister.',
    'Left a voicemail for the customer asking for a call back, no balance mentioned.',
    "I'm not gonna ring you after 9 pm.",
    'We will never ask you to sell your car.',
    'Your kids must be so proud of you.',
    'Only a judge can order a levy, and you would be told first.',
  ])('stays silent: %s', (line) => {
    expect(categories(line, enPack.rules).size).toBe(0);
  });
});

describe('word groups of the default packs, Chinese', () => {
  it.each([
    ['你们单位的王某这张卡拖了半年，一直没还。', 'thirdPartyDisclosure'],
    ['你好，你妈妈欠我行三万块，让她回个电话。', 'thirdPartyDisclosure'],
    ['他表姐接的电话，我把欠款金额和逾期天数都跟她说清楚了。', 'thirdPartyDisclosure'],
    ['到时候来的人可没我这么好说话。', 'threat'],
    ['再拖下去，后面的事就不是我说了算的了。', 'threat'],
    ['你再躲，以后日子可别想太平。', 'threat'],
    ['别怪我没提醒你，明天就晚了。', 'threat'],
    ['今晚十一点我们再打过去，看你接不接。', 'threat'],
    ['你拉黑也没用，我们换号照旧打给你。', 'threat'],
    ['我给你介绍个贷款软件，十分钟就到账。', 'threat'],
    ['你把手表当了，钱不就有了。', 'threat'],
    ['你爱人的征信也会受影响，买房贷款都批不下来。', 'falseLegal'],
    ['按法律你这属于诈骗。', 'falseLegal'],
    ['你哥哥姐姐都得替你还，跑不掉的。', 'falseLegal'],
    ['你的医保很快就会被停。', 'falseLegal'],
    ['你的手机号、家庭住址我们都有，要是传出去可不好。', 'privacy'],
    ['我们会在你小区门口张贴催款告示。', 'privacy'],
    ['我先跟你们经理打个招呼，让他心里有数。', 'privacy'],
    ['你一点良心都没有。', 'insult'],
  ])('%s → %s', (line, category) => {
    expect(categories(line, zhPack.rules)).toContain(category);
  });

  it.each([
    '我们不会联系您的家人，也不会把欠款告诉任何人。',
    '您家人接的电话，我们没有提及欠款，只请他转告您回电。',
    '晚上十点以后我们不会再打电话给您。',
    '只有法院判决后才能强制执行，我们不会上门。',
    '征信记录按规定保留五年，不是一辈子。',
  ])('stays silent: %s', (line) => {
    expect(categories(line, zhPack.rules).size).toBe(0);
  });
});
