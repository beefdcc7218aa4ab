/**
 * Guard round 15: British (Canadian, Australian) spellings are a class — `your neighbours know` was
 * silent while `your neighbors know` was flagged. The guard reads each English word in its American
 * spelling, in the text and in the pack's phrases, so either spelling of a pack matches both. Every
 * sentence here is made up for this test (no blind-set line).
 */
import { normaliseForMatch } from '@/lib/compliance/phrase-matcher';
import { checkNote } from '@/lib/compliance/phrases';
import { americanSpelling, withAmericanSpellings } from '@/lib/compliance/spelling-variants';
import { pack as enPack } from '../pack/default-en-pack';
import { pack as zhPack } from '../pack/default-zh-pack';
import { flagged, phraseRules, writtenMatches } from './phrase-rules';

describe('americanSpelling', () => {
  it.each([
    ['neighbour', 'neighbor'],
    ['neighbours', 'neighbors'],
    ['neighbourhood', 'neighborhood'],
    ['neighbourly', 'neighborly'],
    ['colour', 'color'],
    ['coloured', 'colored'],
    ['behaviour', 'behavior'],
    ['behavioural', 'behavioral'],
    ['honourable', 'honorable'],
    ['dishonoured', 'dishonored'],
    ['labourer', 'laborer'],
    ['misdemeanour', 'misdemeanor'],
    ['favourite', 'favorite'],
    ['licence', 'license'],
    ['licences', 'licenses'],
    ['offence', 'offense'],
    ['defenceless', 'defenseless'],
    ['cheque', 'check'],
    ['cheques', 'checks'],
    ['programme', 'program'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['centred', 'centered'],
    ['kilometre', 'kilometer'],
    ['organise', 'organize'],
    ['organised', 'organized'],
    ['organising', 'organizing'],
    ['organisation', 'organization'],
    ['apologise', 'apologize'],
    ['apologises', 'apologizes'],
    ['realise', 'realize'],
    ['recognised', 'recognized'],
    ['criticise', 'criticize'],
    ['prioritising', 'prioritizing'],
    ['jeopardise', 'jeopardize'],
    ['minimise', 'minimize'],
    ['authorisation', 'authorization'],
    ['analyse', 'analyze'],
    ['paralysed', 'paralyzed'],
    ['travelled', 'traveled'],
    ['dialled', 'dialed'],
    ['dialler', 'dialer'],
    ['cancelling', 'canceling'],
    ['judgement', 'judgment'],
    ['jewellery', 'jewelry'],
    ['instalment', 'installment'],
    ['gaol', 'jail'],
    ['mum', 'mom'],
    ['learnt', 'learned'],
  ])('%s → %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
    // The American spelling is read as itself: a text written so is left as it is.
    expect(americanSpelling(american)).toBe(american);
  });

  it.each([
    'your',
    'four',
    'hour',
    'tour',
    'journey',
    'flourish',
    'promise',
    'promised',
    'compromising',
    'advise',
    'surprise',
    'exercise',
    'premises',
    'enterprise',
    'advertising',
    'expertise',
    'otherwise',
    'wise',
    'rise',
    'raise',
    'noise',
    'cruise',
    'paradise',
    'merchandise',
    'precise',
    'called',
    'killed',
    'filled',
    'meter',
    'method',
    'literally',
    'committed',
  ])('%s is the same word in American', (word) => {
    expect(americanSpelling(word)).toBe(word);
  });
});

describe('the normalised text', () => {
  it('keeps the offsets of what was written: a changed word spans its original letters', () => {
    const text = 'Your Neighbours, the Centre, your mum.';
    const n = normaliseForMatch(text);
    expect(n.text).toBe('your neighbors, the center, your mom.');
    const spanOf = (word: string) => {
      const at = n.text.indexOf(word);
      return text.slice(n.starts[at], n.ends[at + word.length - 1]);
    };
    expect(spanOf('neighbors')).toBe('Neighbours');
    expect(spanOf('center')).toBe('Centre');
    expect(spanOf('mom')).toBe('mum');
    expect(n.starts).toHaveLength(n.text.length);
    expect(n.ends).toHaveLength(n.text.length);
  });

  it('leaves a word of another alphabet or with digits as it was', () => {
    expect(normaliseForMatch('colour2 colouré').text).toBe('colour2 colouré');
  });

  it('changes nothing in the zh pack: its phrases and family words have no British spelling', () => {
    const rule = zhPack.rules.find((r) => r.type === 'forbiddenPhrases');
    if (rule?.type !== 'forbiddenPhrases') throw new Error('no phrase rule');
    const texts = [
      ...rule.categories.flatMap((c) => c.phrases),
      ...Object.values(rule.families ?? {}).flat(),
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      const n = normaliseForMatch(text);
      expect(withAmericanSpellings(n)).toBe(n);
    }
  });
});

describe('the en pack on British spellings', () => {
  it.each([
    ["I'll make sure your neighbours know", "I'll make sure your neighbors know"],
    ['Carrying on like this is a misdemeanour', 'Carrying on like this is a misdemeanor'],
    ["You'll go to gaol for this", "You'll go to jail for this"],
    ["We'll tell your mum about the debt", "We'll tell your mom about the debt"],
    ['Our dialler will ring you every hour', 'Our dialer will ring you every hour'],
    ['We will freeze your chequing account', 'We will freeze your checking account'],
    ['We will talk to your neighbours', 'We will talk to your neighbors'],
  ])('%s: flagged as its American spelling is', (british, american) => {
    const categories = flagged(american);
    expect(categories.length).toBeGreaterThan(0);
    expect(flagged(british)).toEqual(categories);
  });

  it('marks the British word as written', () => {
    const text = "I'll make sure your neighbours know";
    const [match] = checkNote(text, enPack.rules);
    expect(match && text.slice(match.start, match.end)).toBe('your neighbours');
  });

  it.each([
    "Your neighbour's dog was barking during the call",
    'What is the colour of your card?',
    'I apologise for the delay',
    'We can organise a payment plan that suits you',
    'Our call centre is open until 8 pm',
    'You can post a cheque to our office',
    'I realise this is a difficult time',
    'Your instalment is due on the 5th',
    'Do you have a licence number for the business?',
  ])('ordinary British English stays silent: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('a pack written in British spelling', () => {
  const rules = phraseRules([
    {
      category: 'privacy',
      phrases: ['tell your neighbours', 'your licence…revoked'],
      instead: 'Speak only to the customer.',
    },
    { category: 'falseLegal', phrases: ['criminal offence'], instead: 'State only the legal steps.' },
  ]);
  const written = (text: string) => writtenMatches(text, rules);

  it.each([
    ['We will tell your neighbors', 'tell your neighbors'],
    ['We will tell your neighbours', 'tell your neighbours'],
    ['Your license will be revoked', 'Your license will be revoked'],
    ['Your licence will be revoked', 'Your licence will be revoked'],
    ['That is a criminal offense', 'criminal offense'],
  ])('matches either spelling: %s', (text, match) => {
    expect(written(text)).toEqual([match]);
  });
});
