/**
 * Issue 11 §1–2: the search finds the card from what the customer said, one rule per test, on a
 * small pack written here (so the default packs' content can change without breaking the rules).
 */

import { pinyin } from 'pinyin-pro';
import { cutSyllables, syllableRuns } from '../../../lib/objections/overlap';
import { buildObjectionIndex, type ObjectionResult, searchObjections } from '../../../lib/objections/search';
import { KIN, reduceHan, reduceSyllables, reduceWord, SPOKEN_WORDS } from '../../../lib/objections/spoken';
import { objection } from './fixtures';

const pack = [
  objection('no-money', { title: '没钱', triggers: ['手头紧', '现在没钱'] }),
  objection('later', { title: '过几天再还', triggers: ['下个月再说', '等发工资'] }),
  objection('third-party', { title: '家人接听', triggers: ['我是他老婆', '他不在'] }),
  objection('illness', { title: '生病住院', triggers: ['家人住院'] }),
  objection('sue-me', { title: '不还了', triggers: ['不想还了'] }),
  objection('self-harm', { title: '提到轻生', triggers: ['不想活了', '跳楼'], severity: 'crisis' }),
  objection('en-no-money', { title: 'No money', triggers: ["I can't pay", "I'm broke"] }),
  objection('en-third-party', { title: 'Someone else answered', triggers: ['this is his wife'] }),
  objection('en-crisis', { title: 'Self-harm', triggers: ['I want to die'], severity: 'crisis' }),
];
const index = buildObjectionIndex(pack);
const run = (query: string) => searchObjections(index, query);
const ids = (results: readonly ObjectionResult[]) => results.map((r) => r.objection.id);
const top = (query: string) => run(query)[0];

describe('containment: the query holds a whole trigger among other words', () => {
  it('finds it and says so', () => {
    expect(top('他说他手头紧得很')).toMatchObject({
      objection: { id: 'no-money' },
      match: { kind: 'said', text: '手头紧' },
    });
  });
  it('works for English words around the trigger', () => {
    expect(top("honestly I'm broke this month")).toMatchObject({
      objection: { id: 'en-no-money' },
      match: { kind: 'said' },
    });
  });
});

describe('particles and filler', () => {
  it('ignores sentence-final particles', () => {
    for (const query of ['没钱啊', '没钱了吧', '手头紧呢'])
      expect(top(query)?.objection.id, query).toBe('no-money');
  });
  it('ignores filler in front', () => {
    for (const query of ['我现在没钱', '那个就是没钱', '其实手头紧'])
      expect(top(query)?.objection.id, query).toBe('no-money');
    expect(reduceHan('我现在真的没钱啊')).toBe('没钱');
  });
  it('keeps a particle character that is part of a word (金额, 额度, 了解)', () => {
    expect(reduceHan('金额不对啊')).toBe('金额不对');
    expect(reduceHan('额度被降了')).toBe('额度被降');
    expect(reduceHan('我不了解呢')).toBe('我不了解');
    expect(reduceHan('额，没钱了')).toBe('，没钱');
  });
  it('drops English filler words', () => {
    expect(reduceWord('um')).toBe('');
    expect(reduceWord('broke')).toBe('broke');
  });
});

describe('bigram overlap', () => {
  it('finds a trigger with one word missing from the query', () => {
    expect(top('下个月说')?.objection.id).toBe('later');
  });
  it('finds a trigger with an extra character inside the query (skip bigram)', () => {
    expect(top('没有钱')?.objection.id).toBe('no-money');
  });
  it('ranks by coverage: the trigger more of the query explains comes first', () => {
    expect(ids(run('家人住院了')).slice(0, 1)).toEqual(['illness']);
  });
  it('finds both objections when two halves of the query sit in different triggers', () => {
    const found = ids(run('手头紧下个月再说')).slice(0, 3);
    expect(found).toContain('no-money');
    expect(found).toContain('later');
  });
});

describe('relatives speaking', () => {
  it('meets 我是他爸 with 我是他老婆: any relative is one placeholder', () => {
    expect(reduceHan('我是他爸')).toBe(`我是他${KIN}`);
    expect(top('我是他爸')).toMatchObject({ objection: { id: 'third-party' }, match: { kind: 'said' } });
    expect(top('我是他妈妈啊')?.objection.id).toBe('third-party');
  });
  it('meets "this is his dad" with "this is his wife"', () => {
    expect(top('this is his dad')?.objection.id).toBe('en-third-party');
  });
});

describe('short English typos', () => {
  it('takes one typo in a three-letter word when the other words agree ("cnt pay")', () => {
    expect(top('cnt pay')?.objection.id).toBe('en-no-money');
    expect(top('im brok')?.objection.id).toBe('en-no-money');
  });
  it('does not take two typos in one word', () => {
    expect(ids(run('cnnnt'))).not.toContain('en-no-money');
  });
});

