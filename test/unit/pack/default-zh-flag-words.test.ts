/**
 * Agents never see an internal id (live-call walk 9: the 做 lines read "加 hardship 标记",
 * "加 tp-no-contact 标记"). In the zh-CN default pack every text an agent reads names a CRM flag by
 * the label the pack gives it (「困难客户」), never by its code.
 */
import { pack } from './default-zh-pack';

const codes = new Set(
  pack.rules.flatMap((rule) => (rule.type === 'stopFlag' ? rule.flags.map((f) => f.flag) : [])),
);
codes.add('hardship');

/** Every say/do/never line of the objections and every script line's text, placeholders ({{…}}) left out. */
const texts: string[] = [
  ...pack.objections.flatMap((o) => [...o.say, ...(o.do ?? []), ...(o.never ?? [])]),
  ...pack.scripts.flatMap((s) => s.stages.flatMap((stage) => stage.lines.map((line) => line.text))),
].map((text) => text.replace(/\{\{[^}]*\}\}/g, ''));

describe('zh-CN default pack: flags named by their labels', () => {
  it('has the texts and flag codes this test reads', () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(codes.size).toBeGreaterThan(5);
  });

  it('no text names a flag by its code', () => {
    const found = texts.flatMap((text) =>
      [...codes]
        .filter((code) => new RegExp(`(^|[^a-z-])${code}([^a-z-]|$)`).test(text))
        .map((code) => `${code}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
