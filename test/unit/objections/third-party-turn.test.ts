/**
 * Issue 11, round 8: a relative's introduction and the reason told after it. The speaker who names
 * themself as the debtor's relative or colleague is a third party (DOMAIN.md §3): a card for the
 * third-party stage leads, the reason follows; a card that leads to a flag and is about what they
 * report (the debtor died) goes first. A small pack written here, phrasings made up for the test.
 */
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { introducesThirdParty } from '../../../lib/objections/third-party-speaker';
import { objection } from './fixtures';

const pack = [
  objection('third-party', {
    title: '家人接听',
    triggers: ['我是他老婆', '我是他妈', '我是他同事', '他不在家', '他搬走了'],
    stages: ['identify', 'thirdParty'],
  }),
  objection('deceased', {
    title: '家属告知去世',
    triggers: ['他去世了', '已经过世了', '人走了', '我爸去世了'],
    stages: ['identify', 'thirdParty'],
    leadsTo: { flag: 'deceased' },
  }),
  objection('illness', {
    title: '生病住院',
    triggers: ['住院了', '在医院', '生病了'],
    stages: ['understand'],
    leadsTo: { flag: 'hardship' },
  }),
  objection('job-loss', { title: '失业', triggers: ['失业了', '被裁员了'], stages: ['understand'] }),
  objection('en-third-party', {
    title: 'Someone else answered',
    triggers: ["I'm his roommate", 'this is her mother', "he's not here"],
    stages: ['thirdParty'],
  }),
  objection('en-deceased', {
    title: 'The consumer has died',
    triggers: ['he passed away', 'she died', 'passed away last year'],
    stages: ['thirdParty'],
    leadsTo: { flag: 'deceased' },
  }),
  objection('en-illness', { title: 'Illness', triggers: ["he's in the hospital", 'had surgery'] }),
  objection('en-spouse', {
    title: 'Spouse on the line',
    triggers: ["I'm her husband", 'this is his wife', 'we are married', 'I pay our bills'],
    stages: ['thirdParty'],
  }),
  objection('self-harm', {
    title: '提到轻生',
    triggers: ['不想活了'],
    severity: 'crisis',
    stages: ['thirdParty'],
  }),
];
const index = buildObjectionIndex(pack);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);

describe('who speaks: a third party names themself', () => {
  it('reads a first-person introduction as a third party, in both languages', () => {
    for (const query of [
      '我是她姐姐，她出门了',
      '喂，我是他的同事',
      "I'm her brother",
      'this is his wife, who is it',
    ])
      expect(introducesThirdParty(queryText(normalizeText(query))), query).toBe(true);
  });
  it('does not read the debtor naming someone else, or a bare kin word, as one', () => {
    for (const query of [
      '他是我朋友，卡是他刷的',
      '我老婆住院了',
      'my wife is sick',
      'my brother has my card',
    ])
      expect(introducesThirdParty(queryText(normalizeText(query))), query).toBe(false);
  });
});

describe('a third party gives a reason', () => {
  it('puts the card for the third-party stage first, the reason right after', () => {
    expect(ids('我是他同事，他前几天被裁员了').slice(0, 2)).toEqual(['third-party', 'job-loss']);
    expect(ids('我是他妈，他生病住院了').slice(0, 2)).toEqual(['third-party', 'illness']);
  });
  it('puts the death the relative reports before the introduction', () => {
    expect(ids('我是他老婆，他上礼拜人走了')[0]).toBe('deceased');
    expect(ids('我爸已经过世了，我是他女儿')[0]).toBe('deceased');
    expect(ids('this is her mother, she died in the spring')[0]).toBe('en-deceased');
  });
  it('does not take a word the third-party card says once in passing (搬走了) for a death', () => {
    expect(ids('我是他老婆，他不在家')[0]).toBe('third-party');
  });
  it('leads with the spouse card for a husband or wife, with the third-party card for anyone else', () => {
    expect(ids("I'm his aunt, I pay all his bills")[0]).toBe('en-third-party');
    expect(ids('this is her sister, what do you want')[0]).toBe('en-third-party');
    expect(ids("this is her husband, she's not here")[0]).toBe('en-spouse');
  });
  it('keeps a crisis card ahead', () => {
    expect(ids('我是他妈，他说不想活了')[0]).toBe('self-harm');
  });
  it('leaves the order alone when nobody introduces themself', () => {
    expect(ids('他被裁员了')[0]).toBe('job-loss');
    expect(ids('我爸住院了，在医院')[0]).toBe('illness');
  });
});