describe('pinyin syllable overlap', () => {
  it('cuts typed pinyin into syllables', () => {
    expect(cutSyllables('womeiqian', new Set(['wo', 'mei', 'qian', 'me', 'i']))).toEqual([
      'wo',
      'mei',
      'qian',
    ]);
    expect(cutSyllables('xyz', new Set(['wo']))).toBeNull();
  });
  it('finds a trigger from the pinyin of a longer sentence', () => {
    expect(top('woshoutoujin')?.objection.id).toBe('no-money');
  });
  it('reads pinyin typed a syllable at a time, spaces between, as one phrase', () => {
    expect(top('wo shou tou jin')?.objection.id).toBe('no-money');
    expect(top('ta jia ren zhu yuan')?.objection.id).toBe('illness');
    expect(top('xia ge yue shuo')?.objection.id).toBe('later');
  });
  it('drops filler and particles from typed pinyin and reads a relative as KIN, as for characters', () => {
    expect(reduceSyllables(['wo', 'xian', 'zai', 'mei', 'qian', 'le', 'a'])).toEqual(['mei', 'qian']);
    expect(reduceSyllables(['wo', 'shi', 'ta', 'lao', 'gong', 'ba'])).toEqual(['wo', 'shi', 'ta', KIN]);
    expect(reduceSyllables(['ba', 'ba', 'zhu', 'yuan'])).toEqual([KIN, 'zhu', 'yuan']);
    expect(top('wo shi ta ma ma')?.objection.id).toBe('third-party');
  });
  it('lists the pinyin of every filler phrase and relative of two or more characters', () => {
    const spell = (word: string) => pinyin(word, { toneType: 'none', type: 'array', v: true }).join(' ');
    const { filler, kin, pinyinFiller, pinyinKin } = SPOKEN_WORDS;
    expect(new Set(filler.map(spell))).toEqual(new Set(pinyinFiller));
    expect(new Set(kin.filter((w) => w.length > 1).map(spell))).toEqual(new Set(pinyinKin));
  });
  it('joins only consecutive pinyin words; a short lone word stays English', () => {
    const syllables = new Set(['wo', 'mei', 'qian', 'he', 'can']);
    expect([...syllableRuns(['wo', 'meiqian', 'xyz', 'mei', 'qian'], syllables)]).toEqual([
      [0, ['wo', 'mei', 'qian']],
      [3, ['mei', 'qian']],
    ]);
    expect(syllableRuns(['can', 'xyz'], syllables).size).toBe(0);
    expect(syllableRuns(['meiqian'], syllables).get(0)).toEqual(['mei', 'qian']);
  });
});

describe('homophone slips inside a sentence', () => {
  const slips = buildObjectionIndex([
    objection('frozen', { title: '账户冻结', triggers: ['卡用不了', '卡被停了'] }),
    objection('fraud', { title: '被盗刷', triggers: ['盗刷', '卡被别人刷了'] }),
    objection('no-money', { title: '没钱', triggers: ['手头紧'] }),
  ]);
  const first = (query: string) => searchObjections(slips, query)[0];
  it('meets the trigger whose pair of characters the query says with others of the same sound', () => {
    for (const query of ['我的卡被到刷了', '卡昨天被道刷了两笔'])
      expect(first(query), query).toMatchObject({ objection: { id: 'fraud' }, match: { text: '被盗刷' } });
  });
  it('leaves a sentence without such a pair to the characters it shares', () => {
    expect(first('我的卡被停了')?.objection.id).toBe('frozen');
  });
});

describe('exact and prefix keep their lead', () => {
  it('an exact trigger beats a sentence that contains another one', () => {
    expect(top('他不在')).toMatchObject({ objection: { id: 'third-party' }, match: { kind: 'exact' } });
    expect(top('手头')).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'prefix' } });
  });
});

describe('crisis first, always (issue 11 §2)', () => {
  it('keeps the crisis card first whatever follows the crisis phrase', () => {
    let query = '';
    for (const char of '我真的不想活了但是钱我会还的下个月再说') {
      query += char;
      if (query.length < '我真的不想活了'.length) continue;
      expect(top(query)?.objection.id, query).toBe('self-harm');
    }
  });
  it('keeps it for English too, and after a second objection', () => {
    expect(top('I want to die, I cant pay')?.objection.id).toBe('en-crisis');
  });
  it('does not lift the crisis card above a better match for what was said', () => {
    expect(top('我不想还')?.objection.id).toBe('sue-me');
    expect(run('我不想还').find((r) => r.objection.id === 'self-harm')?.match?.kind).not.toBe('said');
  });
});
