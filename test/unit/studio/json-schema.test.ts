import { lineSchema, packSchema } from '../../../lib/pack/schema';
import { completionAt, docAt, packJsonSchema, schemasAt } from '../../../lib/studio/json-schema';

/** A draft with one line object whose members are given; `|` marks the caret. */
function draftWithLine(members: string): { text: string; offset: number } {
  const marked = `{"scripts":[{"stages":[{"lines":[{${members}}]}]}]}`;
  const offset = marked.indexOf('|');
  return { text: marked.replace('|', ''), offset };
}

describe('the pack JSON Schema in the source view (issue 17 item 1)', () => {
  it('is made from packSchema: its top-level and line properties are the zod shapes', () => {
    expect(Object.keys(packJsonSchema().properties ?? {}).sort()).toEqual(
      Object.keys(packSchema.shape).sort(),
    );
    const [line] = schemasAt(['scripts', 0, 'stages', 0, 'lines', 0]);
    expect(Object.keys(line?.properties ?? {}).sort()).toEqual(Object.keys(lineSchema.shape).sort());
  });

  it('completes the property names a line object does not have yet', () => {
    const { text, offset } = draftWithLine('"id":"greet", "|"');
    const found = completionAt(text, offset);
    const labels = found?.options.map((o) => o.label) ?? [];
    expect(labels).toEqual(expect.arrayContaining(['kind', 'text', 'must']));
    expect(labels).not.toContain('id');
    expect(found?.options.every((o) => o.kind === 'property')).toBe(true);
    // The range is the whole key being typed (its quotes), so choosing replaces it.
    expect(text.slice(found?.from, found?.to)).toBe('""');
  });

  it('completes the allowed values of an enum member', () => {
    const { text, offset } = draftWithLine('"id":"greet", "kind": "s|"');
    const found = completionAt(text, offset);
    expect(found?.options.map((o) => o.label)).toEqual(['"say"', '"ask"', '"do"']);
    expect(text.slice(found?.from, found?.to)).toBe('"s"');
  });

  it('offers nothing for a free-text value', () => {
    const { text, offset } = draftWithLine('"id":"greet", "text": "hel|lo"');
    expect(completionAt(text, offset)).toBeUndefined();
  });

  it('explains a member on hover: type, required, allowed values', () => {
    const { text, offset } = draftWithLine('"id":"greet", "ki|nd": "say", "must": true');
    expect(docAt(text, offset)).toEqual({
      name: 'kind',
      type: 'string',
      required: true,
      values: ['say', 'ask', 'do'],
      description: undefined,
    });
    const must = text.indexOf('"must"') + 2;
    expect(docAt(text, must)).toMatchObject({
      name: 'must',
      type: 'boolean',
      required: false,
      values: [true, false],
    });
    expect(docAt(text, 0)).toBeUndefined();
  });
});
