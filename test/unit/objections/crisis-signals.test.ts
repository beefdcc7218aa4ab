/**
 * Issue 11 §2: a crisis signal keeps the crisis card, whatever the pack's triggers say. Sentences
 * written here from how people in distress speak (particles, 您-form, full-width, typos, words
 * after); none is a copy of a default-pack trigger. Near-misses: hyperbole, refusals, deadlines,
 * a relative's death (the deceased card answers it; no signal).
 */
import { readFileSync } from 'node:fs';
import { quickSearch } from '../../../components/objections/quick-search';
import { crisisSignal } from '../../../lib/objections/crisis-signals';
import { buildObjectionIndex, closestObjections, searchObjections } from '../../../lib/objections/search';
import { packSchema } from '../../../lib/pack/schema';
import { foldText } from '../../../lib/text/fold';

const load = (locale: string) =>
  packSchema.parse(
    JSON.parse(readFileSync(new URL(`../../../lib/pack/defaults/${locale}.json`, import.meta.url), 'utf8')),
  ).objections;
const zhPack = load('zh-CN');
const zh = buildObjectionIndex(zhPack);
const en = buildObjectionIndex(load('en-US'));
const indexFor = (query: string) => {
  const folded = foldText(query);
  return /[a-z]/.test(folded) && !/\p{Script=Han}/u.test(folded) ? en : zh;
};
const ids = (query: string) => searchObjections(indexFor(query), query).map((r) => r.objection.id);

const STRONG = [
  '我真的很想死啊',
  '我不想再活下去了',
  '我活着还有什么意思呢',
  '逼我的话我就从楼上跳下去',
  '我已经买好了安眠药',
  '我准备烧炭了，你们满意了吧',
  '我昨天割腕了没死成',
  '我想自杀，钱的事别再说了',
  '您再打来我就死给您看',
  '我干脆死了算了，下个月再说',
  '我不如去跳河',
  '我要结束自己的生命',
  '我真的不想活了呢',
  '还不上我就一了百了',
  '家里老小都不管了，我准备上吊',
  '我今晚就喝农药',
  '我想了结自己',
  '我生不如死',
  '我写好遗书了',
  '我想轻生',
  '我想ｓ死',
  '我就想死，别催了，还钱的事以后再说吧',
  '我不想活啦',
  '我不想生活了',
  '我活不下去了啊',
  "I'm going to kill myself tonight",
  'i just wanna die',
  'I want to end my life, stop calling',
  'honestly I wish I was dead',
  'I have been thinking about suicide',
  "I'm suicidal and you keep calling",
  'I might as well take my own life',
  "there's no point in living anymore",
  "I'd rather be dead than deal with this",
  'I want to kil myself',
  'I keep thinking of ending it all',
  'I have nothing to live for',
  'I want to hurt myself',
  'Ｉ ｗａｎｔ ｔｏ ｄｉｅ',
  'i dont want to be alive anymore',
  "I'm thinking of jumping off a bridge",
  'I am going to overdose on my pills',
  'sometimes I hope I never wake up',
  'I want to die lol whatever, about the payment',
  'I wanna kill my self',
  'life is not worth living',
  "I don't even really want to live",
  'i just want to dei',
  'wo zhende buxiang huole',
  'zisha',
];

const WEAK = [
  '我真的撑不下去了',
  '我已经走投无路了',
  '我好绝望啊',
  '你们这是要逼死我',
  "I can't take it anymore",
  'it is hopeless, there is no way out',
  "I can't go on like this",
  // Made up after session 11's code, which read this as nothing: no way out, said as seeing none.
  "i can't see a way out anymore",
  "I don't see any way out",
];

const NEAR_MISSES = [
  '死期到了吗',
  '我死活不还',
  '打死我也不还',
  '笑死我了你们',
  '累死了今天',
  '我爸去世了',
  '我妈妈已经过世了',
  '我老公死了三年了',
  '烦死了别打了',
  '想死你了宝贝',
  '你给我一条活路吧',
  '我在吃药，身体不好',
  '我生活很困难',
  '我不想干活了',
  '这是死账了吧',
  '手机死机了',
  '我死心了，不会再借钱',
  '你去死吧',
  '我要去跳舞',
  '楼上在装修',
  '我不想还钱',
  '下个月再还',
  '我没钱',
  '我要投诉你们',
  '我要起诉',
  '我在开车',
  '我气死了',
  '我还在医院',
  'my father passed away',
  "I'm dying to pay this off",
  'the dead line is Friday',
  'what is the deadline',
  "you're killing me with these calls",
  'just kill me now, haha, I cannot pay',
  'I will pay next month',
  "I can't pay",
  'my mother died last year',
  'I give it a week',
  'my phone died',
  'this is a dead end',
  'stop calling me',
  'I am skilled at my job',
  'the message wants a reply',
  '我不想还，活该你们亏',
  '我不想还钱，生活都困难',
  '我每天都要喝药',
  'I want to dine out',
  'I did what I could',
  'zi shang ci', // 自上次
];

