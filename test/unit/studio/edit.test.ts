import { appendAt, blockingPart, inTurn, readDraft, removeAt, setAt } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
import { written } from '../../helpers/written';

/** Packs someone else wrote (walk 10): a form edit into a part of another type is refused and said. */
describe('form edits into a draft of the wrong shape', () => {
  it('gives the refusal, naming the part that is not a list, and no text', () => {
    const text = '{\n  "objections": { "a": 1 }\n}\n';
    expect(appendAt(text, ['objections'], { id: 'new' })).toEqual({ at: 'objections', needs: 'list' });
    expect(removeAt(text, ['objections', 0])).toEqual({ at: 'objections', needs: 'list' });
  });

  it('names a nested part that is text where an object or a list belongs', () => {
    const text = '{ "objections": [ "oops", { "triggers": "pay later" } ] }';
    expect(setAt(text, ['objections', 0, 'title'], 'T')).toEqual({ at: 'objections[0]', needs: 'object' });
    expect(appendAt(text, ['objections', 1, 'triggers'], 'x')).toEqual({
      at: 'objections[1].triggers',
      needs: 'list',
    });
  });

  it('writes as before where the shape fits, and replaces a wrong-typed value set as a whole', () => {
    const text = '{ "objections": [ { "triggers": "pay later" } ] }';
    const edited = setAt(text, ['objections', 0, 'triggers'], ['pay later']);
    expect(readDraft(written(edited))).toEqual({ objections: [{ triggers: ['pay later'] }] });
    expect(blockingPart(readDraft(text), ['objections', 0, 'say', 0])).toBeUndefined();
  });

  it('keeps nothing between two drafts: a refusal in one does not follow an edit of another', () => {
    const wrong = '{ "objections": { "a": 1 } }';
    const right = '{ "objections": [] }';
    expect(appendAt(wrong, ['objections'], 'x')).toEqual({ at: 'objections', needs: 'list' });
    expect(readDraft(written(appendAt(right, ['objections'], 'x')))).toEqual({ objections: ['x'] });
  });

  it('stops edits made in turn at the first refusal, and gives it (a move in a list that is not one)', () => {
    const text = '{ "a": { "0": 1, "1": 2 } }';
    expect(moveItem(text, ['a'], [1, 2], 0, 1)).toEqual({ at: 'a', needs: 'list' });
    const steps = [
      (t: string) => setAt(t, ['b'], 1),
      (t: string) => setAt(t, ['a', 0], 3),
      (t: string) => setAt(t, ['c'], 2),
    ];
    expect(inTurn(text, steps)).toEqual({ at: 'a', needs: 'list' });
    expect(readDraft(written(inTurn(text, [steps[0] ?? ((t) => t), (t) => setAt(t, ['c'], 2)])))).toEqual({
      a: { 0: 1, 1: 2 },
      b: 1,
      c: 2,
    });
  });
});

describe('a long value written by a form', () => {
  const pack = (triggers: string[]) =>
    `${JSON.stringify({ id: 'p', objections: [{ id: 'a', triggers, say: ['x'] }] }, null, 2)}\n`;
  const many = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i}`);

  it('is laid out as the lead laid out the pack, one item a line at its indentation', () => {
    const text = pack(many(300, 'pay later'));
    const next = many(301, 'will pay');
    const laidOut = written(setAt(text, ['objections', 0, 'triggers'], next));
    expect(laidOut).toBe(pack(next));
  });

  it('keeps the text around it as it was, comments and odd spacing included', () => {
    const text = `{ "objections": [ { "id": "a",\n      "triggers": ["x"],   "say": ["x"] } ] }`;
    const next = many(300, 'pay later');
    const laidOut = written(setAt(text, ['objections', 0, 'triggers'], next));
    expect(
      laidOut.startsWith('{ "objections": [ { "id": "a",\n      "triggers": [\n        "pay later 0",'),
    ).toBe(true);
    expect(laidOut.endsWith('        "pay later 299"\n      ],   "say": ["x"] } ] }')).toBe(true);
    expect(readDraft(laidOut)).toEqual({ objections: [{ id: 'a', triggers: next, say: ['x'] }] });
  });
});
