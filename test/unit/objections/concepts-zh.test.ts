/**
 * Issue 11, round 4: the Chinese phrasings added to the concept lexicon (Cantonese forms, curses,
 * euphemisms for self-harm, asking for time, living on instant noodles), on made-up sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { LEXICON, MORE_ZH_IDS } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('Chinese phrasings of the reasons', () => {
  it('adds to concepts of the lexicon only, keeping their order', () => {
    const ids = CONCEPTS.map((c) => c.id);
    for (const id of MORE_ZH_IDS) expect(ids).toContain(id);
    expect(LEXICON.map((c) => c.id)).toEqual(ids);
  });
  it('reads Cantonese: busy, later, in hospital', () => {
    expect(conceptIds('今日真系冇时间')).toContain('bad-time');
    expect(conceptIds('听日迟点先啦')).toContain('later');
    expect(conceptIds('阿妈上个礼拜入院')).toContain('illness');
  });
  it('reads a curse as an insult', () => {
    expect(conceptIds('你们这种人断子绝孙')).toContain('insult');
    expect(conceptIds('一帮人渣')).toContain('insult');
    expect(conceptIds('干这行的都会遭报应')).toContain('insult');
  });
  it('reads asking to stop calling with a word between (round 5)', () => {
    expect(conceptIds('你们别老打我电话行吗')).toContain('stop-contact');
    expect(conceptIds('求你们不要老是打过来了')).toContain('stop-contact');
  });
  it('reads the places and words of a hospital stay as illness (round 5)', () => {
    expect(conceptIds('我妈还躺在病床上')).toContain('illness');
    expect(conceptIds('昨晚送去抢救了')).toContain('illness');
  });
  it('reads asking about a sentence as fear of arrest (round 5)', () => {
    expect(conceptIds('欠这点钱会判多久')).toContain('arrest');
    expect(conceptIds('我要判断一下这个数对不对')).not.toContain('arrest');
    expect(conceptIds('这种情况会被判刑吗')).toContain('arrest');
  });
  it('reads a threat to the agent as an insult (round 5)', () => {
    expect(conceptIds('再打来我就去揍你')).toContain('insult');
    expect(conceptIds('行，你给我走着瞧')).toContain('insult');
  });
  it('reads a euphemism for ending one’s life as self-harm', () => {
    expect(conceptIds('有时候真想结束自己')).toContain('self-harm');
    expect(conceptIds('最近老是想不开')).toContain('self-harm');
  });
  it('reads asking for time and living on noodles', () => {
    expect(conceptIds('过些日子再说吧')).toContain('later');
    expect(conceptIds('天天吃方便面')).toContain('no-money');
  });
  it('reads everyday phrasings of the reasons of DOMAIN.md §4', () => {
    expect(conceptIds('这两年收入减少了很多')).toContain('job-loss');
    expect(conceptIds('厂里放假放了两个月')).toContain('job-loss');
    expect(conceptIds('他受了工伤在家养病')).toContain('illness');
    expect(conceptIds('等保险理赔下来')).toContain('later');
    expect(conceptIds('现在到处借不到钱')).toContain('no-money');
    expect(conceptIds('要钱没有，你们看着办')).toContain('defiant');
    expect(conceptIds('账户信息泄露了')).toContain('card-misuse');
  });
  it('reads Cantonese for the everyday reasons (round 7)', () => {
    expect(conceptIds('上个月公司执笠，我冇咗份工')).toContain('job-loss');
    expect(conceptIds('等我下个礼拜出粮先')).toContain('later');
    expect(conceptIds('我旧年已经还咗喇')).toContain('paid');
    expect(conceptIds('唔好再打嚟啦')).toContain('stop-contact');
    expect(conceptIds('你哋班仆街')).toContain('insult');
    expect(conceptIds('呢啲数唔关我事')).toContain('not-mine');
    expect(conceptIds('我阿爸旧年过咗身')).toContain('death');
  });
  it('ranks the card whose triggers say the reason another way', () => {
    const index = buildObjectionIndex([
      objection('busy', { title: '不方便', triggers: ['在开会', '正在开车'] }),
      objection('later', { title: '过几天再还', triggers: ['下个月再说'] }),
      objection('abuse', { title: '辱骂', triggers: ['滚蛋', '神经病'] }),
    ]);
    expect(searchObjections(index, '我依家冇时间')[0]?.objection.id).toBe('busy');
    expect(searchObjections(index, '你们这帮败类')[0]?.objection.id).toBe('abuse');
    expect(searchObjections(index, '再烦我信不信我收拾你')[0]?.objection.id).toBe('abuse');
  });
});
