/**
 * Promises the bank cannot keep (content review 10), in both default packs: a fee for a
 * personalised instalment before its agreement exists (art. 70: the agreement states whether fees
 * are charged), and an authority an agent does not have in every segment the card is shown in.
 */
import { hits, loadDefaultPack, spokenTexts } from './content-helpers';

const zh = loadDefaultPack('zh-CN');
const en = loadDefaultPack('en-US');
const fake = (text: string) => [{ where: 'example', text }];

/** 「个性化分期的手续费比普通分期低」: a fee level promised before approval. */
const PERSONALISED_FEE =
  /个性化分期[^。；]{0,8}(手续费|费用|利息)[^。；]{0,8}(比[^。；]{0,8}低|更低|全免|不收|免掉)/;
/** An agent's own authority to cut the amount, said on a card every segment shows. */
const OWN_AUTHORITY =
  /在我(的)?权限内|within my (own )?(authority|limit)|I can (approve|authorize) (it|that|a reduction) myself/i;
describe('default packs: no promise the bank cannot keep', () => {
  it('zh-CN quotes no personalised-instalment fee before the agreement', () => {
    expect(hits(zh, spokenTexts(zh), PERSONALISED_FEE)).toEqual([]);
    expect(hits(zh, fake('个性化分期的手续费比普通分期低。'), PERSONALISED_FEE)).toHaveLength(1);
  });

  it('cards claim no authority of the agent when some segment gives the agent none', () => {
    for (const pack of [zh, en]) {
      const least = Math.min(...pack.planPolicies.map((p) => p.settlement?.agentMaxDiscountRate ?? 0));
      const cards = spokenTexts(pack).filter((s) => !s.where.includes('/'));
      expect(cards.length, pack.locale).toBeGreaterThan(50);
      if (least === 0) expect(hits(pack, cards, OWN_AUTHORITY), pack.locale).toEqual([]);
    }
    expect(Math.min(...zh.planPolicies.map((p) => p.settlement?.agentMaxDiscountRate ?? 0))).toBe(0);
    const before = '在我权限内的，我用系统算好后可以当场跟您确认；超出的要提交审批。';
    expect(hits(zh, fake(before), OWN_AUTHORITY)).toHaveLength(1);
  });
});
