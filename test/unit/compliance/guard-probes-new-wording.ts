/**
 * Probe set for word families in forbidden phrases (issue: the guard on wording nobody wrote into
 * it). Written BEFORE the default packs' phrase lists and the matcher were changed, without reading
 * the lists, with wording none of the earlier probe sets (guard-probes.ts) uses for the same acts:
 * other verbs, other relatives and places, other legal words, other insults. Compliant lines share
 * words with the violations (单位, 孩子, 家属, 坐牢, 密码, employer, arrested, garnished, fee) and must
 * stay silent: a guard that cries wolf all day is not read.
 *
 * Codes as in guard-probes.ts, plus TL: a threat of arrest or jail is both a threat and a false
 * legal claim (the packs may file it under either).
 */
import type { ForbiddenCategory } from '@/lib/compliance/phrases';
import { CATEGORY_OF, type CategoryCode } from './guard-probes';

export type NewWordingCode = CategoryCode | 'TL';

export const NEW_WORDING_CATEGORY: Record<NewWordingCode, readonly ForbiddenCategory[]> = {
  ...CATEGORY_OF,
  TL: ['threat', 'falseLegal'],
};

export const ZH_NEW_VIOLATIONS: readonly [NewWordingCode, string][] = [
  // Going to the debtor's places
  ['T', '您孩子读的那所中学，我们抽空可以过去一趟'],
  ['T', '我们有同事周末会去您老家走一趟'],
  ['T', '您上班那栋写字楼我们已经找到了'],
  ['T', '您爱人开的那家店我们也会过去看看'],
  ['T', '咱们的外访人员下午就到您住的地方'],
  ['T', '要不我们派两个人去您单位当面谈'],
  // Contacting people around the debtor
  ['TP', '我们会致电您的直属上司说明情况'],
  ['TP', '您表哥那边我们也会打个电话过去'],
  ['TP', '我会把您的欠款明细发给您的家属'],
  ['TP', '我们会联络您公司的老板'],
  ['TP', '您丈母娘的电话我们也有，回头就打'],
  ['TP', '我们会上门找您的邻居了解情况'],
  ['TP', '我们将逐个致电您通讯录中的好友'],
  ['TP', '回头我们跟您们村支书说一声'],
  // Shaming and exposure
  ['T', '您的同学群里我们也会发个消息'],
  ['T', '您的欠款信息我们会在网上曝光'],
  ['T', '我们会把您的名字发到抖音上让大家评评理'],
  ['T', '您单位的人迟早都会知道您是个老赖'],
  ['T', '这事闹到您单位，您这工作还要不要了'],
  // Police, jail, criminal and legal consequences
  ['TL', '您这种情况公安局会直接上门抓人'],
  ['TL', '再不还款，您就要去蹲监狱了'],
  ['L', '您的案子已经移交给经侦大队了'],
  ['L', '法院的判决书下个礼拜就寄到您家'],
  ['L', '您要被列进失信名单，全家都受牵连'],
  ['L', '您以后连火车票都买不了'],
  ['T', '您的孩子以后当不了兵考不了编'],
  ['L', '您这算是恶意透支，够判三年以上的了'],
  ['L', '律师函已经发出去了，明天法院就来人'],
  ['L', '我这里是区人民检察院'],
  ['L', '我是派出所民警，找您了解一下欠款的事'],
  // Invented fees
  ['L', '逾期满三个月要另收一笔催缴手续费'],
  ['L', '您得先交五百块的保证金才能办分期'],
  // Insults
  ['I', '您这人怎么一点信用都不讲，真是个废物'],
  ['I', '像您这样的老赖我见多了'],
  ['I', '您有没有点廉耻心'],
  ['I', '您是聋了还是听不懂人话'],
  ['I', '跟个泼妇一样，讲不讲理'],
  // Pushing the debtor to borrow
  ['T', '您去网上找个平台贷点钱先把这个还了'],
  ['T', '您可以找您岳父先拿点钱应急'],
  ['T', '把您的车抵出去换点钱还上'],
  ['T', '您朋友那么多，随便谁借您一点不就完了'],
  // Telling a third party about the debt
  ['D', '您告诉您老公，他的卡已经欠款九十多天了'],
  ['D', '您是他领导吧？他在我们这欠了好几万'],
  ['D', '请您帮忙劝劝您弟弟，他拖欠我们银行的钱'],
  // Data beyond what is needed
  ['P', '您把身份证正反面拍照发到我微信上'],
  ['P', '报一下您网银的支付密码我帮您操作'],
  // Private deal, "or else", harassment
  ['T', '钱直接打到我这个私人账户上，比较快'],
  ['T', '不还钱的话，后面会发生什么我可不敢保证'],
  ['T', '您最好想清楚，不然有您好看的'],
  ['T', '从今天起我们每隔一小时给您打一次'],
];

