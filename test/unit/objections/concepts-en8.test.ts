/**
 * Issue 11, round 8 (English): an amount offered in digits (amount-offer.ts), a payment denied
 * (english-negation.ts) and the lexicon's round-8 groups (concepts.ts), on made-up sentences.
 */
import { offeredAmountConcepts } from '../../../lib/objections/amount-offer';
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText, wordsOf } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);
const offers = (query: string) => offeredAmountConcepts(wordsOf(normalizeText(query))).length > 0;

describe('an amount offered in digits', () => {
  it('says paying part and what one can do', () => {
    expect(conceptIds('could I maybe send 40 next week')).toEqual(
      expect.arrayContaining(['partial', 'can-offer']),
    );
  });
  it('reads a verb of giving before the amount, or when or how often after it', () => {
    expect(offers('I could put 75 toward the card')).toBe(true);
    expect(offers('would 60 bucks a week work for you')).toBe(true);
    expect(offers('I have 150 right now if that helps')).toBe(true);
    expect(offers('I can manage like 80')).toBe(true);
    expect(offers('how about 2k tops')).toBe(true);
  });
  it('leaves payments made, balances, losses, hours, percentages and years alone', () => {
    expect(offers('I already paid 200 last friday')).toBe(false);
    expect(offers('I sent 90 on monday')).toBe(false);
    expect(offers('I owe 4000 on this card')).toBe(false);
    expect(offers('they cut me to 12 hours a week')).toBe(false);
    expect(offers('the rate is 30 percent now')).toBe(false);
    expect(offers('I have been paying since 2019 now')).toBe(false);
    expect(offers('I have like 40 in checking')).toBe(false);
    expect(offers('I pay 1400 in rent and 600 for daycare')).toBe(false);
  });
  it('ranks the partial card first for a figure offered', () => {
    const index = buildObjectionIndex([
      objection('later', { title: 'Pay later', triggers: ['maybe next month', 'after payday'] }),
      objection('partial', { title: 'Can only pay part', triggers: ['I can pay a little', 'part of it'] }),
      objection('no-money', { title: 'No money', triggers: ['I have nothing', 'broke'] }),
    ]);
    expect(searchObjections(index, 'maybe 45 a month, thats it')[0]?.objection.id).toBe('partial');
  });
});

describe('a thing done, denied', () => {
  it('does not read a payment a negation denies', () => {
    expect(conceptIds('we havent paid that card since the divorce')).not.toContain('paid');
    expect(conceptIds('I never actually sent it')).not.toContain('paid');
    expect(conceptIds('the transfer didnt go through, it was not processed')).not.toContain('paid');
  });
  it('reads the payment said without one, and a negation elsewhere in the sentence', () => {
    expect(conceptIds('I paid it, why do you not see it')).toContain('paid');
    expect(conceptIds('not sure why, I sent it on monday')).toContain('paid');
  });
  it('does not read talking it over at home when it is refused', () => {
    expect(conceptIds('I am not discussing this over the phone')).not.toContain('family-decides');
    expect(conceptIds('I need to discuss it with my wife')).toContain('family-decides');
  });
  it('keeps the concepts a negation says on purpose', () => {
    expect(conceptIds('I cant afford this right now')).toContain('no-money');
    expect(conceptIds('I dont trust this call')).toContain('scam');
  });
});

describe("a relative's money affairs run by the one who speaks", () => {
  it('reads them as someone else handling the affairs', () => {
    expect(conceptIds('I pay my grandmas bills since her fall')).toContain('someone-else-handles');
    expect(conceptIds('I sort out all my fathers finances')).toContain('someone-else-handles');
  });
  it("leaves a relative's card and a relative who is ill to their own cards", () => {
    expect(conceptIds('it was on my dads card')).not.toContain('someone-else-handles');
    expect(conceptIds('my moms in hospital')).not.toContain('someone-else-handles');
  });
});

describe('the lexicon groups of round 8', () => {
  it("reads ill as an illness after a verb of being or feeling, and ill without its apostrophe as I'll", () => {
    expect(conceptIds('Ill send it friday')).not.toContain('illness');
    expect(conceptIds("I'll call the bank tomorrow")).not.toContain('illness');
    expect(conceptIds('my son has been ill since june')).toContain('illness');
    expect(conceptIds('she is seriously ill')).toContain('illness');
    expect(conceptIds('retired on ill health')).toContain('illness');
  });
  it("reads hell as an insult in its phrases, and hell without its apostrophe as he'll", () => {
    expect(conceptIds('hell be home around six')).not.toContain('insult');
    expect(conceptIds('what the hell do you want')).toContain('insult');
  });
  it('reads where the money would come from, asked without an answer, as no money', () => {
    expect(conceptIds('where would I get four thousand dollars')).toContain('money-left');
    expect(conceptIds('how am I supposed to pay with three kids')).toContain('money-left');
    expect(conceptIds('where do I send the payment')).not.toContain('money-left');
  });
  it('reads money coming as a check that clears, a complaint to the consumer bureau', () => {
    expect(conceptIds('once the insurance check clears')).toContain('future-money');
    // The settlement check is money coming, not a settlement asked for.
    expect(conceptIds('my settlement check comes monday')).not.toContain('reduction');
    expect(conceptIds('I will write to the consumer bureau')).toContain('complain-elsewhere');
  });
  it('reads someone on the line by their relation to the customer, not kin', () => {
    expect(conceptIds('this is her landlord, she left in may')).toContain('someone-else');
    expect(conceptIds('I found the phone in a taxi')).toContain('someone-else');
    expect(conceptIds('I look after her finances now')).toContain('someone-else-handles');
    expect(conceptIds('she is at the landlords office')).not.toContain('someone-else');
  });
  it('reads abuse as an agent notes it, and a threat on the agent', () => {
    expect(conceptIds('customer cursing and shouting at me')).toContain('abuse-on-the-line');
    expect(conceptIds('you lot are garbage')).toContain('abuse-on-the-line');
    expect(conceptIds('keep it up and ill find you')).toContain('abuse-on-the-line');
    expect(conceptIds('I swear I paid it')).not.toContain('abuse-on-the-line');
  });
  it('reads owing denied with never before the verb', () => {
    expect(conceptIds('I never borrowed a cent from you')).toContain('not-theirs');
    expect(conceptIds('I borrowed a bit in 2019')).not.toContain('not-theirs');
  });
  it('reads money gone, paper, treatment and the credit file in their everyday words', () => {
    expect(conceptIds('the divorce wiped out my savings')).toContain('money-left');
    expect(conceptIds('sorry ah, bo lui this month')).toContain('money-left');
    expect(conceptIds('I need it on paper first')).toContain('paperwork');
    expect(conceptIds('my wife needs an operation')).toContain('illness');
    expect(conceptIds('will the tradeline be updated')).toContain('credit-record');
  });
});
