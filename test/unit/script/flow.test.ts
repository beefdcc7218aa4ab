import { factsOf } from '@/lib/pack/condition';
import { flowStep, nextStageId, reachableStages, startFlow, visibleLines } from '@/lib/script/flow';
import { contextWith, script } from './script-fixture';

const facts = factsOf(contextWith({ dpd: 12, hardship: false }));

describe('following a script', () => {
  it('starts at the first stage that is not the third-party branch', () => {
    expect(startFlow(script)).toEqual({
      stageId: 'identify',
      path: ['identify'],
      thirdParty: false,
      answers: {},
    });
  });

  it('branches on the answer to a question and records the path', () => {
    const state = flowStep(script, facts, startFlow(script), {
      type: 'answer',
      lineId: 'who',
      answerId: 'yes',
    });
    expect(state).toMatchObject({
      stageId: 'disclose',
      path: ['identify', 'disclose'],
      answers: { who: 'yes' },
    });
  });

  it('puts the call in third-party mode when someone else answers', () => {
    const state = flowStep(script, facts, startFlow(script), {
      type: 'answer',
      lineId: 'who',
      answerId: 'other',
    });
    expect(state).toMatchObject({ stageId: 'tp', thirdParty: true });
    const back = flowStep(script, facts, state, { type: 'answer', lineId: 'who', answerId: 'yes' });
    expect(back.thirdParty).toBe(false);
  });

  it('follows `next` by condition, else in order, skipping side branches', () => {
    expect(nextStageId(script, 'disclose', facts)).toBe('understand');
    expect(nextStageId(script, 'disclose', factsOf(contextWith({ hardship: true })))).toBe('hardship');
    expect(nextStageId(script, 'hardship', facts)).toBe('close');
    expect(nextStageId(script, 'close', facts)).toBeNull();
  });

  it('goes back along the path taken', () => {
    let state = startFlow(script);
    state = flowStep(script, facts, state, { type: 'goto', stageId: 'disclose' });
    state = flowStep(script, facts, state, { type: 'next' });
    expect(state.path).toEqual(['identify', 'disclose', 'understand']);
    state = flowStep(script, facts, state, { type: 'back' });
    expect(state).toMatchObject({ stageId: 'disclose', path: ['identify', 'disclose'] });
    state = flowStep(script, facts, flowStep(script, facts, state, { type: 'back' }), { type: 'back' });
    expect(state.stageId).toBe('identify');
  });

  it('ignores unknown stages and answers', () => {
    const start = startFlow(script);
    expect(flowStep(script, facts, start, { type: 'goto', stageId: 'nowhere' })).toBe(start);
    expect(flowStep(script, facts, start, { type: 'answer', lineId: 'who', answerId: 'maybe' })).toBe(start);
  });

  it('moves one step per press through a cycle and never hangs', () => {
    let state = flowStep(script, facts, startFlow(script), { type: 'goto', stageId: 'loop-a' });
    for (let i = 0; i < 5; i++) state = flowStep(script, facts, state, { type: 'next' });
    expect(state.stageId).toBe('loop-b');
    expect(state.path).toHaveLength(7);
    expect(reachableStages(script).has('loop-a')).toBe(false);
  });

  it('shows only the lines whose condition holds', () => {
    const understand = script.stages[2]!;
    expect(visibleLines(understand, facts).map((l) => l.id)).toEqual(['amount']);
    expect(visibleLines(understand, factsOf(contextWith({ dpd: 61 }))).map((l) => l.id)).toEqual([
      'amount',
      'late-only',
    ]);
  });

  it('knows which stages can be reached', () => {
    expect([...reachableStages(script)].sort()).toEqual([
      'close',
      'disclose',
      'hardship',
      'identify',
      'tp',
      'understand',
    ]);
  });
});
