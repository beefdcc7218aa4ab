/**
 * What customers and their relatives say when the cardholder is in prison or detention (or just
 * out of it), when the customer says they will take the bank to court or arbitration, and when
 * they ask whether the caller is licensed or which collection agency this is. Written before the
 * triggers (content round 16: 我在服刑 put bad-time first, 我在坐牢 the card for a customer AFRAID of
 * jail, 我要告你们银行 sued-already, 你们有没有资质 wants-reduction), so no trigger was copied from
 * them; default-custody-legal.test.ts checks each finds its card in the first three.
 */
import type { LifeEventSentence } from './life-event-sentences';

/** The card round 16 added to the zh-CN default pack. */
export const CUSTODY_CARD = 'incarcerated';

export const CUSTODY_LEGAL_ZH: readonly LifeEventSentence[] = [
  { expect: 'incarcerated', query: '我在服刑' },
  { expect: 'incarcerated', query: '我在戒毒所' },
  { expect: 'incarcerated', query: '他进去了，判了三年' },
  { expect: 'incarcerated', query: '我刚从里面出来' },
  { expect: 'incarcerated', query: '我在坐牢' },
  { expect: 'incarcerated', query: '他被抓了，现在关在看守所' },
  { expect: 'incarcerated', query: '我儿子被拘留了，人联系不上' },
  { expect: 'incarcerated', query: '刚刑满释放，工作还没着落' },
  { expect: 'incarcerated', query: '我老公在监狱里，这卡的事我管不了' },
  { expect: 'incarcerated', query: '人在里面改造呢，出来再说吧' },
  { expect: 'will-complain', query: '我去法院起诉你们' },
  { expect: 'will-complain', query: '我要去仲裁' },
  { expect: 'will-complain', query: '我要告你们银行' },
  { expect: 'will-complain', query: '你们乱收费，我要去法院告你们' },
  { expect: 'will-complain', query: '我已经准备材料去起诉银行了' },
  { expect: 'scam', query: '你们有没有资质' },
  { expect: 'scam', query: '你们是不是外包公司' },
  { expect: 'scam', query: '你是哪个催收公司的' },
  { expect: 'scam', query: '你们是正规的催收机构吗' },
  { expect: 'scam', query: '银行凭什么把我的账交给第三方催收' },
];

/**
 * English: the suing and licence questions only. The en-US pack had no room for an `incarcerated`
 * card this round (it sits under its 240 KiB size check); its sentences wait in the round's report.
 */
export const CUSTODY_LEGAL_EN: readonly LifeEventSentence[] = [
  { expect: 'will-complain', query: "I'm going to sue you" },
  { expect: 'will-complain', query: "I'll take you to small claims" },
  { expect: 'will-complain', query: "I'm filing for arbitration against the bank" },
  { expect: 'will-complain', query: "I'm taking your company to court for harassing me" },
  { expect: 'scam', query: 'are you even licensed' },
  { expect: 'scam', query: 'what agency is this' },
  { expect: 'scam', query: 'which collection company are you with' },
  { expect: 'scam', query: 'are you some third party debt collector' },
  { expect: 'scam', query: "what's your license number" },
];
