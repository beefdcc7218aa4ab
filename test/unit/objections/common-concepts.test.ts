/**
 * Issue 11 round 6: in a big pack, a concept that many account cards name once in passing ("payoff",
 * "minimum") no longer lets them outrank the card whose triggers keep saying it (bag.ts).
 */
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const FILLER = ['statement', 'hotline', 'branch', 'portal', 'reminder', 'autopay', 'ticket', 'notice'];
/** Account cards, each naming a payoff and a minimum once among account words. */
const accounts = Array.from({ length: 80 }, (_, n) =>
  objection(`account-${n}`, {
    title: `${FILLER[n % 8]} ${FILLER[(n + 3) % 8]} ${n}`,
    triggers: [`payoff letter minimum ${FILLER[(n + 1) % 8]}`, `${FILLER[(n + 2) % 8]} review ${n}`],
  }),
);
const others = Array.from({ length: 300 }, (_, n) =>
  objection(`other-${n}`, { title: `topic ${n}`, triggers: [`case ${n}`] }),
);
const index = buildObjectionIndex([
  ...accounts,
  ...others,
  objection('part', {
    title: 'Can only pay part',
    triggers: ['I can pay part of it', 'half now, half later', 'a little each month'],
  }),
]);
const top3 = (query: string) =>
  searchObjections(index, query)
    .slice(0, 3)
    .map((r) => r.objection.id);

describe('a concept many cards name once', () => {
  it('ranks the card whose triggers keep saying it first', () => {
    expect(top3('the minimum is way too high, could you lower it a bit')[0]).toBe('part');
    expect(top3('cant even make the minimum, can we get a smaller payoff')[0]).toBe('part');
  });
  it('still lists the account cards for their own words', () => {
    expect(top3('payoff letter')[0]).toMatch(/^account-/);
  });
});
