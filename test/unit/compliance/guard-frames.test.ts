/**
 * Round 9 of the guard on wording nobody wrote into it: the causes found by sorting every miss and
 * false alarm by why, each fixed once as a mechanism (a denial frame, a speaker verb, a word group,
 * a frame of families), checked here on sentences made up for this test (none from a probe set).
 */
import { checkNote, findForbiddenPhrases } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { pack as en } from '../pack/default-en-pack';
import { pack as zh } from '../pack/default-zh-pack';

const categories = (text: string, rules: readonly Rule[]) =>
  findForbiddenPhrases(text, rules).map((m) => m.category);
const agentCategories = (text: string, rules: readonly Rule[]) =>
  checkNote(text, rules)
    .filter((m) => m.speaker === 'agent')
    .map((m) => m.category);

/** One rule with one phrase: the denial frames in isolation from the packs' lists. */
const one = (phrase: string): Rule[] => [
  {
    id: 'one',
    title: 't',
    source: 's',
    severity: 'block',
    type: 'forbiddenPhrases',
    categories: [{ category: 'threat', phrases: [phrase], instead: 'x' }],
  },
];

describe('denial frames beyond the negation words', () => {
  it.each([
    ['未 in a written record', '联系你家人', '已致电，未联系你家人。'],
    ['not + article', 'law firm', 'We are not a law firm.'],
    ['not + advice verb', 'borrow from', 'Do not suggest they borrow from relatives.'],
    ['a denying subject with its auxiliary', 'seize your car', 'Nobody is going to seize your car.'],
    ['a denying subject a few words away', 'garnish', 'No judge has ever ordered anything garnished here.'],
  ])('%s stays silent', (_name, phrase, text) => {
    expect(findForbiddenPhrases(text, one(phrase))).toEqual([]);
  });

  it.each([
    ['a condition with 未 is no denial', '联系你家人', '如果未按时还款，我们就联系你家人。'],
    ['如果未 right before the act', '联系你家人', '如果未还要联系你家人'],
    ['an article after an affirmative verb', 'law firm', 'We are a law firm.'],
    ['a subject that is not a denial', 'seize your car', 'Someone is going to seize your car.'],
  ])('%s is still flagged', (_name, phrase, text) => {
    expect(findForbiddenPhrases(text, one(phrase)).length).toBeGreaterThan(0);
  });
});

describe('speaker verbs: what the note records the customer doing is not the agent speaking', () => {
  it.each([
    ['zh complaint', '客户投诉上一家机构打了他老婆的电话，已致歉。', zh],
    ['zh request', '客户要求别再联系他老板，已加标记。', zh],
    ['en called me', 'Cx called me a moron twice; stayed polite.', en],
    ['en threatened', 'Cx threatened to post the call on Facebook; logged.', en],
    ['en worried', 'Cx worried the police would arrest him; explained it is civil.', en],
  ])('%s', (_name, note, pack) => {
    expect(agentCategories(note, pack.rules)).toEqual([]);
  });
});

