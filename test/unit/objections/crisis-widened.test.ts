/**
 * Issue 11 §2, widened: death wishes phrased around 死/die (not 想死/自杀), death as the end of the
 * debt or as a reproach, plans and preparations, disappearance and burden, methods with words
 * around them — and the near-misses that must stay silent (hyperbole, refusals, deadlines, a
 * relative's death, games, leaving the call). Written here from how people speak on a collection
 * call, before the lexicon was widened; none is a default-pack trigger.
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
const zhPack = load('zh-CN');
const enPack = load('en-US');
const zh = buildObjectionIndex(zhPack);
const en = buildObjectionIndex(enPack);
const indexFor = (query: string) => (/\p{Script=Han}/u.test(foldText(query)) ? zh : en);
const ids = (query: string) => searchObjections(indexFor(query), query).map((r) => r.objection.id);

/** Strong: the crisis card goes first. */
const STRONG = [
  // death as the end of the debt, or as a reproach
  '我死了你们就拿不到钱了',
  '等我死了，这笔债你们找谁要去',
  '人死债消，你们看着办吧',
  '反正大不了就是个死',
  '我就死给你们看',
  '我要是死了，你们是不是就高兴了',
  '我死了你们就满意了是吧',
  '我还不如死了干净',
  '您放心，我死了就不用还了',
  '我死了债是不是就没了',
  '我死了你们就开心了吧！！！',
  '我今天就死在你们银行门口',
  '我死了以后你们去找我妈要吧',
  '要不是因为孩子，我早就死了',
  '我觉得我死了比较好',
  '我死了钱也不用还了吧',
  '你们就等着给我收尸吧',
  '我只能以死谢罪了',
  '大不了同归于尽',
  '开车直接撞上去，死了拉倒',
  // plans and preparations
  '我想好了怎么结束这一切',
  '遗书我都写好了，放在抽屉里',
  '我已经把后事安排好了',
  '我现在就站在楼顶上',
  '我已经站在天台了，你们满意了吧',
  '我在桥上，跳下去就什么都没了',
  '我已经想好怎么死了',
  '我准备了绳子',
  '药我攒了好久了，够了',
  '我刚吞了一把药',
  '我跟家里人都告别了',
  '我已经在河边了',
  '我把自己饿死算了',
  // disappearance and burden
  '我走了你们就再也找不到我了',
  '我不想拖累家里人了，我走了他们就轻松了',
  '没有我，家里人会过得更好',
  '我想从这个世界消失',
  '我想解脱了，太累了',
  '我真的活够了',
  '等我不在了，这钱你们找谁要',
  '活着太痛苦了，不如早点解脱',
  '我想永远睡过去',
  '活着真的一点意思都没有',
  '这个世界没什么值得我留恋的了',
  '你们再也见不到我了',
  // typed fast: pinyin with the IME off, mixed, full-width
  'wo si le ni men jiu man yi le',
  '我不想huo了',
  '我想si',
  'ｗｏ ｓｉ ｇｅｉ ｎｉ ｍｅｎ ｋａｎ',
  // English
  'if I die the debt is gone right',
  "you'll be happy when I'm dead",
  'when I am gone you can chase my family instead',
  'this debt dies with me',
  "I've decided, I'm going to end it tonight",
  'the pills are ready',
  "I'm standing on the roof right now",
  'everyone would be better off without me',
  "I won't be around much longer",
  "there's no reason to go on",
  "I'm not going to be here much longer",
  "I'll be dead soon anyway",
  'I should just die',
  "maybe I'll just die and you can write it off",
  "I'm going to shoot myself",
  'I took all my pills',
  'I bought a rope',
  'I have put my affairs in order',
  "I've lost the will to live",
  "I'm so tired of living",
  "I'm going to jump in front of a train",
  "I'm done with life",
  'just let me die already',
  'I hope I die in my sleep',
  "once I'm dead you won't get a cent",
  'I might as well be dead',
  'I want to disappear forever',
  "I'd rather die than live like this",
  "I'm gonna off myself",
  'Nobody will miss me when I am gone.',
  'I already said goodbye to my family',
  'I wrote my goodbye letter',
  'I have a gun to my head',
  'ｔｈｉｓ ｄｅｂｔ ｄｉｅｓ ｗｉｔｈ ｍｅ',
];

/** Weak: the crisis card is kept in the list (ambiguous on its own, dangerous to drop). */
const WEAK = [
  '这是我最后一次接你们的电话了',
  '下辈子再还你们吧',
  '我不想再拖累家里了',
  '孩子我都安排好了',
  '你们再也找不到我了',
  'this is my last call',
  "I won't be around.",
  "I'm just a burden to my family",
  "I've written a note.",
  "I can't live like this",
];

