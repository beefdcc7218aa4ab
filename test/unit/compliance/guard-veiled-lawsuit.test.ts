/**
 * Guard round 16: veiled threats (the consequence left to the debtor's imagination: 您自己掂量掂量吧,
 * "you'll regret this") and a lawsuit stated as certain to intimidate (等着吃官司吧, "get ready to be
 * served"; FDCPA 1692d, 1692e(5): a threat of action not intended). Sentences made up for this round,
 * before the phrases were written, and not taken from the blind sets. The lawful lines share their
 * words (后果 as information, 考虑/掂量 a plan, "you won't regret", "I'd hate for you to pay more"):
 * a false flag on them is worse than a miss, as agents stop trusting the guard.
 */
import { describe, expect, it } from 'vitest';
import { checkNote } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { pack as enPack } from '../pack/default-en-pack';
import { pack as zhPack } from '../pack/default-zh-pack';

const agentCategories = (text: string, rules: readonly Rule[]) =>
  new Set(
    checkNote(text, rules)
      .filter((m) => m.speaker === 'agent')
      .map((m) => m.category),
  );

const ZH_VEILED = [
  '您自己掂量掂量吧',
  '您自己掂量着办',
  '您掂量一下后果',
  '您自己想想后果吧',
  '您好好想想后果',
  '怎么做您自己心里有数',
  '后果您自己想',
  '接下来会发生什么，您自己琢磨吧',
  '您会后悔的',
  '到时候有您后悔的',
  '别到时候哭着来求我们',
  '这事没完，咱们慢慢来',
];

const ZH_CERTAIN_SUIT = [
  '等着吃官司吧',
  '等着收传票吧',
  '您就等着被起诉吧',
  '您就等着上法庭吧',
  '等着当被告吧',
  '这官司您是吃定了',
  '官司您是躲不掉的',
  '被起诉是板上钉钉的事了',
  '您肯定会被起诉的',
  '咱们法庭上见',
];

const ZH_LAWFUL = [
  '您可以自己考虑一下还款方案',
  '如果不处理，银行可能依法采取措施',
  '逾期的后果是产生罚息',
  '逾期会产生什么后果，我给您说明一下',
  '您考虑考虑分期方案，后果我先跟您讲清楚：逾期会产生罚息',
  '您掂量掂量哪个方案合适',
  '您自己掂量一下，哪个方案压力小',
  '您掂量一下每月能还多少，我们按这个来定分期',
  '您自己看着选一个还款日就行',
  '您放心，办了分期不会让您后悔的',
  '您会后悔吗？很多客户都说办分期不后悔',
  '长期未还款的，我行可能按合同约定依法通过诉讼等途径处理，具体以正式书面通知为准',
  '如果您收到法院的文书，请按文书要求处理',
  '是否起诉由银行依法决定，目前没有起诉',
  '我们不会说您一定会被起诉，具体以正式书面通知为准',
  '您不用等着收传票，我们现在就可以协商方案',
  '这事还没完成审批，请您耐心等待',
  '我们还没完全核实您的情况',
  '客户说：等着吃官司吧，无所谓',
];

const EN_VEILED = [
  "you'll regret this",
  "You're going to regret ignoring us.",
  "Trust me, you'll be sorry.",
  "You'll be sorry you ignored us.",
  "I'd hate for things to get ugly",
  'Think very carefully about your next move.',
  'Do what you want, but the consequences are on you.',
  'Whatever happens next is on you.',
  "Your call, but you'll have to live with what comes.",
  'Consider this your warning.',
  "You've been warned.",
  'One way or another, you will pay.',
  "I can't promise what happens after today.",
  'Keep ignoring us and find out.',
  "You have no idea what's coming.",
  "Weigh your options carefully, because what comes next won't be pleasant.",
];

const EN_CERTAIN_SUIT = [
  'Get ready to be served.',
  "We'll see you in court.",
  "It's only a matter of time before you get sued.",
  'Expect a summons any day now.',
  "You're getting sued, simple as that.",
  'The bank will definitely sue.',
  'A lawsuit is a done deal at this point.',
];

const EN_LAWFUL = [
  "You won't regret setting up a plan.",
  "You won't be sorry you set this up.",
  "I'd hate for you to pay more interest than you need to.",
  "I'd hate for this to cost you more than it has to.",
  "If you'd like, I can explain what happens next in the process.",
  'What happens next is up to you: a plan or a single payment.',
  'What happens next is that the payment posts in two days.',
  'Think carefully about what monthly amount works for you.',
  'Please think about your next step and call us back.',
  'The consequences of a missed payment are explained in your agreement.',
  "I can't promise what the supervisor will decide about the fee waiver.",
  "We won't sue you; no lawsuit has been filed.",
  'No lawsuit is certain, and none has been filed.',
  'If you are being sued by another creditor, you may want to talk to a legal aid office.',
  'Expect a confirmation letter within a week.',
  'Get ready to save on interest with this plan.',
  "It's only a matter of time before the promo rate ends, so let's lock it in.",
  "If you receive court papers, please don't ignore them.",
  'Customer said "see you in court" and hung up.',
  'Take your time and weigh your options.',
  "You'll be sorry to hear the promo ended, but we have another plan.",
];

describe('veiled threats and certain-lawsuit claims (zh)', () => {
  it.each(ZH_VEILED)('flags %s as a threat', (text) => {
    expect(agentCategories(text, zhPack.rules).has('threat')).toBe(true);
  });

  it.each(ZH_CERTAIN_SUIT)('flags %s as a false legal claim', (text) => {
    expect(agentCategories(text, zhPack.rules).has('falseLegal')).toBe(true);
  });

  it.each(ZH_LAWFUL)('keeps %s silent', (text) => {
    expect(agentCategories(text, zhPack.rules).size).toBe(0);
  });
});

describe('veiled threats and certain-lawsuit claims (en)', () => {
  it.each([...EN_VEILED, ...EN_CERTAIN_SUIT])('flags %s as a threat', (text) => {
    expect(agentCategories(text, enPack.rules).has('threat')).toBe(true);
  });

  it.each(EN_LAWFUL)('keeps %s silent', (text) => {
    expect(agentCategories(text, enPack.rules).size).toBe(0);
  });
});
