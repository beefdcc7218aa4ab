import { buildObjectionIndex, objectionIndexSteps, searchObjections } from '../../../lib/objections/search';
import { finished, stepUntil } from '../../../lib/objections/steps';
import type { Objection } from '../../../lib/pack/schema';
import { generatePack } from '../../fixtures/objections/generate';
import { fixtureObjections } from './fixtures';

/**
 * The index built a step at a time (issue 11: the panel builds it while idle, so that a pack
 * arriving mid-call does not freeze the panel for a second) is the index built at once, whatever
 * runs between the steps — another pack's build included.
 */
const zh = fixtureObjections('zh-CN');
const en = fixtureObjections('en-US');

/** Queries from each pack's own words, cut short, and a few said around them. */
function queriesOf(pack: readonly Objection[]): string[] {
  const queries: string[] = [];
  for (const o of pack.slice(0, 15)) {
    const said = [o.title, ...o.triggers.slice(0, 2), o.say[0] ?? ''];
    for (const text of said) {
      const chars = Array.from(text);
      queries.push(
        chars.slice(0, 2).join(''),
        chars.slice(0, 5).join(''),
        `我现在${text}吧`,
        `so ${text} ok`,
      );
    }
  }
  return queries;
}

const results = (index: ReturnType<typeof buildObjectionIndex>, queries: readonly string[]) =>
  queries.map((q) => JSON.stringify(searchObjections(index, q)));

describe('the index built a step at a time (issue 11, the panel builds while idle)', () => {
  it('is the index built at once, with two packs built step by step in turn', () => {
    const big = generatePack([...zh, ...en], 400);
    const a = objectionIndexSteps(big);
    const b = objectionIndexSteps(zh);
    let doneA: ReturnType<typeof buildObjectionIndex> | undefined;
    let doneB: ReturnType<typeof buildObjectionIndex> | undefined;
    let steps = 0;
    while (doneA === undefined || doneB === undefined) {
      if (doneA === undefined) {
        const step = a.next();
        steps++;
        if (step.done) doneA = step.value;
      }
      if (doneB === undefined) {
        const step = b.next();
        if (step.done) doneB = step.value;
      }
    }
    // A build of a 400-objection pack is cut into many steps, not one.
    expect(steps).toBeGreaterThan(10);
    const bigQueries = [...queriesOf(zh), ...queriesOf(en), ...queriesOf(big.slice(-15))];
    expect(results(doneA, bigQueries)).toEqual(results(buildObjectionIndex(big), bigQueries));
    expect(results(doneB, queriesOf(zh))).toEqual(results(buildObjectionIndex(zh), queriesOf(zh)));
    // Searches of two indexes on a loaded 2-core machine: generous, as nothing here is timed.
  }, 180_000);

  it('finished runs every step; stepUntil runs one step at least and stops when told', () => {
    const steps = objectionIndexSteps(en);
    expect(stepUntil(steps, () => true)).toBeUndefined();
    let asked = 0;
    expect(
      stepUntil(steps, () => {
        asked++;
        return asked >= 3;
      }),
    ).toBeUndefined();
    expect(asked).toBe(3);
    const index = finished(steps);
    expect(results(index, queriesOf(en))).toEqual(results(buildObjectionIndex(en), queriesOf(en)));
  });
});
