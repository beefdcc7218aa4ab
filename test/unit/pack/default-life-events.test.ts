/**
 * Life events a customer gives as the reason for falling behind, which no default card answered
 * (content round 14: 上个月离婚了 put the already-paid card first): divorce or separation, a death in
 * the family other than the cardholder, a new baby, moving abroad, a disaster or fire, being scammed
 * out of one's money, a failed business. The sentences (life-event-sentences.ts) were written before
 * the triggers; here each must find its card in the first three, and no trigger may repeat one.
 */
import type { Objection } from '../../../lib/pack/schema';
import { loadDefaultPack } from './content-helpers';
import { LIFE_EVENT_CARDS, LIFE_EVENTS_EN, LIFE_EVENTS_ZH } from './life-event-sentences';
import { copiesWithProbe, missedTopThree } from './sentence-search';

const PACKS = [
  { locale: 'zh-CN', sentences: LIFE_EVENTS_ZH },
  { locale: 'en-US', sentences: LIFE_EVENTS_EN },
] as const;

describe.each(PACKS)('$locale default pack: life events', ({ locale, sentences }) => {
  const pack = loadDefaultPack(locale);

  it('has a card for each life event, with say, do, never and where it leads', () => {
    for (const id of LIFE_EVENT_CARDS) {
      const card = pack.objections.find((o) => o.id === id);
      expect(card, id).toBeDefined();
      expect(card?.say.length, id).toBeGreaterThan(0);
      expect(card?.do?.length, id).toBeGreaterThan(0);
      expect(card?.never?.length, id).toBeGreaterThan(0);
      expect(card?.leadsTo, id).toBeDefined();
      expect(card?.source, id).toBeTruthy();
    }
  });

  it('finds the card of each life event in the first three from the customer’s own words', () => {
    expect(missedTopThree(pack.objections, sentences)).toEqual([]);
    expect(sentences.map((s) => s.expect).sort()).toEqual(expect.arrayContaining([...LIFE_EVENT_CARDS]));
  });

  it('copies no sentence word for word into a trigger', () => {
    const { copied, probe } = copiesWithProbe(pack.objections, sentences);
    expect(copied).toEqual([]);
    expect(probe).toBe(1);
  });
});

describe('life-event cards: what they must and must not say', () => {
  const zh = loadDefaultPack('zh-CN');
  const en = loadDefaultPack('en-US');
  const card = (objections: readonly Objection[], id: string) => {
    const found = objections.find((o) => o.id === id);
    if (found === undefined) throw new Error(id);
    return { ...found, said: found.say.join(' '), done: (found.do ?? []).join(' ') };
  };

  it('divorce: the cardholder owes; the ex-spouse is a third party who is told nothing', () => {
    const cn = card(zh.objections, 'divorce');
    expect(cn.said).toMatch(/本人/);
    expect(cn.said).toMatch(/不会向对方透露/);
    expect(cn.done).toMatch(/第三方/);
    expect(`${cn.said}${cn.done}`).not.toMatch(/(找|让|请)(你|您)?的?前(夫|妻)[^，。；]{0,6}(还|要|付)/);
    const us = card(en.objections, 'divorce');
    expect(us.said).toMatch(/in your name/);
    expect(us.done).toMatch(/Never contact an ex-spouse/);
  });

  it('a death in the family and a deceased cardholder send the agent to each other', () => {
    for (const [objections, family, deceased] of [
      [zh.objections, '亲人去世', '家属告知本人已去世'],
      [en.objections, 'A death in the family', 'The consumer has died'],
    ] as const) {
      expect(card(objections, 'bereavement').title).toBe(family);
      expect(card(objections, 'deceased').title).toBe(deceased);
      expect(card(objections, 'bereavement').done).toContain(deceased);
      expect(card(objections, 'deceased').done).toContain(family);
      expect(card(objections, 'bereavement').leadsTo).toEqual({ flag: 'vulnerable', disposition: 'CB' });
    }
  });

  it('scammed: report to the police, review not promised, a fee to recover the money is another scam', () => {
    const cn = card(zh.objections, 'scam-victim');
    expect(cn.said).toMatch(/110/);
    expect(cn.said).toMatch(/以我行核查为准/);
    expect(cn.said).toMatch(/二次诈骗/);
    const us = card(en.objections, 'scam-victim');
    expect(us.said).toMatch(/ReportFraud\.ftc\.gov/);
    expect(us.said).toMatch(/can't promise/);
    expect(us.said).toMatch(/for a fee is likely another scam/);
  });

  it('moving abroad: calls only in the customer’s local daytime', () => {
    expect(card(zh.objections, 'moving-abroad').done).toMatch(/当地08:00–22:00/);
    expect(card(en.objections, 'moving-abroad').done).toMatch(/local time \(12 CFR 1006\.6\(b\)\(1\)\(i\)\)/);
  });

  it('every plan a life-event card offers needs approval where the policy asks for it', () => {
    for (const id of ['divorce', 'new-baby', 'disaster', 'scam-victim', 'business-failure']) {
      expect(card(zh.objections, id).said + card(zh.objections, id).done, id).toMatch(/审批/);
    }
    for (const id of ['new-baby', 'disaster']) {
      expect(card(en.objections, id).said, id).toMatch(/approved|confirmed/);
    }
  });
});
