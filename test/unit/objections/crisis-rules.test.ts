/**
 * Issue 11 §2: each reading rule of the crisis signal, shown by a pair that differs only where the
 * rule looks (crisis-zh.ts, crisis-en.ts).
 */
import { EN_CUTS, EN_STRONG, EN_WEAK } from '../../../lib/objections/crisis-lexicon-en';
import {
  ZH_STRONG,
  ZH_STRONG_UNCUT,
  ZH_WEAK,
  ZH_WEAK_UNCUT,
} from '../../../lib/objections/crisis-lexicon-zh';
import { crisisSignal } from '../../../lib/objections/crisis-signals';
import { zhText } from '../../../lib/objections/crisis-zh';
import { foldText } from '../../../lib/text/fold';

const rule = (name: string, pairs: readonly (readonly [string, 'strong' | 'weak' | null])[]) =>
  it(name, () => {
    expect(pairs.map(([query]) => [query, crisisSignal(query)])).toEqual(pairs);
  });

describe('the lexicon is written in its syntax', () => {
  it('holds Chinese patterns without spaces or empty alternatives', () => {
    const zh = [...ZH_STRONG, ...ZH_WEAK, ...ZH_STRONG_UNCUT, ...ZH_WEAK_UNCUT];
    expect(zh.filter((p) => /\s|\|\||\|~|~\||^\||\|$/.test(p.replace(/^@/, '').replace(/\$$/, '')))).toEqual(
      [],
    );
  });
  it('holds English phrases of lower-case words, alternatives, clause breaks and end marks only', () => {
    const en = [...EN_STRONG, ...EN_WEAK, ...EN_CUTS];
    expect(
      en.filter((p) => !/^[a-z]+(\/[a-z]+)*( ([a-z]+(\/[a-z]+)*|\|))*( \$\$?)?$/.test(p) || / \| \$/.test(p)),
    ).toEqual([]);
  });
});

describe('the Chinese text the patterns read', () => {
  it('keeps Han characters, marks clause breaks once, reads a Latin syllable beside Chinese', () => {
    expect(zhText(foldText('我 想si，， 真的！'))).toBe('我想死|真的|');
    expect(zhText(foldText('si ge xiao shi'))).toBe('');
    expect(zhText(foldText('我不想huo了'))).toBe('我不想活了');
  });
});

describe('the bare 死 is read with its subject', () => {
  rule('the speaker with only time, modal and manner words before it', [
    ['我要是哪天死了', 'strong'],
    ['我干脆一头撞死', 'strong'],
    ['我们村死了个人', null],
    ['我的鱼死了', null],
    ['我差点死了', null],
  ]);
  rule('someone else is not the speaker, unless he or she wants it', [
    ['我爸死了', null],
    ['他死了', null],
    ['他说他要去死', 'strong'],
    ['他们都去死吧', null],
  ]);
  rule('with nobody named: a will before it or an end after it', [
    ['不如死了干净', 'strong'],
    ['死了拉倒', 'strong'],
    ['死亡证明怎么开', null],
  ]);
  rule('人死 ends the debt, unless a relative is named', [
    ['人死债消', 'strong'],
    ['人死债消吗？我妈去世了', null],
  ]);
  rule('a reporting verb ends the subject search', [
    ['他说死了就不用还了', 'strong'],
    ['他死了就不用还了', null],
  ]);
  rule('hyperbole and refusals are cut first; games are no death', [
    ['我快烦死了', null],
    ['我快死了', 'strong'],
    ['我死都不还', null],
    ['我死了也不会让你们好过', 'strong'],
    ['打游戏我又死了', null],
  ]);
  rule('被 in the gap: driven to it, a weak signal', [['我早晚被撞死', 'weak']]);
});

describe('the pattern syntax', () => {
  rule('a bounded gap, inside one clause unless it may cross a comma', [
    ['我不想再拖累家里了', 'weak'],
    ['我不想再拖累，家里', null],
    ['没有我，家里人会过得更好', 'strong'],
  ]);
  rule('no other person inside a gap', [
    ['我走了你们就找不到我了', 'strong'],
    ['我爸走了你们就找不到他了', null],
  ]);
  rule('@: the act is the speaker’s (or nobody’s)', [
    ['我已经把后事安排好了', 'strong'],
    ['我在给我爸安排后事', null],
    ['我哥上个月跳楼了', null],
    ['他们逼我跳楼', 'strong'],
  ]);
  rule('$: only particles until the clause ends', [
    ['我现在在楼顶上了', 'strong'],
    ['我在楼顶晒被子', null],
  ]);
});

describe('the English words', () => {
  rule('die/dead/gone with the speaker, wanted or foreseen', [
    ['I should just die', 'strong'],
    ["when I'm gone you can have it", 'strong'],
    ["I'll be gone for two weeks", null],
    ["I'm dead", null],
    ['my phone is about to die', null],
    ["when I'm six feet under", 'strong'],
  ]);
  rule('a negation denies a phrase, not a word', [
    ["I'm not going to die over this", null],
    ["I'm going to die", 'strong'],
    ["I'm not suicidal", 'strong'],
  ]);
  rule('$ and $$: the clause, or the query, ends there', [
    ["I won't be around.", 'weak'],
    ["I won't be around next week", null],
    ["I've written a note.", 'weak'],
    ['I wrote a note to my bank', null],
  ]);
  rule('one word of when after a $ phrase still ends it (round 7)', [
    ["I've written a note already.", 'weak'],
    ["I've written a note already to my bank", null],
    ["I won't be around now", 'weak'],
    ["I won't be around now that I moved", null],
  ]);
  rule('a relative reports the act: his, her or their life (round 7)', [
    ['my son keeps saying he will end his life', 'strong'],
    ['her dad talks about taking his own life', 'strong'],
    ['they are ending their life insurance policy', null],
    ['the cancer ended his life in march', null],
    ['he is taking his own life savings out', null],
  ]);
  rule('typed forms: a pause, letters one by one, a masked letter', [
    ['我..想..死', 'strong'],
    ['I want to... die', 'strong'],
    ['I want to d i e', 'strong'],
    ['Im going to k*ll myself', 'strong'],
    ['I want to... pay later', null],
  ]);
  rule('pinyin ending in si: at the end or before a particle only', [
    ['wo zhen de xiang si', 'strong'],
    ['wo xiang si le', 'strong'],
    ['wo xiang si kao yi xia', null],
    ['wo xiang si ni men', null],
  ]);
  rule('cuts, typos and fillers', [
    ["I'd rather die than pay you", null],
    ['i want to kil myself', 'strong'],
    ['I honestly really want to die', 'strong'],
    ['wo si le', 'strong'],
    ['zi shang ci', null],
  ]);
});