describe('the crisis lexicon (issue 11 §2)', () => {
  it('finds a strong signal in each crisis sentence', () => {
    const missed = STRONG.filter((s) => crisisSignal(s) !== 'strong');
    expect(missed).toEqual([]);
  });
  it('finds at least a weak signal in hopelessness', () => {
    expect(WEAK.filter((s) => crisisSignal(s) === null)).toEqual([]);
  });
  it('finds no signal in near-misses (false positives measured here)', () => {
    const falsePositives = NEAR_MISSES.filter((s) => crisisSignal(s) !== null);
    expect(falsePositives).toEqual([]);
  });
  it('has enough sentences to mean something', () => {
    expect(STRONG.length + WEAK.length).toBeGreaterThanOrEqual(40);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('crisis first, whatever the pack triggers say', () => {
  it.each(STRONG)('puts the crisis card first for %s', (query) => {
    expect(ids(query)[0]).toBe('self-harm');
  });
  it.each(WEAK)('keeps the crisis card in the list for %s', (query) => {
    expect(ids(query)).toContain('self-harm');
  });
  it('keeps it first on every keystroke after the signal', () => {
    const said = '我真的很想死啊，但是你们说的那个分期我可以考虑一下，下个月再说';
    const from = said.indexOf('死') + 1;
    for (let end = from; end <= said.length; end++) {
      expect(ids(said.slice(0, end))[0], said.slice(0, end)).toBe('self-harm');
    }
  });
  it('keeps it in the closest results too', () => {
    expect(closestObjections(zh, '我想自杀').map((r) => r.objection.id)).toContain('self-harm');
  });
  it('keeps the deceased card when the bereaved speaks of dying too', () => {
    const found = ids('我爸去世了，我也不想活了');
    expect(found[0]).toBe('self-harm');
    expect(found).toContain('deceased');
  });
  it('leaves a relative’s death to the deceased card', () => {
    expect(ids('我爸去世了')[0]).toBe('deceased');
    expect(ids('我爸去世了')).not.toContain('self-harm');
  });
  // 想死你 still shares the bigram 想死 with a pack trigger, so the pack's own overlap may lift it.
  it('does not lift the crisis card for a near-miss', () => {
    for (const query of ['我死活不还', '死期到了吗', 'my father passed away']) {
      expect(ids(query)[0], query).not.toBe('self-harm');
    }
  });
});

describe('before the full index arrives (quick search)', () => {
  const quick = (query: string) => quickSearch(zhPack, query).map((r) => r.objection.id);
  it('puts the crisis card first on a strong signal', () => {
    expect(quick('我真的很想死啊，下个月再说')[0]).toBe('self-harm');
  });
  it('keeps it on a weak signal and leaves near-misses alone', () => {
    expect(quick('我真的撑不下去了')).toContain('self-harm');
    expect(quick('我死活不还')).not.toContain('self-harm');
  });
  it('folds the query with the one folding (an invisible character inside a trigger)', () => {
    const trigger = zhPack.find((o) => o.id === 'no-money')?.triggers[0] as string;
    expect(quick(`${trigger[0]}\u200b${trigger.slice(1)}`)[0]).toBe('no-money');
  });
  it('suggests in the same order as the full search on an empty query (stage, then use)', () => {
    // Uses far apart on a linear scale but close on the full search's logarithmic one: the two
    // lists must agree, or the list reorders under the agent when the index arrives.
    const options = {
      phase: 'negotiate' as const,
      usage: { later: 120, 'no-money': 100, scam: 3 },
      limit: 9,
    };
    const full = searchObjections(zh, '', options).map((r) => r.objection.id);
    expect(quickSearch(zhPack, '', options).map((r) => r.objection.id)).toEqual(full);
    expect(full.slice(0, 3)).not.toEqual(quickSearch(zhPack, '', { limit: 3 }).map((r) => r.objection.id));
  });
});
