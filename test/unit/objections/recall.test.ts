/**
 * Issue 11 §1, recall on phrasing nobody tuned for: the concept lexicon, the bag of terms over
 * whole objections and their fusion with the trigger overlap, one rule per test, on a small pack
 * and made-up customer sentences written here (not from any query set).
 */
import { stemOf } from '../../../lib/objections/bag';
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, type ObjectionResult, searchObjections } from '../../../lib/objections/search';
import { kinMask } from '../../../lib/objections/spoken';
import { objection } from './fixtures';

const pack = [
  objection('job', { title: '失业', triggers: ['公司裁员', '工作没了'] }),
  objection('sick', { title: '生病住院', triggers: ['在医院', '要做手术'] }),
  objection('broke', { title: '没钱', triggers: ['手头紧', '拿不出钱'] }),
  objection('later', { title: '过几天再还', triggers: ['下个月再说'] }),
  objection('fees', { title: '利息太高', triggers: ['违约金太多'] }),
  objection('boss', { title: '找领导', triggers: ['给我你们经理'] }),
  objection('crisis', { title: '提到轻生', triggers: ['不想活了'], severity: 'crisis' }),
  objection('en-job', { title: 'Lost job', triggers: ['I lost my job', 'laid off'] }),
  objection('en-sick', { title: 'Illness', triggers: ['in the hospital', 'medical bills'] }),
  objection('en-broke', { title: 'No money', triggers: ["I'm broke", "can't afford it"] }),
  objection('en-busy', { title: 'Bad time', triggers: ["I'm at work", 'call me later'] }),
];
const index = buildObjectionIndex(pack);
const ids = (results: readonly ObjectionResult[]) => results.map((r) => r.objection.id);
const top = (query: string) => searchObjections(index, query)[0]?.objection.id;
const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('concept lexicon', () => {
  it('finds Chinese phrasings anywhere in the sentence', () => {
    expect(conceptIds('上个月厂里把我辞退了')).toContain('job-loss');
    expect(conceptIds('他爸爸刚做完化疗')).toContain('illness');
  });
  it('finds English phrasings as whole words, a final * as a word beginning', () => {
    expect(conceptIds('I was let go on friday')).toContain('job-loss');
    expect(conceptIds('I keep getting fired')).toContain('job-loss');
    expect(conceptIds('my kid got a chemotherapy session')).toContain('illness');
    // "ill" must not be found inside "will", nor "job" inside "jobsite".
    expect(conceptIds('will you')).not.toContain('illness');
    expect(conceptIds('jobsite')).not.toContain('job-loss');
  });
  it('knows dialect and everyday words for the reasons (Cantonese, Shanghainese, northern speech)', () => {
    expect(conceptIds('呢排真系冇钱')).toContain('no-money');
    expect(conceptIds('口袋里一个子儿都不剩')).toContain('no-money');
    expect(conceptIds('屋里厢铜钿一点也没')).toContain('no-money');
    expect(conceptIds('老板年前把我辞了')).toContain('job-loss');
    expect(conceptIds('等收成好了再说')).toContain('later');
    expect(conceptIds('我要打银监电话')).toContain('complaint');
    expect(conceptIds('会不会被关进看守所')).toContain('arrest');
    expect(conceptIds('回去和家人合计一下')).toContain('family-decides');
    expect(conceptIds('does this go to equifax')).toContain('credit-record');
  });
  it('reads a short English word with one slip inside it as its concept, not another word', () => {
    expect(conceptIds('my son is sik')).toContain('illness');
    expect(conceptIds('my mom needs surgrey')).toContain('illness');
    expect(top('been sik all month')).toBe('en-sick');
    // A replaced letter, a word begun or extended, a function word: another word, no concept.
    expect(conceptIds('I feel bad')).not.toContain('fees');
    expect(conceptIds('the ren is due')).not.toContain('no-money');
    expect(conceptIds('what did you say')).not.toContain('death');
  });
  it('reads a relative who says who they are as no insult, the curse still as one', () => {
    expect(conceptIds('我是他妈，有事跟我说')).not.toContain('insult');
    expect(conceptIds('他妈的别烦我')).toContain('insult');
  });
  it('names no objection of any pack: every concept is a reason, every form is non-empty', () => {
    for (const concept of CONCEPTS) {
      expect(concept.zh.length + concept.en.length, concept.id).toBeGreaterThan(0);
      for (const form of [...concept.zh, ...concept.en]) expect(form.trim(), concept.id).not.toBe('');
    }
  });
});

describe('a sentence that shares no word with any trigger finds the card through a concept', () => {
  it('Chinese: 被老板辞退 meets 失业 / 公司裁员', () => {
    expect(top('上个月老板把我辞退了')).toBe('job');
    expect(top('我老婆查出肿瘤')).toBe('sick');
  });
  it('English: "they fired me" meets "I lost my job"', () => {
    expect(top('they fired me last week')).toBe('en-job');
    expect(top('my daughter needs surgery')).toBe('en-sick');
  });
  it('the card is found as an overlap, not shown as an exact or prefix match', () => {
    const result = searchObjections(index, 'they fired me last week')[0];
    expect(result?.match?.kind).toBe('overlap');
  });
});

