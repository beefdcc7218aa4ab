/**
 * The zh-CN default pack must not bring back any H finding of the compliance review
 * (shared/reviews/2026-11-pack-content.md, issue 13 §6), and every objection must be findable from
 * what a customer says. Each check runs on folded text (您→你, width), so a polite or full-width
 * variant of a banned sentence is caught too; each has a counter-example showing it can fail.
 */
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { firstTickBeforeFirstAsk, hits, loadDefaultPack, spokenTexts } from './content-helpers';

const pack = loadDefaultPack('zh-CN');
const spoken = spokenTexts(pack);
const fake = (text: string) => [{ where: 'example', text }];

/** Clauses that match `pattern` and are not a prohibition (不建议…借钱 is the rule, not a breach). */
function affirmed(texts: readonly { where: string; text: string }[], pattern: RegExp): string[] {
  return hits(pack, texts, pattern).filter((hit) =>
    hit.split(/[,，。；;：:]/).some((clause) => pattern.test(clause) && !/不|别|勿|没有|禁止/.test(clause)),
  );
}

/** Z1, Z2: steering the debtor to borrow, from family or anyone (CBA 2026: 新增借贷). */
const FAMILY_BORROWING =
  /家里(人)?(能|可以)?(帮|凑|借|出)|(向|找|跟)(家人|家里|亲戚|朋友|父母)[^,。；]{0,4}(借|凑|要)|借(钱|点)(来)?还/;
/** Z4: paying the overdue amount does not stop interest on the rest. */
const INTEREST_STOPS =
  /(利息[^,。；]{0,12}(不会再|就不再|停止)(累计|产生|计)|不再(计息|收利息)|(利息|违约金)和(利息|违约金)就不会再)/;
/** Z6: card status and credit record promised back to normal. */
const BACK_TO_NORMAL = /(账户|卡片|征信)(就能|就会|会)?恢复正常/;

describe('zh-CN pack: the review’s H findings stay fixed', () => {
  it('never steers the debtor to borrow from family or friends (Z1, Z2)', () => {
    expect(affirmed(spoken, FAMILY_BORROWING)).toEqual([]);
    expect(affirmed(fake('如果家里能帮您凑出一笔钱一次性结清'), FAMILY_BORROWING)).toHaveLength(1);
    expect(affirmed(fake('或者家里能帮衬一些？'), FAMILY_BORROWING)).toHaveLength(1);
    expect(affirmed(fake('您可以找朋友借点先还上'), FAMILY_BORROWING)).toHaveLength(1);
    expect(affirmed(fake('不建议客户借钱来还'), FAMILY_BORROWING)).toEqual([]);
  });

  it('never says interest stops once the overdue amount is paid, nor that the account is normal again (Z4, Z6)', () => {
    expect(hits(pack, spoken, INTEREST_STOPS)).toEqual([]);
    expect(hits(pack, spoken, BACK_TO_NORMAL)).toEqual([]);
    expect(
      hits(pack, fake('一次性还清逾期金额，后面的利息和违约金就不会再累计。'), INTEREST_STOPS),
    ).toHaveLength(1);
    expect(hits(pack, fake('还上就账户就能恢复正常'), BACK_TO_NORMAL)).toHaveLength(1);
  });

  it('mentions 停息挂账 only to say it is not a product (Z3)', () => {
    const named = spoken.filter((s) => s.text.includes('停息挂账'));
    expect(named.length).toBeGreaterThan(0);
    for (const s of named) expect(s.text, s.where).toMatch(/不是|不要|不需要|并非/);
    const wrong = '个性化分期，也就是大家常说的停息挂账';
    expect(/不是|不要|不需要|并非/.test(wrong)).toBe(false);
  });

  it('says the art. 70 disclosures wherever 个性化分期 is offered (Z11)', () => {
    for (const script of pack.scripts) {
      // Where it is offered (the commit stage only reads back what was already disclosed).
      const offers = script.stages.filter(
        (st) => st.phase !== 'commit' && st.lines.some((l) => l.text.includes('个性化分期')),
      );
      expect(offers.length, script.id).toBeGreaterThan(0);
      for (const stage of offers) {
        const must = stage.lines.find((l) => l.must && l.ticks?.includes('personalised-disclosures'));
        expect(must?.text, `${script.id}/${stage.id}`).toMatch(/协议为准/);
        expect(must?.text).toMatch(/不再申请任何信用卡/);
        expect(must?.text).toMatch(/不会因此消除/);
        expect(must?.source).toContain('第70条');
      }
    }
  });

  it('names neither the card nor the debt to a third party, and the recording notice is the first thing said', () => {
    const thirdParty = spoken.filter((s) => s.phase === 'thirdParty' && !s.where.includes('guard'));
    expect(hits(pack, thirdParty, /信用卡|欠|逾期|还款|催收|{{bank\.name}}/)).toEqual([]);
    for (const [id, ok] of Object.entries(firstTickBeforeFirstAsk(pack, 'recording-notice')))
      expect(ok, id).toBe(true);
  });

  it('keeps one settlement authority: interest and fees only, never below principal without the named approval (Z7)', () => {
    for (const policy of pack.planPolicies) {
      expect(policy.settlement?.basis, policy.id).toBe('interestAndFees');
      expect(policy.settlement?.belowPrincipalApproval, policy.id).toBeTruthy();
    }
    expect(hits(pack, spoken, /本金不减免|只针对利息和违约金|减免一部分利息和违约金/).length).toBeGreaterThan(
      3,
    );
    expect(hits(pack, spoken, /减免[^。]{0,10}欠款的\d+%|10%以内坐席/)).toEqual([]);
  });

  it('keeps the sources of what it changed', () => {
    const ids = [
      'e-identify-greet',
      'h-negotiate-settlement',
      'l-negotiate-full',
      'm-negotiate-full',
      'h-negotiate-proof',
    ];
    const lines = pack.scripts.flatMap((s) => s.stages.flatMap((st) => st.lines));
    for (const id of ids) expect(lines.find((l) => l.id === id)?.source, id).toBeTruthy();
    for (const o of pack.objections) expect(o.source, o.id).toBeTruthy();
    const retention = pack.rules.find((r) => r.type === 'retention');
    expect(retention?.title).toMatch(/本机.*90天.*录音系统/);
  });
});

