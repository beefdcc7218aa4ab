import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { formatPath } from '@/lib/pack/errors';
import { checkDraft, publishBlock } from '@/lib/studio/checks';
import { findingMarks } from '@/lib/studio/diagnostics';
import { appendAt, setAt } from '@/lib/studio/edit';
import { lineColumn, parsePath, spanOfPath, spanRange, syntaxErrorOffset } from '@/lib/studio/source-map';
import { written } from '../../helpers/written';

const packText = `${JSON.stringify(zhPack, null, 2)}\n`;

describe('parsePath', () => {
  it('reads back every path formatPath writes', () => {
    const paths: (string | number)[][] = [
      [],
      ['scripts', 0, 'stages', 2, 'lines', 1, 'text'],
      ['constants', 'bank.name'],
      ['constants', 'a"b]c'],
      ['objections', 12, 'triggers', 0],
    ];
    for (const path of paths) expect(parsePath(formatPath(path))).toEqual(path);
  });

  it('refuses text that is not a path', () => {
    expect(parsePath('scripts[0')).toBeUndefined();
    expect(parsePath('.scripts')).toBeUndefined();
    expect(parsePath('a[-1]')).toBeUndefined();
  });
});

describe('spanOfPath', () => {
  it('puts a line text path on that property in the source', () => {
    const path = 'scripts[0].stages[0].lines[0].text';
    const span = spanOfPath(packText, path);
    const expected = zhPack.scripts[0]?.stages[0]?.lines[0]?.text as string;
    expect(span?.exact).toBe(true);
    const shown = packText.slice(span?.offset, (span?.offset ?? 0) + (span?.length ?? 0));
    expect(shown).toBe(`"text": ${JSON.stringify(expected)}`);
  });

  it('falls back to the nearest existing ancestor for a missing value', () => {
    const span = spanOfPath(packText, 'objections[0].leadsTo.nothingHere');
    const objection = spanOfPath(packText, 'objections[0].leadsTo');
    const first = spanOfPath(packText, 'objections[0]');
    expect(span?.exact).toBe(false);
    expect(span?.offset).toBe(objection?.exact ? objection.offset : first?.offset);
  });

  it('finds a syntax error where the scanner stops', () => {
    const broken = '{\n  "format": 1,\n  "id": oops\n}';
    const at = syntaxErrorOffset(broken) as number;
    expect(broken.slice(at, at + 4)).toBe('oops');
    expect(lineColumn(broken, at)).toEqual({ line: 3, column: 9 });
  });
});

describe('checkDraft', () => {
  it('finds nothing in the bundled pack and lets it publish', () => {
    const check = checkDraft(packText);
    expect(check.findings).toEqual([]);
    expect(publishBlock(check, false)).toBeUndefined();
  });

  it('places a lint error on the offending line and blocks publishing', () => {
    const text = written(setAt(packText, ['scripts', 0, 'stages', 0, 'lines', 0, 'text'], '您好 {{nobody}}'));
    const check = checkDraft(text);
    const finding = check.findings.find((f) => f.severity === 'error');
    expect(finding?.path).toBe('scripts[0].stages[0].lines[0].text');
    const span = finding?.span;
    expect(text.slice(span?.offset, (span?.offset ?? 0) + (span?.length ?? 0))).toContain('{{nobody}}');
    expect(publishBlock(check, true)).toBe('errors');
  });

  it('places a schema error and reports the draft invalid', () => {
    const text = written(setAt(packText, ['objections', 1, 'say'], []));
    const check = checkDraft(text);
    expect(check.pack).toBeUndefined();
    const finding = check.findings[0];
    expect(finding?.path).toBe('objections[1].say');
    expect(text.slice(finding?.span?.offset, (finding?.span?.offset ?? 0) + 9)).toBe('"say": []');
    expect(publishBlock(check, true)).toBe('invalid');
  });

  it('places a JSON syntax error at its character', () => {
    const broken = `${packText.slice(0, 4)}#${packText.slice(4)}`;
    const check = checkDraft(broken);
    expect(broken.slice(0, 6)).toBe('{\n  #"');
    expect(check.findings[0]?.span?.offset).toBe(4);
  });

  it('edits keep the rest of the text as written', () => {
    const text = written(appendAt(packText, ['objections', 0, 'triggers'], '新触发词'));
    expect(JSON.parse(text).objections[0].triggers.at(-1)).toBe('新触发词');
    expect(text.slice(0, 200)).toBe(packText.slice(0, 200));
  });
});

describe('spanRange and findingMarks (issue 17: errors underlined where they are)', () => {
  const text = '{\n  "a": {\n    "b": 1\n  }\n}\n';
  it('cuts a span at the end of its first line and clamps it to the text', () => {
    const span = spanOfPath(text, 'a');
    if (!span) throw new Error('no span');
    expect(text.slice(span.offset, span.offset + span.length)).toContain('"b": 1');
    const { from, to } = spanRange(text, span);
    expect(text.slice(from, to)).toBe('"a": {');
    expect(spanRange(text, { offset: text.length + 5, length: 3, exact: true })).toEqual({
      from: text.length,
      to: text.length,
    });
  });

  it('marks every placed finding with the range go-to selects; unplaced ones are left to the list', () => {
    const message = { zh: '错', en: 'wrong' };
    const marks = findingMarks(text, [
      { severity: 'error', path: 'a.b', code: 'x', message, span: spanOfPath(text, 'a.b') },
      { severity: 'warning', path: 'c', code: 'y', message },
    ]);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ severity: 'error', path: 'a.b', message });
    expect(text.slice(marks[0]?.from, marks[0]?.to)).toBe('"b": 1');
  });
});
