/**
 * The crisis path is not jurisdiction-specific (DOMAIN.md §4: self-harm stops collection at once),
 * so both default packs tell the agent when to open the crisis card, by its title, in every stage
 * where the debtor says why they cannot pay (content review 10: en-US did in its hardship stage only,
 * zh-CN nowhere). Objection cards keep crisis words out of their lines (crisis-false-positives).
 */
import { lintPack } from '../../../lib/pack/lint';
import { contentFindings } from '../../../lib/pack/lint-content';
import type { Pack } from '../../../lib/pack/schema';
import { loadDefaultPack, mapLines } from './content-helpers';

const packs = [loadDefaultPack('zh-CN'), loadDefaultPack('en-US')];
const crisisTitle = (pack: Pack) => pack.objections.find((o) => o.severity === 'crisis')?.title ?? '(none)';
/** Stages where the agent learns why the debtor cannot pay (they tick the hardship question). */
const HARDSHIP_ITEMS = new Set(['reason-asked', 'hardship-asked']);

describe.each(packs.map((p) => [p.locale, p] as const))('%s: the crisis card is named', (_locale, pack) => {
  it('in every stage that asks about hardship', () => {
    const title = crisisTitle(pack);
    const stages = pack.scripts.flatMap((script) =>
      script.stages
        .filter(
          (st) =>
            st.phase === 'understand' && st.lines.some((l) => l.ticks?.some((t) => HARDSHIP_ITEMS.has(t))),
        )
        .map((st) => ({
          where: `${script.id}/${st.id}`,
          named: st.lines.some((l) => l.text.includes(title)),
        })),
    );
    expect(stages.length).toBeGreaterThanOrEqual(pack.scripts.length);
    expect(stages.filter((s) => !s.named).map((s) => s.where)).toEqual([]);
  });

  it('and the pack lint has nothing to say about it', () => {
    expect(lintPack(pack).filter((f) => f.code === 'crisisCardNotNamed')).toEqual([]);
  });
});

it('the lint names each script that never points to the crisis card', () => {
  const [zh] = packs as [Pack, Pack];
  const title = crisisTitle(zh);
  const without = mapLines(zh, (l) => ({ ...l, text: l.text.split(`「${title}」`).join('危机') }));
  const found = contentFindings(without);
  expect(found.map((f) => f.path)).toEqual(zh.scripts.map((_, s) => `scripts[${s}]`));
  expect(found[0]?.message.zh).toContain(`「${title}」`);
});

it('reads a title written in full-width or traditional form as the title (the one folding)', () => {
  const [zh] = packs as [Pack, Pack];
  const title = crisisTitle(zh);
  // 提到轻生 → 提到輕生: the same card, as an agent on a traditional-script keyboard writes it.
  const traditional = title.replace('轻', '輕');
  expect(traditional).not.toBe(title);
  const rewritten = mapLines(zh, (l) => ({ ...l, text: l.text.split(title).join(traditional) }));
  expect(contentFindings(rewritten).filter((f) => f.code === 'crisisCardNotNamed')).toEqual([]);
});
