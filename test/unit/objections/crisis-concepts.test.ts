/**
 * Issue 11 §2: a crisis card comes up on a crisis signal or its own words, never because an
 * everyday concept sits inside one of its triggers or lines (带孩子 of 带孩子一起死 is "busy"; a
 * supervisor in its say line is "complaint"). It still counts for the self-harm concept, so a
 * crisis said in other words than its triggers finds it. Made-up pack and phrasings.
 */
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const pack = [
  objection('bad-time', { title: '现在不方便', triggers: ['在开会', '晚点再说'] }),
  objection('later', { title: '过几天再还', triggers: ['下个月再说'] }),
  objection('self-harm', {
    title: '提到轻生',
    triggers: ['带孩子一起死', '大不了一死'],
    say: ['您先照顾好自己，我请主管来跟进'],
    severity: 'crisis',
  }),
  objection('en-complaint', { title: 'Wants a supervisor', triggers: ['get me your manager'] }),
  objection('en-crisis', {
    title: 'Self-harm',
    triggers: ['I want to die'],
    say: ['Stay on the line and get a supervisor'],
    severity: 'crisis',
  }),
];
const index = buildObjectionIndex(pack);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);

describe('crisis cards and the concept lexicon (issue 11 §2)', () => {
  it('does not list the crisis card for an everyday concept inside its trigger', () => {
    expect(ids('我在开会呢')[0]).toBe('bad-time');
    expect(ids('我在开会呢')).not.toContain('self-harm');
    expect(ids('晚点吧')).not.toContain('self-harm');
  });

  it('does not list the crisis card for a concept of its say lines', () => {
    expect(ids('put your supervisor on')).toContain('en-complaint');
    expect(ids('put your supervisor on')).not.toContain('en-crisis');
  });

  it('still finds the crisis card by the self-harm concept and by its own words', () => {
    expect(ids('我真的活不下去了')).toContain('self-harm');
    expect(ids('我想带孩子一起死')[0]).toBe('self-harm');
    expect(ids("honestly there's no way out for me")).toContain('en-crisis');
  });
});
