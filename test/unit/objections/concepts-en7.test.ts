/**
 * Issue 11, round 7 (English): the query-side reading rules, on made-up sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('English reading rules of round 7', () => {
  it('reads a phrase with a possessive or plural s on its last word', () => {
    expect(conceptIds("this is about my late wife's card")).toContain('laid-to-rest');
    expect(conceptIds('we talked about payment plans')).toContain('instalments');
    // Without the s the phrase was already read; a longer word is still another word.
    expect(conceptIds('this is about my late wife')).toContain('laid-to-rest');
    expect(conceptIds('my late wifeless uncle')).not.toContain('laid-to-rest');
  });
  it('does not read a single word with an s as said: whose card, not who speaks', () => {
    expect(conceptIds("it is my husband's card")).not.toContain('spouse');
    expect(conceptIds('I am her husband')).toContain('spouse');
  });
  it('reads a payoff (the amount that closes the account) as no wish for a reduction', () => {
    expect(conceptIds('what is my payoff amount')).not.toContain('reduction');
    expect(conceptIds('can you reduce my payoff amount')).toContain('reduction');
  });
  it('reads a breakdown of the charges as no illness, a nervous breakdown as one', () => {
    expect(conceptIds('send me a breakdown of the balance')).not.toContain('caregiving');
    expect(conceptIds('she had a nervous breakdown last week')).toContain('caregiving');
  });
  it('reads a phrasal verb with its object inside as the phrase', () => {
    expect(conceptIds('the warehouse let her go in june')).toContain('job-loss');
    expect(conceptIds('they laid us all off')).toContain('job-loss');
    expect(conceptIds('the owner shut it down in may')).toContain('job-loss');
    // A pronoun before any other word is not inside a phrasal verb.
    expect(conceptIds('they let me know in june')).not.toContain('job-loss');
  });
  it('reads a phrase with one slip in one of its longer words, the others as written', () => {
    expect(conceptIds('sorry cant spaek now')).toContain('bad-time');
    expect(conceptIds('she is not avialable')).toContain('someone-else');
    // A word replaced is another word; a slip with the rest of the phrase missing is no phrase.
    expect(conceptIds('i cant tall now')).not.toContain('bad-time');
    expect(conceptIds('she is avialable')).not.toContain('someone-else');
  });
  it("reads an agent's note about the customer in the first person", () => {
    expect(conceptIds('customer says the account is not hers')).toContain('not-mine');
    expect(conceptIds('caller says she doesnt owe it')).toContain('not-mine');
    // A relative speaking keeps who speaks: only a note naming the customer first is reread.
    expect(conceptIds('my sister says the account is not hers')).not.toContain('not-mine');
  });
  it('ranks the card the possessive phrase means first', () => {
    const index = buildObjectionIndex([
      objection('fees', { title: 'Fees too high', triggers: ['late fees', 'paid late'] }),
      objection('deceased', { title: 'Cardholder died', triggers: ['I am a widow', 'the funeral'] }),
    ]);
    expect(searchObjections(index, "calling about my late husband's account")[0]?.objection.id).toBe(
      'deceased',
    );
  });
});

describe('English concept groups of round 7', () => {
  const index = buildObjectionIndex([
    objection('abusive', { title: 'Angry or abusive', triggers: ['go to hell', 'you idiot'] }),
    objection('complain', { title: 'Will complain', triggers: ['I want a supervisor', "I'll report you"] }),
    objection('stop', { title: 'Stop calling', triggers: ['stop calling me'] }),
    objection('bankrupt', { title: 'Filed for bankruptcy', triggers: ['I filed for bankruptcy'] }),
    objection('exempt', { title: 'Only protected income', triggers: ['I only get social security'] }),
    objection('money', { title: 'No money', triggers: ['I have no money', 'my income is too low'] }),
  ]);
  const firstFor = (query: string) => searchObjections(index, query)[0]?.objection.id;
  it('appends its groups after the existing ones', () => {
    // Later rounds append after them (round 8: lent-out); their indices must not move.
    const ids = CONCEPTS.map((c) => c.id);
    const at = ids.indexOf('insolvency');
    expect(at).toBeGreaterThan(ids.indexOf('laid-to-rest'));
    expect(ids.slice(at, at + 4)).toEqual([
      'insolvency',
      'protected-income',
      'abuse-on-the-line',
      'complain-elsewhere',
    ]);
  });
  it('reads insults, a note of abuse and threats on the agent as abuse', () => {
    expect(firstFor("you're a worthless tosser")).toBe('abusive');
    expect(firstFor('customer cussing the whole call')).toBe('abusive');
    expect(firstFor('I know where you live, watch your back')).toBe('abusive');
  });
  it('reads a regulator or a public complaint as a complaint', () => {
    expect(firstFor('I am going to trading standards about this')).toBe('complain');
    expect(firstFor('this is going all over tiktok')).toBe('complain');
  });
  it('reads an insolvency said in other words as bankruptcy', () => {
    expect(firstFor('we are in chapter 7, talk to the trustee')).toBe('bankrupt');
    expect(firstFor('I went insolvent last year')).toBe('bankrupt');
  });
  it('reads income the law protects as such', () => {
    expect(firstFor('all I get is my pension and SSDI')).toBe('exempt');
    expect(firstFor('I live on universal credit')).toBe('exempt');
  });
  it('leaves noise in the background alone', () => {
    expect(conceptIds('the kids are screaming, bad moment')).not.toContain('abuse-on-the-line');
  });
});
