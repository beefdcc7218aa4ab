/**
 * Issue 11 §2: a crisis phrase said with its verb in -ing or -ed still signals ("wanting to die",
 * "ending it all"), while the hyperboles cut before matching stay silent. Made-up sentences.
 */
import { crisisSignal } from '../../../lib/objections/crisis-signals';

describe('crisis phrases with an inflected verb', () => {
  it.each([
    'cx mentioned wanting to die',
    'i wanted to die last night',
    'been thinking about ending it all',
    'she said she keeps wanting to kill herself',
    'i was wanting to end my life',
  ])('signals "%s"', (sentence) => {
    expect(crisisSignal(sentence)).not.toBeNull();
  });

  it.each([
    'im dying to get this sorted',
    'this is killing me',
    'i keep wanting to end the call',
    'we are ending the contract',
    'i wanted to pay last week',
  ])('stays silent on "%s"', (sentence) => {
    expect(crisisSignal(sentence)).toBeNull();
  });
});
