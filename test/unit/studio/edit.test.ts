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

describe('a long value written by a form', () => {
  const pack = (triggers: string[]) =>
    `${JSON.stringify({ id: 'p', objections: [{ id: 'a', triggers, say: ['x'] }] }, null, 2)}\n`;
  const many = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i}`);

  it('is laid out as the lead laid out the pack, one item a line at its indentation', () => {
    const text = pack(many(300, 'pay later'));
    const next = many(301, 'will pay');
    const written = setAt(text, ['objections', 0, 'triggers'], next);
    expect(written).toBe(pack(next));
  });

  it('keeps the text around it as it was, comments and odd spacing included', () => {
    const text = `{ "objections": [ { "id": "a",\n      "triggers": ["x"],   "say": ["x"] } ] }`;
    const next = many(300, 'pay later');
    const written = setAt(text, ['objections', 0, 'triggers'], next);
    expect(
      written.startsWith('{ "objections": [ { "id": "a",\n      "triggers": [\n        "pay later 0",'),
    ).toBe(true);
    expect(written.endsWith('        "pay later 299"\n      ],   "say": ["x"] } ] }')).toBe(true);
    expect(readDraft(written)).toEqual({ objections: [{ id: 'a', triggers: next, say: ['x'] }] });
  });
});