describe('zh-CN pack: objections are found from the customer’s words', () => {
  /** A trigger in the customer's voice names a person or is a short spoken clause, not a heading. */
  const SPOKEN = /[我你他她咱俺]|吧|吗|呢|了|啊|没|不|别/;

  it('gives every objection at least five triggers, three or more in the customer’s own voice', () => {
    for (const o of pack.objections) {
      expect(o.triggers.length, o.id).toBeGreaterThanOrEqual(5);
      const voiced = o.triggers.filter((t) => SPOKEN.test(t));
      expect(voiced.length, `${o.id}: ${o.triggers.join(' / ')}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('adds the phrasings the review found missing', () => {
    const all = new Map(pack.objections.flatMap((o) => o.triggers.map((t) => [t, o.id] as const)));
    for (const t of ['只能还最低', '停息挂账', '第70条', '你们这是违法', '高利贷'])
      expect(all.has(t), t).toBe(true);
  });

  it('finds the deceased card, not the self-harm card, when a relative reports a death', () => {
    const index = buildObjectionIndex(pack.objections);
    for (const query of ['他去世了', '我爸去世了', '人已经走了', '他已经死了', '本人过世了']) {
      const [top] = searchObjections(index, query);
      expect(top?.objection.id, query).toBe('deceased');
    }
    for (const query of ['不想活了', '活着没意思']) {
      expect(searchObjections(index, query)[0]?.objection.id, query).toBe('self-harm');
    }
  });

  it('each new card says, does, never and leads somewhere', () => {
    for (const id of ['deceased', 'tp-complaint', 'sued-already', 'credit-report', 'personalised-request']) {
      const o = pack.objections.find((x) => x.id === id);
      expect(o?.say.length, id).toBeGreaterThan(0);
      expect(o?.do?.length, id).toBeGreaterThan(0);
      expect(o?.never?.length, id).toBeGreaterThan(0);
      expect(o?.leadsTo, id).toBeDefined();
    }
    const leads = Object.fromEntries(pack.objections.map((o) => [o.id, o.leadsTo?.flag]));
    expect(leads).toMatchObject({
      deceased: 'deceased',
      'sued-already': 'litigation',
      'tp-complaint': 'tp-no-contact',
    });
  });
});
