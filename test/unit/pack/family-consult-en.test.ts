/**
 * A customer who must talk to the family before agreeing to anything ("I need to talk to my wife
 * first"): the zh pack had a card for it from the start, the en pack none, and the attorney, spouse
 * (someone else on the line) or illness card came first (session 14). The sentences were written
 * before the card's triggers, so none was copied from them; each must find the card in the first
 * three, and a third party on the line must still find the third-party card first.
 */
import { normalizeText } from '../../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { loadDefaultPack } from './content-helpers';

const SENTENCES = [
  'I need to talk to my wife first',
  'let me check with my husband before I agree to anything',
  'I have to run it by my family',
  "I can't decide this on my own",
  "I'll have to ask my partner",
  'we decide money things together, I need to ask him',
  'let me discuss it with my spouse tonight',
  'I need to talk it over with my parents',
  "my dad helps me with my bills, I'll ask him",
  'can I talk to my girlfriend and call you back',
  "I don't want to agree without my wife knowing",
  "I'd like to check with my family before making any promises",
  'my son manages my finances, let me ask him',
  'I have to see what my husband says',
  'give me time to talk to my family about it',
  'I need to sit down with my wife and look at our budget',
  "I'll talk to my fiance and get back to you",
  'my wife would kill me if I agreed without asking her',
  'my husband makes the money decisions',
];

/** Someone else answering, who will pass a message on: not the customer asking for time. */
const THIRD_PARTY = ["who is calling? I'll ask her", "she's not here, I'll ask her to call you"];

const pack = loadDefaultPack('en-US');
const index = buildObjectionIndex(pack.objections);
const top = (query: string, limit: number) =>
  searchObjections(index, query, { limit, today: '2026-11-28' }).map((r) => r.objection.id);

describe('en-US default pack: the customer must talk to the family first', () => {
  it('has a card that agrees a callback the customer chooses, with say, do, never and its sources', () => {
    const card = pack.objections.find((o) => o.id === 'family-consult');
    expect(card?.leadsTo?.disposition).toBe('CB');
    expect(card?.say.length).toBeGreaterThan(0);
    expect(card?.do?.join(' ')).toMatch(/1006\.14\(b\)\(3\)/);
    expect(card?.never?.length).toBeGreaterThan(0);
    expect(card?.source).toBeTruthy();
  });

  it('finds it in the first three for each sentence a customer says', () => {
    const missed = SENTENCES.filter((q) => !top(q, 3).includes('family-consult'));
    expect(missed).toEqual([]);
  });

  it('still puts the third-party card first when someone else will pass a message on', () => {
    expect(THIRD_PARTY.map((q) => top(q, 1)[0])).toEqual(THIRD_PARTY.map(() => 'third-party'));
  });

  it('copies no sentence into a trigger', () => {
    const said = new Set(SENTENCES.map((q) => normalizeText(q).compact));
    const copied = pack.objections.flatMap((o) =>
      o.triggers.filter((t) => said.has(normalizeText(t).compact)),
    );
    expect(copied).toEqual([]);
  });
});
