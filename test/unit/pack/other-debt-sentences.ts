/**
 * What a customer says when other lenders or other bills come before this card (多头负债): several
 * cards or online loans all chasing, a mortgage or car loan, a child's school fees, the rent, a
 * relative's hospital bills. Written before the card's triggers (content round 15: 孩子上学要用钱
 * found no card, 家里急用钱 put family-consult first, 房贷压力太大了 put new-baby first), so no trigger
 * was copied from them; default-other-debts.test.ts checks each finds the card in the first three
 * and that no trigger repeats one word for word.
 */
import type { LifeEventSentence } from './life-event-sentences';

/** The card content round 15 added, the same id in both default packs. */
export const OTHER_DEBTS_CARD = 'other-debts';

export const OTHER_DEBTS_ZH: readonly LifeEventSentence[] = [
  { expect: 'other-debts', query: '孩子上学要用钱' },
  { expect: 'other-debts', query: '家里急用钱，这个月真顾不上你们这边' },
  { expect: 'other-debts', query: '房贷压力太大了' },
  { expect: 'other-debts', query: '我要先交房租' },
  { expect: 'other-debts', query: '我要先交房租，不然房东要赶人了' },
  { expect: 'other-debts', query: '我好几张卡都在催，招行的建行的天天打电话' },
  { expect: 'other-debts', query: '网贷也逾期了，那边催得更凶' },
  { expect: 'other-debts', query: '借呗花呗都欠着呢，一个月光利息就好几千' },
  { expect: 'other-debts', query: '我欠了好几个平台的钱，实在还不过来了' },
  { expect: 'other-debts', query: '车贷还没还完呢，每个月四千多' },
  { expect: 'other-debts', query: '我得先把别的账还了再说' },
  { expect: 'other-debts', query: '我妈住院要交押金，先紧着医药费', or: 'illness' },
  { expect: 'other-debts', query: '微粒贷京东白条全逾期了' },
  { expect: 'other-debts', query: '外面欠的钱太多了，都不知道先还哪个' },
  { expect: 'other-debts', query: '工资一到账就被各种贷款扣光了' },
  { expect: 'other-debts', query: '下个月要交孩子的学费，八千多呢' },
  { expect: 'other-debts', query: '水电煤气费都欠着，哪还有钱还信用卡啊' },
  { expect: 'other-debts', query: '我还有两笔网贷，利息高，得先还那边' },
  { expect: 'other-debts', query: '房贷车贷加起来一个月一万多，真扛不住了' },
  { expect: 'other-debts', query: '欠了七八家，电话都被打爆了' },
  { expect: 'other-debts', query: '以贷养贷搞成现在这样' },
  { expect: 'other-debts', query: '孩子补课费刚交完，手里一分不剩' },
  { expect: 'other-debts', query: '别的银行也在催我还钱嘛' },
  { expect: 'other-debts', query: '俺还欠着亲戚的钱，得先还人家' },
  // IME slips: 摧 for 催, 代 for 贷 (the same pinyin, the first candidate taken).
  { expect: 'other-debts', query: '好几张卡都在摧我' },
  { expect: 'other-debts', query: '网代也逾期了哎' },
];

export const OTHER_DEBTS_EN: readonly LifeEventSentence[] = [
  { expect: 'other-debts', query: "I've got other debts too, not just you guys" },
  { expect: 'other-debts', query: 'I have three other cards that are all behind' },
  { expect: 'other-debts', query: 'I owe on like four cards right now' },
  { expect: 'other-debts', query: 'payday loans are eating my whole check' },
  { expect: 'other-debts', query: 'rent comes first, sorry' },
  { expect: 'other-debts', query: 'I gotta pay my rent before anything else' },
  { expect: 'other-debts', query: "my kid's tuition is due this month" },
  { expect: 'other-debts', query: "the car payment is due and I can't lose my car" },
  { expect: 'other-debts', query: "I'm behind on my mortgage too" },
  { expect: 'other-debts', query: "everybody's calling me, Capital One, Discover, all of them" },
  { expect: 'other-debts', query: "my mom's medical bills come first right now", or: 'illness' },
  { expect: 'other-debts', query: "I'm drowning in debt" },
  { expect: 'other-debts', query: 'I got student loans and a car note on top of this' },
  { expect: 'other-debts', query: "I'm paying off my other card first, it has higher interest" },
  { expect: 'other-debts', query: "the electric bill is past due and they're gonna shut it off" },
  { expect: 'other-debts', query: "I owe so many people I don't know who to pay first" },
  { expect: 'other-debts', query: "I took out a title loan and now I'm stuck" },
  { expect: 'other-debts', query: 'daycare has to be paid first' },
  { expect: 'other-debts', query: "I'm juggling like five bills right now" },
  { expect: 'other-debts', query: "i'm robbing peter to pay paul every month" },
  { expect: 'other-debts', query: "my landlord wants the rent and you want this, I can't do both" },
  { expect: 'other-debts', query: 'collection agencies are calling me from everywhere' },
  // Typing slips an agent makes on the call.
  { expect: 'other-debts', query: 'i got othr debts' },
  { expect: 'other-debts', query: 'to many cards maxed out' },
  { expect: 'other-debts', query: 'paydya loans' },
];
