/**
 * A cardholder in prison or detention (or just out), a customer who will take the bank to court
 * or arbitration, and one who asks whether the caller is licensed or an outsourced agency
 * (content round 16). The sentences (custody-legal-sentences.ts) were written before the
 * triggers; each must find its card in the first three, and no trigger may repeat one.
 */
import { loadDefaultPack } from './content-helpers';
import { CUSTODY_CARD, CUSTODY_LEGAL_EN, CUSTODY_LEGAL_ZH } from './custody-legal-sentences';
import { copiesWithProbe, missedTopThree } from './sentence-search';

const PACKS = [
  { locale: 'zh-CN', sentences: CUSTODY_LEGAL_ZH },
  { locale: 'en-US', sentences: CUSTODY_LEGAL_EN },
] as const;

describe.each(PACKS)('$locale default pack: custody, suing the bank, licence', ({ locale, sentences }) => {
  const pack = loadDefaultPack(locale);

  it('finds the answering card in the first three from the customer’s own words', () => {
    expect(missedTopThree(pack.objections, sentences)).toEqual([]);
  });

  it('copies no sentence word for word into a trigger', () => {
    const { copied, probe } = copiesWithProbe(pack.objections, sentences);
    expect(copied).toEqual([]);
    expect(probe).toBe(1);
  });
});

describe('zh-CN: what the custody, suing and licence answers must and must not say', () => {
  const zh = loadDefaultPack('zh-CN');
  const card = (id: string) => {
    const found = zh.objections.find((o) => o.id === id);
    if (found === undefined) throw new Error(id);
    return { ...found, said: found.say.join(' '), done: (found.do ?? []).join(' ') };
  };

  it('in custody: a relative is a third party told nothing; the released customer gets approved hardship options', () => {
    const c = card(CUSTODY_CARD);
    expect(c.never?.length).toBeGreaterThan(0);
    expect(c.source).toMatch(/第68条/);
    expect(c.done).toMatch(/第三方/);
    expect(c.done).toMatch(/TPC/);
    expect(c.done).toMatch(/HRD/);
    expect(c.said).toMatch(/审批/);
    expect(c.leadsTo).toEqual({ disposition: 'TPC' });
    // What a relative hears names no debt and asks nothing of them.
    const toRelative = c.say.slice(0, 2).join(' ');
    expect(toRelative).not.toMatch(/欠|还款|还钱|信用卡|逾期|催收|账单|{{bank\.name}}/);
    expect(`${c.said}${c.done}`).not.toMatch(
      /(家里|家属|家人)[^，。；]{0,4}(替|帮|代)[^，。；]{0,3}还(?!款号码)/,
    );
    // No word about the record or the charge in what the agent says.
    expect(c.said).not.toMatch(/案底|罪名|犯罪|坐过牢/);
    expect(c.done).toMatch(/不写罪名/);
  });

  it('a customer who will sue or go to arbitration is not discouraged; a licence question is answered', () => {
    expect(card('will-complain').done).toMatch(/起诉[^。]*仲裁[^。]*不劝阻/);
    expect(card('scam').done).toMatch(/外包[^。]*如实/);
  });
});

describe('en-US: suing the bank is not discouraged', () => {
  it('the complaint card names a lawsuit and arbitration', () => {
    const en = loadDefaultPack('en-US');
    const done = (en.objections.find((o) => o.id === 'will-complain')?.do ?? []).join(' ');
    expect(done).toMatch(/discourage a complaint, lawsuit or arbitration/);
  });
});
