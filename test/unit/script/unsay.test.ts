import type { CallRecord } from '@/lib/db';
import { callNotYetUnderway } from '@/lib/db/records';
import type { Line, Script } from '@/lib/pack/schema';
import { unsay } from '@/lib/script/unsay';

const line = (id: string, ticks?: string[]): Line => ({
  id,
  kind: 'say',
  text: id,
  ...(ticks ? { ticks } : {}),
});
const greet = line('greet', ['recording-notice', 'agent-introduced']);
const intro = line('intro', ['agent-introduced']);
const script = {
  id: 's',
  name: 's',
  stages: [{ id: 'open', title: 'open', lines: [greet, intro] }],
} as Script;

const call = (checklist: CallRecord['checklist']): CallRecord => ({
  id: 'c',
  accountKey: 'a',
  adapterId: 'd',
  packId: 'p',
  packVersion: 1,
  startedAt: 0,
  ...callNotYetUnderway(),
  linesSaid: [
    { lineId: 'greet', stageId: 'open', at: 1 },
    { lineId: 'intro', stageId: 'open', at: 2 },
  ],
  checklist,
});

describe('unsay (live-call walk 10)', () => {
  it('takes the line back and unticks only what no other said line or the agent ticked', () => {
    const before = call({
      'recording-notice': { at: 1, by: 'line' },
      'agent-introduced': { at: 1, by: 'line' },
    });
    const after = unsay(before, greet, script);
    expect(after.linesSaid.map((s) => s.lineId)).toEqual(['intro']);
    expect(Object.keys(after.checklist)).toEqual(['agent-introduced']);
    expect(before.linesSaid).toHaveLength(2);
  });

  it('keeps an item the agent ticked by hand', () => {
    const after = unsay(call({ 'recording-notice': { at: 1, by: 'hand' } }), greet, script);
    expect(after.checklist['recording-notice']).toEqual({ at: 1, by: 'hand' });
  });
});
