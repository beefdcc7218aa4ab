/**
 * Perf 12: on every keystroke the Studio read the draft twice (jsonc's tolerant parser for the
 * forms, the native one for its syntax), and a check built the text's tree again for every finding.
 * Counted through jsonc-parser: each text is read once, the tolerant way only when it is broken.
 */
import * as jsonc from 'jsonc-parser';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { checkDraft } from '@/lib/studio/checks';
import { readDraft, readDraftText, setAt } from '@/lib/studio/edit';
import { syntaxErrorOffset } from '@/lib/studio/source-map';
import { written } from '../../helpers/written';

vi.mock('jsonc-parser', async (original) => {
  const actual = await original<typeof import('jsonc-parser')>();
  return {
    ...actual,
    parse: vi.fn((...args: Parameters<typeof actual.parse>) => actual.parse(...args)),
    parseTree: vi.fn((...args: Parameters<typeof actual.parseTree>) => actual.parseTree(...args)),
  };
});

const packText = `${JSON.stringify(zhPack, null, 2)}\n`;

describe('the draft read once per keystroke', () => {
  beforeEach(() => {
    vi.mocked(jsonc.parse).mockClear();
  });

  it('gives what the two reads gave, for texts whole, broken, empty and with a BOM', () => {
    const texts = [
      packText,
      packText.slice(0, 5_000),
      `${packText.slice(0, 40)},,${packText.slice(40)}`,
      '',
      '{"a": [1, 2,]}',
      `\uFEFF${packText}`,
      `\uFEFF{"a": }`,
      '[1, "x", {"b": null}]',
    ];
    for (const text of texts) {
      expect(readDraftText(text)).toEqual({ value: readDraft(text), syntaxAt: syntaxErrorOffset(text) });
    }
  });

  it('reads a whole pack without the tolerant parser, a broken one with it', () => {
    readDraftText(packText);
    expect(jsonc.parse).not.toHaveBeenCalled();
    readDraftText(packText.slice(0, -3));
    expect(jsonc.parse).toHaveBeenCalledTimes(1);
  });
});

describe('a check builds the text’s tree once', () => {
  it('places every finding from one tree', () => {
    // Two lint findings: flags named by their codes where the agent reads their names.
    const say = ['马上报告主管；加 crisis 标记。', '给这个号码加 tp-no-contact 标记。'];
    const text = written(setAt(packText, ['objections', 0, 'say'], say));
    const tree = vi.mocked(jsonc.parseTree);
    tree.mockClear();
    const { findings } = checkDraft(text);
    expect(findings.length).toBeGreaterThan(1);
    expect(findings.every((f) => f.span !== undefined)).toBe(true);
    expect(tree).toHaveBeenCalledTimes(1);
  });

  it('builds none when nothing is found', () => {
    const tree = vi.mocked(jsonc.parseTree);
    tree.mockClear();
    expect(checkDraft(packText).findings).toEqual([]);
    expect(tree).not.toHaveBeenCalled();
  });
});
