/**
 * Call hours restated in a text must be the call-window rule's (content review 10): the zh-CN cards
 * book callbacks 「当地08:00–22:00之间」, the en-US ones "within 8 a.m. to 9 p.m."; a bank that moves
 * the rule (21:00 is a common stricter choice) would leave the agent booking by the old text.
 */
import { lintPack } from '../../../lib/pack/lint';
import { contentFindings } from '../../../lib/pack/lint-content';
import type { Pack } from '../../../lib/pack/schema';
import { loadDefaultPack } from './content-helpers';

const zh = loadDefaultPack('zh-CN');
const en = loadDefaultPack('en-US');

function withWindow(pack: Pack, end: string): Pack {
  return { ...pack, rules: pack.rules.map((r) => (r.type === 'callWindow' ? { ...r, end } : r)) };
}
const hourFindings = (pack: Pack) => contentFindings(pack).filter((f) => f.code === 'callHoursDiffer');

describe('pack lint: call hours stated in a text', () => {
  it('finds none in the default packs, whose texts state their rule’s hours', () => {
    for (const pack of [zh, en])
      expect(lintPack(pack).filter((f) => f.code === 'callHoursDiffer')).toEqual([]);
  });

  it('finds every zh-CN line once the window ends at 21:00', () => {
    const found = hourFindings(withWindow(zh, '21:00'));
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.map((f) => f.path)).toContain(
      `objections[${zh.objections.findIndex((o) => o.id === 'bad-time')}].do[0]`,
    );
    expect(found[0]?.message.zh).toContain('08:00–21:00');
    expect(found[0]?.severity).toBe('warning');
  });

  it('reads a.m./p.m. hours in en-US texts', () => {
    const found = hourFindings(withWindow(en, '20:00'));
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found[0]?.message.en).toMatch(/8 a\.m\. (and|to) 9 p\.m\..*08:00–20:00/);
  });
});
