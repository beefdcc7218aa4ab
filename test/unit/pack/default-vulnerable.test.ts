/**
 * A path for a vulnerable customer (content review 11): elderly or confused, seriously ill, recently
 * bereaved, or someone speaking for them. Both default packs give the agent a flag with a label, a
 * card to open, a check before a promise is recorded, and the same steps: no new plan, no promise
 * from someone who cannot follow it, a callback with someone they trust, a supervisor told.
 */
import type { Pack } from '../../../lib/pack/schema';
import { foldText } from '../../../lib/text/fold';
import { loadDefaultPack } from './content-helpers';

const packs = { 'zh-CN': loadDefaultPack('zh-CN'), 'en-US': loadDefaultPack('en-US') } as const;

/** The steps a compliance lead expects, in each pack's words (folded). */
const STEPS = {
  'zh-CN': {
    noPlan: /不(介绍|谈)[^。]{0,8}方案/,
    noPromise: /不(记录|要)[^。]{0,4}承诺/,
    callback: /信任的人/,
    supervisor: /报告主管|转主管/,
  },
  'en-US': {
    noPlan: /no (new )?plan/,
    noPromise: /(take|record) no promise|no promise/,
    callback: /someone they trust/,
    supervisor: /supervisor/,
  },
} as const;

const vulnerableFlag = (pack: Pack) =>
  pack.rules.flatMap((r) => (r.type === 'stopFlag' ? r.flags : [])).find((f) => f.flag === 'vulnerable');
const card = (pack: Pack) => pack.objections.find((o) => o.leadsTo?.flag === 'vulnerable');

describe.each(Object.entries(packs))('%s: the vulnerable customer', (locale, pack) => {
  const steps = STEPS[locale as keyof typeof STEPS];

  it('has a flag agents see by its label, which warns and does not block the callback', () => {
    const flag = vulnerableFlag(pack);
    expect(flag?.label).toBeTruthy();
    expect(flag?.label).not.toBe('vulnerable');
    expect(flag?.severity).toBe('warn');
  });

  it('has one card that leads to the flag and a callback, with every step', () => {
    const found = card(pack);
    expect(found?.leadsTo).toMatchObject({ flag: 'vulnerable', disposition: 'CB' });
    expect(found?.triggers.length).toBeGreaterThanOrEqual(12);
    const does = foldText((found?.do ?? []).join(' '));
    for (const [step, pattern] of Object.entries(steps)) expect(does, step).toMatch(pattern);
    // Someone speaking for the customer needs the customer's own consent or a document first.
    expect(foldText(found?.say.join(' ') ?? '')).toMatch(/委托书|监护人|power of attorney|guardian/);
  });

  it('every script sends the agent to the card where the reason is heard, and the illness and third-party cards too', () => {
    const title = card(pack)?.title ?? '(no card)';
    for (const script of pack.scripts) {
      const understand = script.stages.filter((s) => s.phase === 'understand');
      const named = understand.some((s) => s.lines.some((l) => l.text.includes(title)));
      expect(named, script.id).toBe(true);
    }
    const thirdParty = pack.objections.find((o) => o.id === 'third-party');
    expect(thirdParty?.do?.join(' '), 'third-party').toContain(title);
    const illness = pack.objections.find((o) => o.id === 'illness');
    expect(illness?.do?.join(' '), 'illness').toContain(vulnerableFlag(pack)?.label ?? '(no label)');
  });

  it('checks the customer understood before a promise is recorded, in every commit stage', () => {
    const item = pack.checklist.find((c) => c.id === 'understood-check');
    expect(item?.phase).toBe('commit');
    for (const script of pack.scripts)
      for (const stage of script.stages.filter((s) => s.phase === 'commit')) {
        expect(stage.checklist, `${script.id}/${stage.id}`).toContain('understood-check');
        expect(
          stage.lines.some((l) => l.ticks?.includes('understood-check')),
          `${script.id}/${stage.id}`,
        ).toBe(true);
      }
  });
});
