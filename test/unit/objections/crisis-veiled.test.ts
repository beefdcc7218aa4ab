/**
 * Issue 11 §2, round 11: a plan or a place of ending one's life said without a crisis word — where
 * the speaker stands (a bridge, a roof, the tracks, 江边), a farewell said as final ("the last time
 * you'll hear from me", 以后不会再麻烦你们了), not being around much longer, things given away.
 * Made-up sentences; the near-misses were written before the lexicon was changed and must stay
 * silent (a place on the way somewhere, a farewell after a payment promise, a home by the river).
 */
import { readFileSync } from 'node:fs';
import { crisisSignal } from '../../../lib/objections/crisis-signals';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { packSchema } from '../../../lib/pack/schema';
import { foldText } from '../../../lib/text/fold';

const load = (locale: string) =>
  packSchema.parse(
    JSON.parse(readFileSync(new URL(`../../../lib/pack/defaults/${locale}.json`, import.meta.url), 'utf8')),
  ).objections;
const zh = buildObjectionIndex(load('zh-CN'));
const en = buildObjectionIndex(load('en-US'));
const ids = (query: string) =>
  searchObjections(/\p{Script=Han}/u.test(foldText(query)) ? zh : en, query).map((r) => r.objection.id);

/** Strong: the crisis card goes first. */
const VEILED = [
  // where the speaker stands
  "I'm on the bridge",
  "I'm up on the roof right now",
  "I'm on the railway tracks",
  "I'm out on the ledge",
  'i am at the cliff now',
  '我在江边',
  '我现在在桥上',
  '我一个人在河边',
  // not being around, said as the end
  "I won't be around for much longer",
  'I will not be alive for much longer',
  "I'm not going to be around for much longer",
  // farewells said as final
  "this is the last time you'll hear from me",
  'you will never hear from me again',
  "soon I won't be a problem for anyone",
  "I won't be a burden to anybody",
  '以后不会再麻烦你们了',
  '我再也不会打扰大家了',
  '我不会再拖累任何人了',
  // things given away, affairs settled
  "I've given away all my stuff",
  "I'm giving away everything I own",
  '我把东西都送人了',
  '我家当都分给别人了',
  '我在交代后事',
  '遗书写好了',
];

/**
 * A farewell after a payment said: maybe done with the bank, maybe not with life. Weak, as before
 * round 11: the crisis card stays in the list, not first (a review found round 11 had made these
 * silent, and a denied payment silent too).
 */
const FAREWELL_AFTER_PAYMENT = [
  "I'll pay it off and you'll never hear from me again",
  "once it's settled you will never hear from me again",
  "I'll pay in full, I won't be a burden to anyone",
  '下个月全部还清，以后不会再麻烦你们了',
  '我会按时还的，不会再麻烦你们催了',
  '还完这期以后就不会再麻烦你们了',
];

/** Strong: the payment beside the farewell is denied, or is someone else's affairs settled. */
const FAREWELL_PAYMENT_DENIED = [
  "I can't pay it off, you'll never hear from me again",
  "I won't pay it off, you will never hear from me again",
  '我不会还的，以后不会再麻烦你们了',
  '没还清也无所谓了，以后再也不会麻烦大家了',
];

/** No signal: a place on the way, a home by the river. */
const NEAR_MISSES = [
  "I won't be a problem for you, I'll pay on Friday",
  "I'll pay it on Friday and you won't be hearing from me after that",
  "I'm on the bridge to work, the signal is bad",
  "I'm crossing the bridge now, call me back",
  "we're stuck on the bridge in traffic",
  "I'm on the roof of the parking garage looking for my car",
  "I won't be around for the call tomorrow",
  "I won't be around for much of next week, I'm travelling",
  'this is the last time I pay late, I promise',
  'the last time you heard from me was in May',
  "I'm at the tracks meet with my son",
  "I'm giving away my old clothes to charity",
  'I said goodbye to my coworkers today, new job starts Monday',
  "I'm on the bridge crew at the port",
  "I'm standing on the platform waiting for the train",
  '我在江边散步，等会儿打给你',
  '我在江边钓鱼呢',
  '我家就在江边',
  '我公司在江边',
  '我们在海边度假呢',
  '我在交代工作，等下说',
  '我在江边的工地上班',
  '我在桥上开车，不方便接',
  '这是我最后一次逾期了',
  '我跟同事道别了，下周换工作',
  '我把旧衣服都送人了',
  '我把东西都送到快递点了',
  '这是最后一次跟你们通话，以后找我律师',
  '我家楼顶漏水了',
];

describe('veiled crisis signals: a place, a farewell, things given away (issue 11 §2)', () => {
  it('reads a strong signal in each, in Chinese and English', () => {
    expect(VEILED.filter((s) => /\p{Script=Han}/u.test(s)).length).toBeGreaterThanOrEqual(10);
    expect(VEILED.filter((s) => crisisSignal(s) !== 'strong')).toEqual([]);
  });
  it('keeps it whatever is said after it (crisis stickiness)', () => {
    const goesOn = (s: string) =>
      /\p{Script=Han}/u.test(s) ? `${s}，下个月再说吧` : `${s}, anyway what about the bill`;
    expect(VEILED.filter((s) => crisisSignal(goesOn(s)) !== 'strong')).toEqual([]);
  });
  it('puts the crisis card first through the real search', () => {
    expect(VEILED.filter((q) => ids(q)[0] !== 'self-harm')).toEqual([]);
  });
  it('reads a farewell after a payment as weak, and strong when the payment is denied', () => {
    expect(FAREWELL_AFTER_PAYMENT.filter((s) => crisisSignal(s) !== 'weak')).toEqual([]);
    expect(FAREWELL_PAYMENT_DENIED.filter((s) => crisisSignal(s) !== 'strong')).toEqual([]);
  });
  it('reads nothing in a near-miss', () => {
    expect(NEAR_MISSES.filter((s) => crisisSignal(s) !== null)).toEqual([]);
  });
});