export const ZH_NEW_COMPLIANT: readonly string[] = [
  '我们不会去您单位，也不会打电话给您的上司。',
  '您孩子读中学开销大，我们把每期金额调低一点。',
  '您说要回老家一趟，那我们下周再联系您本人。',
  '按规定，我们只和您本人沟通，不会联系您的家属或同事。',
  '您的信息我们不会在任何地方公开。',
  '您担心会不会坐牢，一般的信用卡逾期是民事合同关系，刑事问题我无权判断。',
  '如果您已经收到法院的传票，请告诉我，我这边登记一下。',
  '逾期会如实报送征信，具体影响以征信中心的记录为准。',
  '我行不收取任何额外的催收费用或保证金。',
  '办分期不需要交任何保证金。',
  '我们不建议您找朋友借钱或者去网上贷款来还。',
  '请不要把身份证照片发给任何个人，包括我。',
  '您的支付密码请不要告诉任何人。',
  '还款请只转到我行的官方还款账户，不要转到私人账户。',
  '您是他领导的话，麻烦您转告他回个电话，谢谢。',
  '请问您是张先生的家属吗？我这边有点事需要找他本人。',
  '您先生方便接电话吗？我找他本人。',
  '您岳父住院了，您先照顾好家里，我们月底再商量。',
  '您的车贷每个月多少？我们算分期的时候一起考虑。',
  '我们每天联系的次数有限制，不会频繁打扰您。',
  '您如果觉得我们打电话太多，可以告诉我方便的时间。',
  '我叫王明，工号3021，是XX银行信用卡中心的工作人员。',
  '如果您怀疑我的身份，可以挂断后拨打我行官方客服热线核实。',
  '您问会不会影响孩子，这个我无权下结论，您可以咨询专业律师。',
  '通知您一下，本次通话全程录音。',
  '我会把今天商量的还款计划发短信给您本人。',
  '您的邻居我们从来不会联系。',
  '您在单位不方便的话，下班后我再打给您。',
  '您说公司老板拖欠工资，这个情况我会记录下来。',
  '您说家里人不知道这笔欠款，我们也不会告诉他们。',
  '如果您想了解诉讼相关的规定，可以咨询专业律师。',
  '您最好先还最低还款额，这样这期不会再产生新的违约金。',
  '您说要找亲戚借钱，这个我们不建议，您按自己的能力来就行。',
  '您爱人开店也不容易，我们按您家的实际情况来商量。',
];

