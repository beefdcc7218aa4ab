/**
 * Issue 11 §1: texting shorthand read as the words it stands for (text-speak.ts), on made-up
 * queries (not from any query set).
 */
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { expandTextSpeak } from '../../../lib/objections/text-speak';
import { objection } from './fixtures';

describe('texting shorthand', () => {
  it('reads whole shorthand words as what they stand for', () => {
    expect(expandTextSpeak('r u the bank')).toBe('are you the bank');
    expect(expandTextSpeak('check ur acct pls')).toBe('check your account please');
    expect(expandTextSpeak('idk, I PAYED it')).toBe("I don't know, I paid it");
  });
  it('reads British, Australian and Singaporean everyday words as the American ones, even alone', () => {
    expect(expandTextSpeak('skint')).toBe('broke');
    expect(expandTextSpeak('I was made redundant')).toBe('I was made laid off');
    expect(expandTextSpeak('stop ringing my mobile')).toBe('stop calling my cell');
    expect(expandTextSpeak('I will go to the ombudsman')).toBe('I will go to the regulator');
    // Shorthand needs a second word: alone it may be a word being typed.
    expect(expandTextSpeak('r')).toBe('r');
  });
  it('reads the collection floor’s shorthand in an agent’s note as its words (round 7)', () => {
    expect(expandTextSpeak('says she is AU only')).toBe('says she is authorized user only');
    expect(expandTextSpeak('has an atty now')).toBe('has an attorney now');
    expect(expandTextSpeak('filed ch 13 last year')).toBe('filed chapter 13 last year');
    expect(expandTextSpeak('in Ch.7')).toBe('in chapter 7');
    expect(expandTextSpeak('too many ch')).toBe('too many ch');
    // Alone it may be a word being typed ("au" of "authorized", "med" of "medical").
    expect(expandTextSpeak('au')).toBe('au');
    const index = buildObjectionIndex([
      objection('user', { title: 'Only an authorized user', triggers: ['I was added to the card'] }),
      objection('spouse', { title: 'Spouse on the line', triggers: ['this is his ex wife'] }),
    ]);
    expect(searchObjections(index, 'only an au, card is the ex wifes')[0]?.objection.id).toBe('user');
  });
  it('reads Malay words in an English sentence, in two words or more (round 8)', () => {
    expect(expandTextSpeak('sorry boss, duit tiada this month')).toBe('sorry boss, money no this month');
    expect(expandTextSpeak('gaji late again')).toBe('paycheck late again');
    // Alone it may be an English word begun; a surname is a name.
    expect(expandTextSpeak('tak')).toBe('tak');
    expect(expandTextSpeak('this is Mrs Wang')).toBe('this is Mrs Wang');
  });
  it('reads a letter stretched for stress once', () => {
    expect(expandTextSpeak('brokeeee')).toBe('broke');
    expect(expandTextSpeak('nooo I paid')).toBe('no I paid');
    // Two of a letter are a spelling, not stress.
    expect(expandTextSpeak('too little')).toBe('too little');
    expect(expandTextSpeak('calling the BBB')).toBe('calling the BBB');
    expect(expandTextSpeak('stoppp it')).toBe('stop it');
    expect(expandTextSpeak('cnnnt pay')).toBe('cnnnt pay');
  });
  it('reads a swear word masked with stars by how it begins', () => {
    expect(expandTextSpeak('f*** you')).toBe('fuck you');
    expect(expandTextSpeak('this is sh*t')).toBe('this is shit');
    expect(expandTextSpeak('what a**hole')).toBe('what ass');
  });
  it('reads a swear word minced to its letter when a word it goes with follows (round 9)', () => {
    expect(expandTextSpeak('just f off')).toBe('just fuck off');
    expect(expandTextSpeak('eff this company')).toBe('fuck this company');
    expect(expandTextSpeak('the effing bank')).toBe('the fucking bank');
    expect(expandTextSpeak('my son got an F in math')).toBe('my son got an F in math');
    expect(expandTextSpeak('plan f')).toBe('plan f');
  });
  it('leaves a word being typed, parts of words, Chinese and pinyin alone', () => {
    // A lone "u" may be the start of "unemployed".
    expect(expandTextSpeak('u')).toBe('u');
    expect(expandTextSpeak('urgent bills')).toBe('urgent bills');
    expect(expandTextSpeak('我 u 盘')).toBe('我 u 盘');
    expect(expandTextSpeak('wo mei you qian ya')).toBe('wo mei you qian ya');
  });
  it('finds the card the shorthand stands for, not one its letters happen to meet', () => {
    const index = buildObjectionIndex([
      objection('third', { title: 'Someone else answered', triggers: ['who is this', 'he is not here'] }),
      objection('broke', { title: 'No money', triggers: ["I can't pay", "I'm broke"] }),
      objection('scam', { title: 'Thinks it is a scam', triggers: ['who are you', 'prove it'] }),
      objection('mine', { title: 'Not my debt', triggers: ['not my account'] }),
      objection('paid', { title: 'Already paid', triggers: ['I paid that'] }),
    ]);
    const top = (query: string) => searchObjections(index, query)[0]?.objection.id;
    expect(top('who r u')).toBe('scam');
    expect(top('this isnt my acct')).toBe('mine');
    expect(top('I payed it')).toBe('paid');
    expect(top('skint')).toBe('broke');
  });
});
