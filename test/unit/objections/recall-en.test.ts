/**
 * Issue 11 §1, English recall (round 4): one rule per test, on a small English pack and made-up
 * customer sentences written here (not from any query set).
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { crisisSignal } from '../../../lib/objections/crisis-signals';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import {
  buildObjectionIndex,
  type ObjectionResult,
  type SearchOptions,
  searchObjections,
} from '../../../lib/objections/search';
import { objection } from './fixtures';

const pack = [
  objection('broke', { title: 'No money right now', triggers: ["I'm broke", 'no cash', 'too many bills'] }),
  objection('job', { title: 'Lost job', triggers: ['I lost my job', 'laid off'] }),
  objection('sick', { title: 'Illness', triggers: ["I'm sick", 'in the hospital', 'medical bills'] }),
  objection('later', { title: 'Later', triggers: ['next week', 'after payday', 'when I get paid'] }),
  objection('part', { title: 'Can only pay part', triggers: ['partial payment', 'a little each month'] }),
  objection('cut', { title: 'Wants a reduction', triggers: ['can we settle', 'give me a discount'] }),
  objection('spouse', { title: 'Spouse on the line', triggers: ["I'm her husband", 'his wife speaking'] }),
  objection('army', { title: 'Servicemember', triggers: ['I am in the army', 'active duty'] }),
  objection('old', { title: 'Debt is too old', triggers: ['statute of limitations', 'old debt'] }),
  objection('lang', { title: 'Other language', triggers: ['do you speak Spanish', 'I need an interpreter'] }),
  objection('busy', { title: 'Bad time', triggers: ["I'm at work", 'call me later'] }),
];
const index = buildObjectionIndex(pack);
const top3 = (query: string, options?: SearchOptions) =>
  searchObjections(index, query, options)
    .slice(0, 3)
    .map((r: ObjectionResult) => r.objection.id);
const top = (query: string) => top3(query)[0];
const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('English concept groups of everyday speech (round 4)', () => {
  it('military service said without the pack words: shipping out, stationed, on base', () => {
    expect(conceptIds('my son is stationed in germany')).toContain('military');
    expect(top('he is shipping out with the navy on monday')).toBe('army');
  });
  it('an old debt said as a time: ages ago, way back, expired', () => {
    expect(conceptIds('that card expired ages ago')).toContain('old-debt');
    expect(top('this is from way back, must have expired')).toBe('old');
  });
  it('a language asked for by name or in that language', () => {
    expect(top('put somebody on who talks portuguese')).toBe('lang');
    expect(top('necesito alguien que habla mi idioma')).toBe('lang');
  });
  it('what is left in the account ("to my name", "in checking") is no money, not a part payment', () => {
    expect(conceptIds('I have three dollars to my name')).toContain('money-left');
    expect(top('there is maybe six dollars in checking')).toBe('broke');
  });
  it('the costs of a household (daycare, diapers, the mortgage) say why there is no money', () => {
    expect(top('between the mortgage and the diapers we are done')).toBe('broke');
  });
  it('caring for a dying relative is the illness card', () => {
    expect(conceptIds('my father is terminally ill')).toContain('caregiving');
    expect(top('my aunt is in hospice and I look after her')).toBe('sick');
  });
  it('a share of the debt said as a fraction or "not all" is a part payment', () => {
    expect(conceptIds('maybe a quarter of it')).toContain('part-of-it');
    expect(top('I could do a quarter, not the whole balance')).toBe('part');
  });
  it('money that will arrive ("once X comes through", "as soon as") is later', () => {
    expect(conceptIds('once the loan comes through')).toContain('future-money');
    expect(top('as soon as my inheritance comes through')).toBe('later');
  });
  it('checking the caller through the bank, a dare, names called, too many calls', () => {
    expect(conceptIds('is that even the real number for the bank')).toContain('check-caller');
    expect(conceptIds('fine, knock yourself out')).toContain('dare');
    expect(conceptIds("you can't make me")).toContain('dare');
    expect(conceptIds('you lowlifes')).toContain('name-calling');
    expect(conceptIds('my phone rings nonstop')).toContain('too-many-calls');
    expect(conceptIds('why is this a private number')).toContain('check-caller');
  });
  it('credit standing, a workplace closed, a debt not theirs, closing the account out', () => {
    expect(conceptIds('I need to get approved for a car loan')).toContain('credit-standing');
    expect(conceptIds('the factory closed in may')).toContain('workplace-closed');
    expect(conceptIds('there has been no work since the slow season')).toContain('workplace-closed');
    expect(conceptIds('twenty per paycheck, tops')).toContain('part-of-it');
    expect(conceptIds('maybe some now and the rest next month')).toContain('part-of-it');
    expect(conceptIds('they put me on unpaid leave')).toContain('workplace-closed');
    expect(conceptIds('the new owners replaced me')).toContain('workplace-closed');
    expect(conceptIds('I never authorised any of it')).toContain('not-authorized');
    expect(conceptIds('my brother added me to his account')).toContain('added-user');
    expect(conceptIds('I am buried in debt')).toContain('money-left');
    expect(conceptIds('my son is on dialysis')).toContain('caregiving');
    expect(conceptIds('he just started basic training')).toContain('military');
    expect(conceptIds("that card is somebody else's")).toContain('not-theirs');
    expect(conceptIds('can we call it even at two grand')).toContain('close-it-out');
  });
  it('the groups stay apart from unrelated speech', () => {
    expect(conceptIds('I lost my job')).not.toContain('military');
    expect(conceptIds('call me back later')).not.toContain('old-debt');
    expect(conceptIds('I speak to him every day')).not.toContain('language');
  });
});

describe('English crisis phrasing (issue 11 §2, round 4)', () => {
  it('reads vanishing for good, the pills at hand, a jump thought of, hurting oneself as strong', () => {
    for (const said of [
      'honestly I might just vanish for good',
      'I got my pills right here on the table',
      'standing up here, thinking about jumping',
      'I keep harming myself lately',
      "I don't see any reason to keep living",
      'I just want it all to be over',
      "I'm out here at the edge of the bridge",
    ])
      expect(crisisSignal(said), said).toBe('strong');
  });
  it('reads standing up on a height, "no point anymore" and a talk of ending things as weak', () => {
    for (const said of [
      "I'm up on the roof of my building",
      'she keeps talking about ending things',
      "what's the use, there's no point anymore",
      "doesn't matter, I won't be around next month anyway",
      'I went and bought a gun',
    ])
      expect(crisisSignal(said), said).toBe('weak');
  });
  it('leaves the near-misses silent', () => {
    for (const said of [
      'that charge will disappear for good once I pay?',
      'I have the receipts right here',
      'thinking about jumping to another bank',
      'I see no point in this call',
      'I want this call to be over',
      "I won't be around next week, I'm on vacation",
      "we're on the edge of losing the house",
    ])
      expect(crisisSignal(said), said).toBeNull();
  });
});

describe('a weak crisis signal keeps the crisis card in the first three', () => {
  const crisisPack = [
    ...pack,
    objection('crisis', { title: 'Mentions self-harm', triggers: ['I want to die'], severity: 'crisis' }),
  ];
  const crisisIndex = buildObjectionIndex(crisisPack);
  const ranked = (query: string) => searchObjections(crisisIndex, query).map((r) => r.objection.id);
  it('a weak signal inside a sentence about something else: third at the latest', () => {
    const results = ranked("I lost my job, I'm broke, the hospital bills, I can't take it anymore");
    expect(results.indexOf('crisis')).toBeGreaterThanOrEqual(0);
    expect(results.indexOf('crisis')).toBeLessThan(3);
    // The cards the sentence is about keep the first places.
    expect(results.slice(0, 2)).not.toContain('crisis');
  });
  it('no signal: the crisis card is not moved', () => {
    expect(ranked("I lost my job, I'm broke, the hospital bills").slice(0, 3)).not.toContain('crisis');
  });
});

describe('a year long past said as when the debt began is an old debt', () => {
  // The day of the call is passed in (SearchOptions.today): the search never reads the clock.
  const today = '2026-03-15';
  const saidIn = (query: string, year?: number) =>
    conceptsOf(queryText(normalizeText(query)), { year }).map((c) => CONCEPTS[c]?.id);
  it('"from" or "since" a year six or more years back says old-debt', () => {
    expect(saidIn('that card is from 2014', 2026)).toContain('old-debt');
    expect(saidIn('I have not used it since 2020', 2026)).toContain('old-debt');
    expect(top3('all of this goes back to 2011, since 2011', { today })[0]).toBe('old');
  });
  it('a recent year, or a bare amount that looks like a year, is not', () => {
    expect(saidIn('since 2021', 2026)).not.toContain('old-debt');
    expect(saidIn('I owed 2000 and now it is 3500', 2026)).not.toContain('old-debt');
  });
  it('the same words are old or recent by the day of the call, not by the clock', () => {
    expect(saidIn('since 2020', 2026)).toContain('old-debt');
    expect(saidIn('since 2020', 2025)).not.toContain('old-debt');
    const query = 'I have not used this card since 2019';
    expect(top3(query, { today })[0]).toBe('old');
    expect(top3(query, { today: '2020-06-01' })).not.toContain('old');
  });
  it('without the day of the call a year says nothing', () => {
    expect(saidIn('since 1990')).not.toContain('old-debt');
    expect(top3('I have not used this card since 1990')).not.toContain('old');
    expect(top3('I have not used this card since 1990', { today })[0]).toBe('old');
  });
});

describe('a spouse and another relative are different people (English)', () => {
  const family = buildObjectionIndex([
    objection('spouse', {
      title: 'Spouse on the line',
      triggers: ['my wife pays our bills', "I'm his wife", "I'm her husband"],
    }),
    objection('third', {
      title: 'Someone else answered',
      triggers: ['this is his father', "he's not here", 'can I take a message'],
    }),
    objection('lawyer', { title: 'Has a lawyer', triggers: ['talk to my lawyer'] }),
    objection('broke', { title: 'No money', triggers: ['too many bills', "I'm broke"] }),
  ]);
  const first = (query: string) => searchObjections(family, query)[0]?.objection.id;
  it('a wife or husband named meets the spouse card, not any relative', () => {
    expect(first('go ask my husband')).toBe('spouse');
    expect(first('speak with my wife first')).toBe('spouse');
    // Read as any relative, "wife" met "this is his father" whole and ranked it first.
    expect(first('this is his wife')).toBe('spouse');
  });
  it('a relative who deals with the money is someone else answering', () => {
    expect(first('my sister deals with that, speak to her')).toBe('third');
    expect(first('my son handles my affairs, call him')).toBe('third');
    expect(first('you need to speak to my daughter')).toBe('third');
  });
});

describe('a word read as a typo keeps its first letter', () => {
  const withCrisis = buildObjectionIndex([
    ...pack,
    objection('crisis', { title: 'Mentions self-harm', triggers: ["I'll kill myself"], severity: 'crisis' }),
  ]);
  const first = (query: string) => searchObjections(withCrisis, query)[0]?.objection.id;
  it('"my bill", "fill my" are other words, not a slip for "kill myself" (no crisis card first)', () => {
    expect(first('this is my bill')).not.toBe('crisis');
    expect(first('I will fill my form')).not.toBe('crisis');
  });
  it('a slip after the first letter is still read', () => {
    expect(first('I lsot my job')).toBe('job');
  });
});