/** No signal at all: hyperbole, refusals, deadlines, a relative's death, games, leaving the call. */
const NEAR_MISSES = [
  '烦死了，天天打',
  '气死我了，你们怎么又打来',
  '累得要死还要接你们电话',
  '笑死，我哪有那么多钱',
  '死都不还，你能怎么样',
  '我死活不会还的',
  '最后期限是哪天',
  '截止日期是几号',
  '我爸去年死了，卡是他的',
  '我妈刚走了，后事还没办完',
  '我在给我爸办后事，改天再说',
  '电脑死机了，等一下',
  '这是死账吧，银行都核销了',
  '我在打游戏，刚又死了一次',
  '王者荣耀我又死了',
  '这是最后一期还款了吧',
  '我最后一次还款是上个月',
  '月底再说吧',
  '我走了，再见',
  '好了我先走了，回头再聊',
  '我走了啊，你们别再打了',
  '我差点死了，车祸住院了',
  '吓死我了你们这个电话',
  '热死了，我在外面',
  '我快饿死了还没吃饭',
  '我穷得要死，拿什么还',
  '我爸的遗嘱里没写这张卡',
  '老公走了以后，这个卡谁还',
  '人死了债还要还吗？我爸上个月去世了',
  '今天冻死了',
  '我忙得要死，没空',
  '我这个人死要面子',
  '我是死心塌地跟你们合作',
  '老子死也不会给你一分钱',
  '我拼死拼活赚的钱',
  '我的花都死了',
  '我家狗死了心情不好',
  '我养的鱼死了',
  '打死我也想不起来密码',
  '我要走了，车来了',
  '这是我们最后一次提醒您',
  '死亡证明要怎么开',
  '我在天台收衣服',
  '我就在楼顶晒被子',
  '我在桥上堵车呢',
  '游戏里我死了好几回了',
  '我给孩子买好了药',
  '钱我都安排好了，下周还',
  '我想好了怎么还，分三期',
  '我跟同事告别了，下个月离职',
  "I'm dead tired, call me tomorrow",
  "I'm dying to get this sorted",
  'this interest rate kills me',
  'the dead line for the payment is Friday',
  "my card is dead, it doesn't work",
  'this dead card keeps getting charged',
  "I'll make the last payment on Friday",
  'my last payment was in March',
  "I'll pay at the end of the month",
  "ok I'm leaving now, bye",
  'I have to go, my boss is here',
  "I won't be around next week, call me Monday",
  "I'm not going to be here tomorrow, I'm traveling",
  'my husband died last year and the card was his',
  "my mom is dying of cancer, I can't talk",
  "I'd rather die than pay you people",
  'over my dead body',
  "I'll die of embarrassment if my boss hears this",
  "lol I'm dead, that's hilarious",
  'my battery is about to die',
  'I died three times in this game',
  "I'm dying of boredom on hold",
  'the deadline is killing me',
  "I'll be dead broke after paying this",
  "I'm dead serious, I paid it",
  "I'd kill for a lower rate",
  "I've decided to pay in full",
  'I have a plan to pay',
  "I'm on the roof fixing the gutter",
  "I'm driving over the bridge right now",
  "I'll be gone for two weeks on vacation",
  'dead end job, no money',
  "I'm not going to be here on Friday",
  'I wrote a note to my bank about the charge',
  'I said goodbye to my old bank',
  "I'd die for my kids",
  'my plant died',
  'this is my last payment',
  "let's end it here, bye",
  "you'll be the death of me",
];

describe('the widened crisis lexicon (issue 11 §2)', () => {
  it('has at least 60 new crisis sentences and 60 new near-misses, Chinese and English', () => {
    const all = [...STRONG, ...WEAK];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(60);
    for (const list of [all, NEAR_MISSES]) {
      expect(list.filter((s) => /\p{Script=Han}/u.test(s)).length).toBeGreaterThanOrEqual(20);
      expect(list.filter((s) => !/\p{Script=Han}/u.test(s)).length).toBeGreaterThanOrEqual(20);
    }
  });
  it('finds a strong signal in each crisis sentence', () => {
    expect(STRONG.filter((s) => crisisSignal(s) !== 'strong')).toEqual([]);
  });
  it('finds a weak signal in each ambiguous one', () => {
    expect(WEAK.filter((s) => crisisSignal(s) !== 'weak')).toEqual([]);
  });
  it('finds no signal in a near-miss', () => {
    expect(NEAR_MISSES.filter((s) => crisisSignal(s) !== null)).toEqual([]);
  });
});

describe('the crisis card through the real search', () => {
  it('is first for every strong sentence', () => {
    expect(STRONG.filter((q) => ids(q)[0] !== 'self-harm')).toEqual([]);
  });
  it('is in the list for every weak sentence', () => {
    expect(WEAK.filter((q) => !ids(q).includes('self-harm'))).toEqual([]);
  });
  // The default crisis cards share words with near-misses (我去死好了 / 气死我了, "I want to die" /
  // "I'd die for my kids"), so the ranking may lift them on overlap; here only the signal could.
  it('is not lifted by a near-miss when only the signal could lift it', () => {
    const neutral = (pack: typeof zhPack, title: string) =>
      buildObjectionIndex(pack.map((o) => (o.severity === 'crisis' ? { ...o, title, triggers: [] } : o)));
    const bare = { zh: neutral(zhPack, '危机处理'), en: neutral(enPack, 'Crisis protocol') };
    const lifted = NEAR_MISSES.filter((q) => {
      const found = searchObjections(indexFor(q) === zh ? bare.zh : bare.en, q).map((r) => r.objection.id);
      return found.includes('self-harm');
    });
    expect(lifted).toEqual([]);
  });
  it('leaves a relative’s death to the deceased card', () => {
    const found = ids('人死了债还要还吗？我爸上个月去世了');
    expect(found).toContain('deceased');
    expect(found).not.toContain('self-harm');
  });
});
