/**
 * Issue 11, round 5: the English concept groups appended to the lexicon (asking for time without a
 * date, charges added on, busy with something at home, checking the caller through the bank,
 * offering an amount, gig work drying up) and the means at hand as a weak crisis signal, on
 * made-up sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { crisisSignal } from '../../../lib/objections/crisis-signals';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { expandTextSpeak } from '../../../lib/objections/text-speak';
import { objection } from './fixtures';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

const pack = [
  objection('later', { title: 'Later', triggers: ['I need more time', 'hold off'] }),
  objection('fees', { title: 'Fees too high', triggers: ['junk fees', 'the balance keeps growing'] }),
  objection('busy', { title: 'Not a good time', triggers: ['on the clock', 'with a customer'] }),
  objection('scam', { title: 'Thinks it is a scam', triggers: ['call the bank myself'] }),
  objection('part', { title: 'Can only pay part', triggers: ['I can do fifty dollars'] }),
  objection('job', { title: 'Income dropped', triggers: ['my hours got cut', 'lost my gig'] }),
  objection('misuse', { title: 'Charges I did not make', triggers: ['unknown charges'] }),
];
const index = buildObjectionIndex(pack);
const firstFor = (query: string) => searchObjections(index, query)[0]?.objection.id;

describe('English concept groups of round 5', () => {
  it('appends its groups after the existing ones', () => {
    const ids = CONCEPTS.map((c) => c.id);
    const added = [
      'not-yet',
      'added-charges',
      'busy-now',
      'call-them-myself',
      'can-offer',
      'gig-work',
      'validation',
      'cant-cope',
      'laid-to-rest',
    ];
    // Later rounds append after them (round 7: abuse on the line, complaints elsewhere).
    const from = ids.indexOf('not-yet');
    expect(ids.slice(from, from + added.length)).toEqual(added);
    expect(from).toBe(ids.indexOf('laid-to-rest') - added.length + 1);
  });
  it('reads asking for time without a date as later', () => {
    expect(conceptIds('I will sort it eventually')).toContain('not-yet');
    expect(firstFor('I will sort it out shortly')).toBe('later');
  });
  it('reads charges put onto the balance as fees', () => {
    expect(firstFor('why are there penalties tacked on every month')).toBe('fees');
    expect(firstFor('it ballooned since March')).toBe('fees');
  });
  it('reads being busy at home as a bad time', () => {
    expect(firstFor('I am making dinner for the family')).toBe('busy');
    expect(firstFor('hang on, I am in the shower')).toBe('busy');
    expect(firstFor('sorry I am on the motorway')).toBe('busy');
  });
  it('reads calling the official number oneself as doubting the caller', () => {
    expect(firstFor('I will ring the official number and check')).toBe('scam');
  });
  it('reads an amount offered as paying part', () => {
    expect(firstFor('maybe I could spare thirty')).toBe('part');
  });
  it('reads gig work drying up as income dropped', () => {
    expect(firstFor('Lyft barely sends me rides now')).toBe('job');
    expect(firstFor('the work dried up in winter')).toBe('job');
  });
});

describe('the means at hand (issue 11 §2, round 5)', () => {
  it('is a weak crisis signal', () => {
    expect(crisisSignal('I have a gun in the drawer')).toBe('weak');
    expect(crisisSignal('the pills right here on the table')).toBe('weak');
    expect(crisisSignal('I have a gym membership')).toBeNull();
  });
});

describe('not coping (round 5)', () => {
  it('reads "deal with this" as not coping, not as asking for a deal', () => {
    expect(conceptIds('my sister is in hospital and I cannot deal with this')).not.toContain('reduction');
    expect(conceptIds('can we work out a deal')).toContain('reduction');
    const cope = buildObjectionIndex([
      objection('deal', { title: 'Wants a reduction', triggers: ['settle for less'] }),
      objection('sick', { title: 'Illness', triggers: ['in the hospital'] }),
    ]);
    expect(searchObjections(cope, 'dad is in hospital, cannot deal with it')[0]?.objection.id).toBe('sick');
  });
});

describe('a death told by the burial (round 5)', () => {
  it('reads a burial or a cremation as a death, not debt buried', () => {
    expect(conceptIds('we buried my father in May')).toContain('laid-to-rest');
    expect(conceptIds('he was cremated on Monday')).toContain('laid-to-rest');
    expect(conceptIds('I am buried in bills')).not.toContain('laid-to-rest');
    const died = buildObjectionIndex([
      objection('other', { title: 'Someone else answered', triggers: ['he is out this week'] }),
      objection('dead', { title: 'The consumer has died', triggers: ['he passed away', 'his funeral'] }),
    ]);
    expect(searchObjections(died, 'sorry, we buried him last week')[0]?.objection.id).toBe('dead');
  });
});

describe('British words (round 5)', () => {
  it('reads the British mum as mom', () => {
    expect(expandTextSpeak('I am his mum')).toBe('I am his mom');
  });
  it('reads British phoning and -ise spellings as the American words', () => {
    expect(expandTextSpeak('quit phoning my work')).toBe('quit calling my work');
    expect(expandTextSpeak('I never authorised it, I do not recognise it')).toBe(
      'I never authorized it, I do not recognize it',
    );
  });
});

describe('asking for the validation notice (round 5)', () => {
  it('meets the card that offers the validation letter', () => {
    const paper = buildObjectionIndex([
      objection('writing', { title: 'Send it in writing', triggers: ['validation letter'] }),
      objection('later', { title: 'Later', triggers: ['next week'] }),
    ]);
    expect(searchObjections(paper, 'first I need the debt verification')[0]?.objection.id).toBe('writing');
  });
});