describe('the bag of terms over a whole objection', () => {
  it('ranks the objection whose texts together cover the sentence, though no one text does', () => {
    // 违约金 is in one text of 'fees', 利息 in another.
    expect(top('利息和违约金怎么算的')).toBe('fees');
  });
  it('counts frequent characters and function words little', () => {
    // 我 你 的 and "I", "my", "the" are everywhere; the rare word decides.
    expect(top('我的那个手术')).toBe('sick');
    expect(top('I am at the hospital with my kid')).toBe('en-sick');
  });
  it('does not answer from single shared characters (those are only the closest)', () => {
    expect(searchObjections(index, '他说再过')).toEqual([]);
  });
  it('meets word forms through a stem', () => {
    expect(stemOf('fired')).toBe(stemOf('fire'));
    expect(stemOf('charges')).toBe(stemOf('charging'));
    expect(stemOf('bills')).toBe('bill');
  });
});

describe('the bag reads the query as said, as its index holds the texts as written', () => {
  const said = buildObjectionIndex([
    objection('wrong-number', { title: '打错了', triggers: ['没有这个人', '不认识他'] }),
    objection('deceased', { title: '人已去世', triggers: ['人没了'] }),
    objection('broke', { title: '没钱', triggers: ['手头紧'] }),
  ]);
  it('leaves out who is named: a relative says who, not why', () => {
    const kin = buildObjectionIndex([
      objection('sick', { title: '生病', triggers: ['我得病了'] }),
      objection('dead', { title: '去世', triggers: ['我老公去世了'] }),
    ]);
    expect(Array.from(kinMask('我老公得了重病'))).toEqual([0, 1, 1, 0, 0, 0, 0]);
    expect(searchObjections(kin, '我老公得了重病')[0]?.objection.id).toBe('sick');
  });
  it('keeps the pairs of a filler word (这个 of 没这个人) that a trigger also holds', () => {
    expect(searchObjections(said, '没这个人啊，你们找谁')[0]?.objection.id).toBe('wrong-number');
  });
});

describe('fused with the precise matchers', () => {
  it('an exact trigger keeps its lead over a card the bag prefers', () => {
    expect(searchObjections(index, '在医院')[0]).toMatchObject({
      objection: { id: 'sick' },
      match: { kind: 'exact' },
    });
    expect(searchObjections(index, 'laid off')[0]).toMatchObject({ match: { kind: 'exact' } });
  });
  it('a short trigger inside a long sentence is not `said` when it explains little of it', () => {
    const results = searchObjections(index, '下个月我老公做手术要花好多钱在医院');
    expect(ids(results).slice(0, 1)).toEqual(['sick']);
  });
  it('a trigger said whole that explains most of the sentence still ranks as said', () => {
    expect(searchObjections(index, '我现在手头紧啊')[0]).toMatchObject({
      objection: { id: 'broke' },
      match: { kind: 'said' },
    });
  });
  it('the bag alone never lifts a crisis card first (死 and 活 in 死活不还 are no crisis)', () => {
    expect(top('我死活不还钱')).not.toBe('crisis');
  });
  it('a crisis trigger said whole inside a long sentence keeps the crisis card first', () => {
    expect(top('我真的不想活了下个月再说吧利息太高')).toBe('crisis');
  });
});

describe('a concept said in several triggers outweighs one said in passing', () => {
  const twoPacks = buildObjectionIndex([
    objection('passing', { title: '找律师', triggers: ['律师来谈', '开会时别打'] }),
    objection('busy', { title: '不方便', triggers: ['开车中', '上班', '很忙'] }),
  ]);
  it('ranks the objection about the reason first', () => {
    // 地铁 is a bad-time phrasing no trigger has; both objections hold the concept, and share
    // nothing else with the query.
    expect(searchObjections(twoPacks, '坐地铁')[0]?.objection.id).toBe('busy');
  });
});

describe('the reason said in other words outweighs everyday words shared by chance', () => {
  const chance = buildObjectionIndex([
    objection('goods', { title: '东西质量差', triggers: ['你们这东西不行', '什么破东西'] }),
    objection('job', { title: '失业', triggers: ['工作没了', '被裁员了'] }),
    objection('broke', { title: '没钱', triggers: ['手头紧', '拿不出钱'] }),
    objection('later', { title: '过几天再还', triggers: ['下个月再说'] }),
  ]);
  it('ranks the objection whose reason the sentence gives first', () => {
    // 零工 (odd jobs) says job-loss in words neither trigger has; 东西 is shared only by chance.
    expect(searchObjections(chance, '最近只能打零工买点东西')[0]?.objection.id).toBe('job');
  });
});

describe('a preamble of goodwill is no refusal', () => {
  const refusal = buildObjectionIndex([
    objection('refuse', { title: '就是不还', triggers: ['我不想还', '反正不还'] }),
    objection('sick', { title: '家人生病', triggers: ['家里有人住院', '在医院'] }),
    objection('broke', { title: '没钱', triggers: ['手头紧', '拿不出钱'] }),
  ]);
  it('drops 不是不想还 as filler, so the reason after it decides', () => {
    expect(searchObjections(refusal, '我不是不想还，我妈在住院')[0]?.objection.id).toBe('sick');
    expect(searchObjections(refusal, '我不是不还，是手头太紧')[0]?.objection.id).toBe('broke');
    expect(searchObjections(refusal, '我就是不想还')[0]?.objection.id).toBe('refuse');
  });
});
