/**
 * Issue 11, round 9 (English): whole everyday synonym groups added to the lexicon (concepts.ts),
 * on made-up sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('round 9 synonym groups', () => {
  it.each([
    ['my boss sacked me on the spot', 'job-loss'],
    ['the firm made me redundant in march', 'job-loss'],
    ['got the axe at the depot', 'job-loss'],
    ['I made a payment through the app', 'paid'],
    ['my payment posted yesterday', 'paid'],
    ['this is the front desk, can I help', 'someone-else'],
    ['you are speaking to her secretary', 'someone-else'],
    ['he has a day off', 'someone-else'],
    ['I only had a supplementary card', 'added-user'],
    ['I am an additional user', 'added-user'],
    ["I'm only on the account, my dad's card", 'added-user'],
    ['I only used it for gas', 'added-user'],
    ['they keep adding penalty charges', 'added-charges'],
    ['there are insufficient funds on my side', 'money-left'],
    ["I just don't have the money", 'money-left'],
    ['sorry I am at the dentist', 'busy-now'],
    ['a man posing as my bank rang me', 'scam'],
    ['how do I know you are not impersonating them', 'scam'],
    ['my nephew used my card without asking', 'card-misuse'],
    ['I never ordered any of that', 'card-misuse'],
    ["I'm heading into work, can't chat", 'busy-now'],
    ['the interest is racking up', 'added-charges'],
  ])('%j says %s', (query, concept) => {
    expect(conceptIds(query)).toContain(concept);
  });

  it('leaves the neighbours of those words alone', () => {
    expect(conceptIds('my office is closed today')).not.toContain('someone-else');
    expect(conceptIds('can we make a payment plan')).not.toContain('paid');
    expect(conceptIds('the user manual')).not.toContain('added-user');
  });
});

describe('typos of the lexicon words (concept-slips.ts)', () => {
  it('reads a slip inside a long one-word prefix as that word', () => {
    expect(conceptIds('my atorney will call')).toContain('lawyer');
    expect(conceptIds('she is in the hopsital')).toContain('illness');
  });
  it('never reads a word the lexicon itself writes as a slip of another', () => {
    // "shift" (busy-now's "on shift") is one letter from "shit", "buy" (buy a house) from "busy".
    expect(conceptIds('he works the late shift')).not.toContain('insult');
    expect(conceptIds('I want to buy food')).not.toContain('bad-time');
  });
  it('leaves a short stem alone', () => {
    // scam* is a stem: "scan" must not say it.
    expect(conceptIds('I will scan the letter')).not.toContain('scam');
  });
});

describe('a weekday after a thing done (english-past-day.ts)', () => {
  it.each([
    'I mailed the money order on Monday',
    'my sister sent it last Friday',
    'the transfer went out friday morning',
  ])('%j dates a thing done: no delay', (query) => {
    expect(conceptIds(query)).not.toContain('later');
  });
  it.each([
    'I can send it Friday',
    'I paid rent so I will do monday',
    'can you wait till Friday',
    'friday works',
  ])('%j still promises a day', (query) => {
    expect(conceptIds(query)).toContain('later');
  });
});

describe('a specific reason holds the general one (specific-reasons.ts)', () => {
  it('an added user saying it is not theirs says the added user only', () => {
    const said = conceptIds('my brother put me on his card, it is not my account, I never signed');
    expect(said).toContain('added-user');
    expect(said).not.toContain('not-mine');
    expect(said).not.toContain('not-theirs');
  });
  it('without the added user, not mine stays', () => {
    expect(conceptIds('it is not my account, I never signed')).toEqual(
      expect.arrayContaining(['not-mine', 'not-theirs']),
    );
  });
});

describe('a refusal asked about (english-negation.ts refusalAsked)', () => {
  it.each(['will they garnish me for not paying', 'what happens after never paying a card'])(
    '%j asks about a case: no defiance',
    (query) => {
      const said = conceptIds(query);
      expect(said).not.toContain('defiant');
      expect(said).not.toContain('dare');
    },
  );
  it.each(["I'm not paying you people", 'I am never paying this'])('%j still refuses', (query) => {
    expect(conceptIds(query)).toContain('defiant');
  });
});

describe('a settlement done (english-past-day.ts settledDone)', () => {
  it.each([
    'we settled that card back in 2019',
    'my lawyer says it was settled',
    'that one got settled already',
  ])('%j says paid, not asking for a settlement', (query) => {
    const said = conceptIds(query);
    expect(said).toContain('paid');
    expect(said).not.toContain('reduction');
  });
  it.each(['could this be settled for less', 'I want it settled', 'I want to settle'])(
    '%j still asks',
    (query) => {
      const said = conceptIds(query);
      expect(said).toContain('reduction');
      expect(said).not.toContain('paid');
    },
  );
});

describe('a date said with a reason (reason-date.ts)', () => {
  it.each(['my operation is next month', 'we get deployed friday'])(
    '%j dates the reason: no delay',
    (query) => {
      expect(conceptIds(query)).not.toContain('later');
    },
  );
  it.each([
    'my operation is next month so I can pay after that',
    'I got laid off, call me next week',
    'I lost my job, I get paid next month at the new one',
    'next week',
  ])('%j still promises a date', (query) => {
    expect(conceptIds(query)).toContain('later');
  });
});
