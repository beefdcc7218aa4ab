import { appendAt, blockingPart, onRefusedEdit, type RefusedEdit, readDraft, setAt } from '@/lib/studio/edit';

/** Packs someone else wrote (walk 10): a form edit into a part of another type is refused and said. */
describe('form edits into a draft of the wrong shape', () => {
  const heard: RefusedEdit[] = [];
  let stop: () => void = () => {};
  beforeEach(() => {
    heard.length = 0;
    stop = onRefusedEdit((refused) => heard.push(refused));
  });
  afterEach(() => stop());

  it('leaves the text as it is and names the part that is not a list', () => {
    const text = '{\n  "objections": { "a": 1 }\n}\n';
    expect(appendAt(text, ['objections'], { id: 'new' })).toBe(text);
    expect(heard).toEqual([{ at: 'objections', needs: 'list' }]);
  });

  it('names a nested part that is text where an object or a list belongs', () => {
    const text = '{ "objections": [ "oops", { "triggers": "pay later" } ] }';
    expect(setAt(text, ['objections', 0, 'title'], 'T')).toBe(text);
    expect(appendAt(text, ['objections', 1, 'triggers'], 'x')).toBe(text);
    expect(heard).toEqual([
      { at: 'objections[0]', needs: 'object' },
      { at: 'objections[1].triggers', needs: 'list' },
    ]);
  });

  it('writes as before where the shape fits, and replaces a wrong-typed value set as a whole', () => {
    const text = '{ "objections": [ { "triggers": "pay later" } ] }';
    const written = setAt(text, ['objections', 0, 'triggers'], ['pay later']);
    expect(readDraft(written)).toEqual({ objections: [{ triggers: ['pay later'] }] });
    expect(heard).toEqual([]);
    expect(blockingPart(readDraft(text), ['objections', 0, 'say', 0])).toBeUndefined();
  });
});
