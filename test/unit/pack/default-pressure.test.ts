/**
 * Read-aloud lines put no pressure on the debtor (DOMAIN.md §3: no coercion; CBA 2026 guideline: no
 * misleading or exaggerated statements), in either default pack (content review 10): no deadline of
 * "today" the bank does not set, no "be sure to pay", and never an end of the calls bought with a
 * payment — the zh 「别再打了」 card said 「按约定还款以后，就不需要再打扰您了」 while the 「骚扰」
 * card forbids 「你还钱我们就不打了」. Checked on folded text (您→你).
 */
import { hits, loadDefaultPack, spokenTexts } from './content-helpers';

const zh = loadDefaultPack('zh-CN');
const en = loadDefaultPack('en-US');
const fake = (text: string) => [{ where: 'example', text }];

const ZH = {
  todayDeadline:
    /今天(就)?(需要|必须|一定|得)(要)?(和你|跟你)?(把)?[^。，；]{0,8}(定下来|还上|还清|解决|处理)/,
  beSureToPay: /一定(要)?按[^。；]{0,8}还/,
  stopOncePaid: /还(款|钱|清|上)(以后|之后|了)[^。；]{0,6}(不需要|不用|不会|不)再?(打扰|打电话|打|联系)/,
};
const EN = {
  todayDeadline:
    /(?<!(n't|not|never) )\b(must|have to|need to) (pay|decide|settle|agree)[^.]{0,40}\btoday\b/i,
  stopOncePaid:
    /\b(once|after|when|as soon as) you('ve| have)? pa(y|id)\b[^.]{0,30}\b(stop|no more|won't|will not) (call|contact)/i,
};

describe('default packs: no pressure in what the agent says', () => {
  it('zh-CN: no deadline of today, no “be sure to pay”, no calls that stop once the debtor pays', () => {
    const spoken = spokenTexts(zh);
    expect(spoken.length).toBeGreaterThan(200);
    for (const [name, pattern] of Object.entries(ZH)) expect(hits(zh, spoken, pattern), name).toEqual([]);
  });

  it('zh-CN: the lines as they were before this review are caught', () => {
    expect(
      hits(zh, fake('逾期时间已经比较长了，今天需要和您把还款的事情定下来。'), ZH.todayDeadline),
    ).toHaveLength(1);
    expect(hits(zh, fake('谢谢您。请一定按约定的时间还款，我们到时候会跟进。'), ZH.beSureToPay)).toHaveLength(
      1,
    );
    expect(hits(zh, fake('按约定还款以后，就不需要再打扰您了。'), ZH.stopOncePaid)).toHaveLength(1);
    // A fact about a payment already made is no bargain.
    expect(hits(zh, fake('核实到账后就不再打扰您。'), ZH.stopOncePaid)).toEqual([]);
  });

  it('en-US: no deadline of today and no calls that stop once the consumer pays', () => {
    const spoken = spokenTexts(en);
    expect(spoken.length).toBeGreaterThan(200);
    for (const [name, pattern] of Object.entries(EN)) expect(hits(en, spoken, pattern), name).toEqual([]);
    expect(hits(en, fake('You need to pay the past-due amount today.'), EN.todayDeadline)).toHaveLength(1);
    expect(hits(en, fake('Once you pay, we will stop calling you.'), EN.stopOncePaid)).toHaveLength(1);
    expect(hits(en, fake("We don't need to settle anything today."), EN.todayDeadline)).toEqual([]);
  });
});