export const EN_NEW_VIOLATIONS: readonly [NewWordingCode, string][] = [
  // Going to the debtor's places
  ['T', 'We have your daughter’s daycare on file, just so you know.'],
  ['T', 'One of our people lives a few blocks from you.'],
  ['T', 'Our collector will stop by your office this afternoon.'],
  ['T', "I'm sending someone to knock on your door tonight."],
  // Contacting people around the debtor
  ['TP', "I'll be calling your supervisor after lunch."],
  ['TP', 'Your in-laws are next on my call list.'],
  ['TP', 'We will text your roommates about what you owe.'],
  ['TP', "I'll make sure your whole family hears about this debt."],
  ['TP', "We'll drop a letter at your job so your boss sees it."],
  ['TP', 'Your Facebook friends will get a message from us.'],
  // Shaming, job loss
  ['T', 'We might publish your name in the local paper.'],
  ['T', "You won't keep that job long once they find out."],
  // Arrest, seizure, legal consequences (1006.18(b)–(c))
  ['TL', 'You could be arrested for skipping out on this.'],
  ['TL', 'The sheriff will come and take your car.'],
  ['TL', 'We will freeze every account you have by Monday.'],
  ['TL', 'Expect your wages to be garnished starting next week.'],
  ['L', 'We are putting a lien on your home.'],
  ['L', 'I am with the district attorney’s office.'],
  ['L', 'This is Detective Brown from the financial crimes unit.'],
  ['L', 'Failure to pay is a criminal offense in this state.'],
  ['L', 'A summons is already on its way to you.'],
  ['L', 'Your passport can be revoked over this balance.'],
  // Invented fees
  ['L', 'There is a $150 recovery charge added today.'],
  ['L', 'Pay a $99 processing fee and we will stop the lawsuit.'],
  // Insults (1006.14(d))
  ['I', 'You are a deadbeat, plain and simple.'],
  ['I', 'Only a loser lets a bill go this long.'],
  ['I', 'Grow up and stop lying to me.'],
  ['I', 'Are you stupid or just lazy?'],
  // Telling a third party about the debt (1006.6(d))
  ['D', 'Your husband has a charged-off card balance with us.'],
  ['D', 'Could you tell your nephew his credit card debt is overdue?'],
  ['D', "I'm calling because your father never paid his Mastercard."],
  // Data beyond what is needed
  ['P', 'Text me a photo of the front and back of your card.'],
  ['P', 'Give me your online banking login so I can process it.'],
  // Pushing the debtor to borrow
  ['T', 'Max out another card and send us the money.'],
  ['T', 'Take a cash advance from your other credit line to pay this.'],
  ['T', 'Ask your coworkers to chip in.'],
  // Harassment, "or else"
  ['T', "We'll ring you every hour, day and night."],
  ['T', 'If you hang up, things get a lot worse for you.'],
];

export const EN_NEW_COMPLIANT: readonly string[] = [
  'We will not call your supervisor or anyone at your job.',
  'Is this a good time, or should I call after your shift at the office?',
  "I'm sorry to hear your father is ill; we can talk next week.",
  'You will not be arrested for not paying a credit card.',
  'If you are served with a lawsuit by anyone, you may want to talk to a lawyer.',
  'No court has ordered your wages garnished on this account.',
  "We don't add collection fees beyond what your agreement allows.",
  'There is no processing fee to set up this plan.',
  'Please do not use a cash advance or another card to pay this.',
  "Please don't borrow from friends or coworkers to pay us.",
  'Never share your online banking login with anyone, including me.',
  "I'm trying to reach Sam. Could you ask him to return my call?",
  'Is your husband home? I need to speak with Sam directly.',
  'We do not contact your family, friends, or neighbors about this account.',
  'If you would like us to stop calling you at work, I will note that.',
  'We will only mail letters to you, addressed to you.',
  'The account may be reported to the credit bureaus as your agreement allows.',
  'My name is Dana, and I work for Northwind Recovery, a debt collector.',
  'If you think this is a scam, you can hang up and call the number on your card.',
  'You can send us a photo of the dispute letter if that is easier.',
  'Would a payment on your payday work better for you?',
  "If your daughter's daycare costs are high, let's lower the monthly amount.",
  'You mentioned your car needs repairs; we can start smaller.',
  'No one from our office will come to your home.',
  'We will call you back tomorrow at the time you chose.',
  'If we call too often, tell me and I will change the schedule.',
  'Our calls are between 8 a.m. and 9 p.m. your time.',
  "I can't say what a court would decide, and no lawsuit has been filed.",
  "Your credit report will show the account as paid once it's settled.",
  'Do you prefer that we text you or call your cell?',
  'Take your time; family comes first.',
  'If your employer changes your payday, let us know and we can move the due date.',
];
