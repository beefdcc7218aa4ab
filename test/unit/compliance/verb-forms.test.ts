/**
 * Guard round 15: verb forms are a class — `your…{people}…(hear about|find out|know about|…|will
 * know)` missed `your family knows`, `learned about`, `got a call`. After a phrase's first piece its
 * verbs are read in every form (verb-forms.ts), and `will` + verb as the verb said. Every sentence
 * here is made up for this test (no blind-set line).
 */
import { checkNote } from '@/lib/compliance/phrases';
import { CLAUSE_END, MAX_VERB_SPELLINGS, verbForms, verbSpellings } from '@/lib/compliance/verb-forms';
import { pack as enPack } from '../pack/default-en-pack';
import { pack as zhPack } from '../pack/default-zh-pack';
import { flagged, phraseRules, writtenMatches } from './phrase-rules';

describe('verbForms', () => {
  it.each([
    ['know', ['know', 'knows', 'knew', 'known', 'knowing']],
    ['find', ['find', 'finds', 'found', 'finding']],
    ['hear', ['hear', 'hears', 'heard', 'hearing']],
    ['get', ['get', 'gets', 'got', 'gotten', 'getting']],
    ['learn', ['learn', 'learns', 'learned', 'learning']],
    ['stop', ['stop', 'stops', 'stopped', 'stopping']],
    ['seize', ['seize', 'seizes', 'seized', 'seizing']],
    ['sue', ['sue', 'sues', 'sued', 'suing']],
    ['empty', ['empty', 'empties', 'emptied', 'emptying']],
    ['garnish', ['garnish', 'garnishes', 'garnished', 'garnishing']],
    ['visit', ['visit', 'visits', 'visited', 'visiting']],
    ['refer', ['refer', 'refers', 'referred', 'referring']],
  ])('%s → %j', (base, forms) => {
    expect(verbForms(base)).toEqual(forms);
  });

  it.each(['job', 'your', 'family', 'be', 'will', 'have', 'knew', 'found'])(
    '%s is not read as a base verb',
    (word) => {
      expect(verbForms(word)).toBeUndefined();
    },
  );
});

describe('verbSpellings', () => {
  it('reads each verb of a spelling in its forms, the rest as written', () => {
    expect(verbSpellings('find out')).toEqual(['find out', 'finds out', 'found out', 'finding out']);
    expect(verbSpellings('get a call')).toContain('got a call');
    expect(verbSpellings('your pin')).toEqual(['your pin']);
  });

  it('reads `will` + verb as the verb said: alone, only where its clause ends', () => {
    expect(verbSpellings('will know')).toEqual(
      expect.arrayContaining(['will know', `knows${CLAUSE_END}`, `knew${CLAUSE_END}`, `known${CLAUSE_END}`]),
    );
    expect(verbSpellings('will hear about')).toEqual(expect.arrayContaining(['hears about', 'heard about']));
  });

  it('leaves a word joined to a family slot or to another alphabet as written', () => {
    expect(verbSpellings('\ue000know')).toEqual(['\ue000know']);
    expect(verbSpellings('知道know')).toEqual(['知道know']);
  });

  it('is capped however many verbs a piece holds', () => {
    const many = Array.from({ length: 12 }, () => 'know').join(' ');
    expect(verbSpellings(many).length).toBeLessThanOrEqual(MAX_VERB_SPELLINGS + 10);
  });

  it('reads no phrase of the zh pack: each holds Chinese, and a Chinese phrase keeps its English words as written', () => {
    const rule = zhPack.rules.find((r) => r.type === 'forbiddenPhrases');
    if (rule?.type !== 'forbiddenPhrases') throw new Error('no phrase rule');
    const phrases = rule.categories.flatMap((c) => c.phrases);
    expect(phrases.filter((p) => !/\p{Script=Han}/u.test(p))).toEqual([]);
    const rules = phraseRules(
      [{ category: 'threat', phrases: ['{深夜}…(tell你|tell)'], instead: '白天联系。' }],
      { 深夜: ['半夜'] },
    );
    expect(checkNote('半夜 tell', rules)).toHaveLength(1);
    expect(checkNote('半夜 told', rules)).toEqual([]);
    // The same phrase in English is read with its verb's forms.
    const english = phraseRules(
      [{ category: 'threat', phrases: ['{late}…tell'], instead: 'Call in the day.' }],
      {
        late: ['midnight'],
      },
    );
    expect(checkNote('midnight told', english)).toHaveLength(1);
  });
});

describe('the en pack on verbs in other forms', () => {
  it.each([
    'I will make sure your family knows',
    'I will make sure your family knows. Pay today.',
    'Your family knows, trust me',
    'Your mum knows',
    'Your husband knew',
    'Your landlord learned about it',
    'Your landlord learnt about it',
    'Your landlord learns about it',
    'Your boss knows about the debt now',
    'Your employer got a call from us',
    'Your employer gets a letter tomorrow',
    'Your employer received a letter from us',
    'Everyone at your office knew',
    'Everyone in your building saw',
    'We rang your sister yesterday',
  ])('flagged: %s', (text) => {
    expect(flagged(text)).toContain('privacy');
  });

  it('marks the whole of what was written', () => {
    const text = 'I will make sure your family knows';
    const [match] = checkNote(text, enPack.rules);
    expect(match && text.slice(match.start, match.end)).toBe('your family knows');
  });

  it.each([
    // A phrase that opens with its verb is read as written: `lose your job` is not `you lost your job`.
    "I'm sorry you lost your job",
    'Since you lost your job we can offer a hardship plan',
    'Your kids are growing up fast',
    'Do you know your balance?',
    'I know your family is important to you',
    'Your parents found a new house',
    'Your employer is growing',
    // `will know` said as `knows`/`knew` only where the clause ends: with an object it is ordinary English.
    "Your boss knows you're on a break",
    'Your wife knew the account number',
    'Your neighbour knows the way',
  ])('silent: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('a pack phrase with a verb after its first piece', () => {
  const rules = phraseRules([
    {
      category: 'threat',
      phrases: ['your boss…find out', 'seize your car'],
      instead: 'Say only what is true.',
    },
  ]);
  const written = (text: string) => writtenMatches(text, rules);

  it.each([
    ['Your boss will find out', 'Your boss will find out'],
    ['Your boss finds out', 'Your boss finds out'],
    ['Your boss found out', 'Your boss found out'],
    ['Your boss is finding out', 'Your boss is finding out'],
  ])('matches: %s', (text, match) => {
    expect(written(text)).toEqual([match]);
  });

  it('keeps a phrase-opening verb as written', () => {
    expect(written('They seized your car last year')).toEqual([]);
    expect(written('We will seize your car')).toEqual(['seize your car']);
  });
});