describe('zh word groups and frames', () => {
  it.each([
    ['veiled: ominous part × tail', '真把事情搞大了，对你可没什么好处。', 'threat'],
    ['escalation by other means', '那我们就只能采取别的手段了。', 'threat'],
    ['place before the act', '我们的同事对你们那一带很熟，改天去一趟。', 'threat'],
    ['what we hold: 掌握 group', '你哥哥的电话我们早就有了。', 'threat'],
    ['the family will receive', '你的亲戚很快就会接到我们的电话。', 'threat'],
    ['let them know', '我看还是让你老板也知道知道。', 'privacy'],
    ['a banner raised', '到时候在你小区门口挂起横幅。', 'threat'],
    ['fill one card with another', '拿别的卡套出来先把这笔堵上。', 'threat'],
    ['proceedings as a status', '你这笔欠款已经转入司法程序了。', 'falseLegal'],
    ['posing as a lawyer', '我这边是受托处理的律师事务所。', 'falseLegal'],
    ['deduct without a court', '我们可以直接从你公积金里扣，不用经过法院。', 'falseLegal'],
    ['a criminal record', '再拖下去就要留下前科了。', 'falseLegal'],
    ['the family pays the price', '以后你儿子考公都过不了。', 'falseLegal'],
    ['credit ruined for life', '你的信用记录这辈子都洗不掉了。', 'falseLegal'],
    ['a regulator impersonated', '我们是金融监管局的，来核实你的欠款。', 'falseLegal'],
    ['rhetorical shaming', '这么大的人了还好意思说没钱？', 'insult'],
    ['the debt told to a relative', '已经把他的欠款金额跟他表哥说清楚了。', 'thirdPartyDisclosure'],
    ['a relative told the debt', '他舅舅那边我已经告知了逾期的事。', 'thirdPartyDisclosure'],
    ['ask a third party to make them pay', '麻烦您催她把信用卡还了。', 'thirdPartyDisclosure'],
    ['a relative’s debt not dealt with', '你老公的信用卡一直拖着没结清。', 'thirdPartyDisclosure'],
  ])('%s', (_name, text, category) => {
    expect(categories(text, zh.rules), text).toContain(category);
  });

  it.each([
    '您爱人开的店我们不会去打扰，按您家里的实际情况来商量就好。',
    '已经进入诉讼程序的案件，以法院文书为准。',
    '客户妻子接听，未告知任何欠款信息，只请她转告回电。',
    '我们这边没有权限扣您的工资，请放心。',
    '不好意思打扰您了，我们明天再联系。',
  ])('stays silent: %s', (text) => {
    expect(findForbiddenPhrases(text, zh.rules).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});

describe('en word groups and frames', () => {
  it.each([
    ['UK visit: people will be round', 'Some people will be round your flat tomorrow.', 'threat'],
    ['"don\'t make me…" is a threat', "Don't make me send a team over.", 'threat'],
    ['"do you want us to…"', 'Do you want us turning up at your workplace?', 'threat'],
    ['veiled consequence', 'Imagine what could happen if you keep ignoring us.', 'threat'],
    ['worse: unpleasant', 'This is going to get really unpleasant for you.', 'threat'],
    ['borrow off a mate', 'Just borrow it off your pals.', 'threat'],
    ['lenders that will lend you', 'Loan sharks will lend you the cash by tonight.', 'threat'],
    ['relatives could chip in', 'Your brother could lend you the money.', 'threat'],
    ['people at your place hear', 'Everyone in your building will hear about it.', 'privacy'],
    ['a note in the third person', "Told cx we'd call her landlord.", 'privacy'],
    ['a postcard about the debt', "We'll mail you a postcard about it.", 'privacy'],
    ['legal act × near date', 'We are issuing court proceedings on Monday.', 'falseLegal'],
    ['seizure stated with a date', 'Your savings will be seized next week.', 'falseLegal'],
    ['federal benefits', 'We are going to intercept your tax refund.', 'falseLegal'],
    ['a relative’s credit', "Your wife's credit will be damaged as well.", 'falseLegal'],
    ['losing property', 'You will end up losing your home over this.', 'falseLegal'],
    ['criminal referral', 'This gets referred to the fraud unit on Friday.', 'falseLegal'],
    ['travel ban', "You won't be able to leave the country.", 'falseLegal'],
    ['blacklisting', 'Every lender will have you blacklisted.', 'falseLegal'],
    ['prison', 'People end up in prison for less.', 'falseLegal'],
    ['we notified the police', "We've contacted the police about you.", 'falseLegal'],
    ['profanity', 'Just pay the damn balance.', 'insult'],
    ['intensified insult noun', "You're an absolute con artist.", 'insult'],
    ['what kind of parent', 'What sort of mother ignores her bills?', 'insult'],
    ["someone's debt named", "I'm calling about Maria's balance with us.", 'thirdPartyDisclosure'],
    ['a message about his debt', 'Say the bank called about his past-due card bill.', 'thirdPartyDisclosure'],
    ['the debt explained to a relative', 'I went over the details with your cousin.', 'thirdPartyDisclosure'],
  ])('%s', (_name, text, category) => {
    expect(categories(text, en.rules), text).toContain(category);
  });

  it.each([
    "We're not a government agency and nobody is going to arrest you.",
    'If anything were ever filed, you would be served and could respond in court.',
    'Cx’s father is a sheriff; he took a message.',
    '{{bank.name}} may report it to the IRS on Form 1099-C.',
    'Please do not use a cash advance to pay this.',
    'Would you like me to send you the form by email?',
    'If your card was stolen, please report it to the police and call us back.',
  ])('stays silent: %s', (text) => {
    expect(findForbiddenPhrases(text, en.rules).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});

describe('phrases indexed by their first two units', () => {
  /** Two phrases for the very same words, one indexed by any second unit (a one-unit family word). */
  const twoKinds = (firstKind: 'threat' | 'falseLegal'): Rule[] => [
    {
      id: 'order',
      title: 't',
      source: 's',
      severity: 'block',
      type: 'forbiddenPhrases',
      families: { sit: ['坐'] },
      categories: [
        { category: firstKind, phrases: [firstKind === 'threat' ? '坐牢' : '{sit}牢'], instead: 'x' },
        {
          category: firstKind === 'threat' ? 'falseLegal' : 'threat',
          phrases: [firstKind === 'threat' ? '{sit}牢' : '坐牢'],
          instead: 'x',
        },
      ],
    },
  ];
  it.each(['threat', 'falseLegal'] as const)('the same words get the kind listed first (%s)', (kind) => {
    expect(categories('让你坐牢', twoKinds(kind))).toEqual([kind]);
  });
  it('a phrase whose second unit differs from the text is not tried', () => {
    expect(categories('坐车', twoKinds('threat'))).toEqual([]);
  });
});
