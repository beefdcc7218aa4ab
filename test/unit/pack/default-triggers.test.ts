/**
 * Issue 11 §4: the default packs' triggers are the customer's words, and each points to exactly one
 * objection card (trigger-ambiguity.ts says what "points to two" means). The counter-examples show
 * each kind of ambiguity is found.
 */
import type { Objection } from '../../../lib/pack/schema';
import { loadDefaultPack } from './content-helpers';
import { triggerAmbiguities } from './trigger-ambiguity';

const LOCALES = ['zh-CN', 'en-US'] as const;
const load = (locale: (typeof LOCALES)[number]) => loadDefaultPack(locale).objections;

function card(id: string, title: string, triggers: string[]): Objection {
  return { id, category: 'x', title, triggers, say: ['…'] };
}

describe('the default packs’ triggers (issue 11 §4)', () => {
  it.each(LOCALES)('%s: each trigger points to exactly one card', (locale) => {
    expect(triggerAmbiguities(load(locale))).toEqual([]);
  });

  it.each(LOCALES)('%s: every card has at least 12 triggers', (locale) => {
    const few = load(locale)
      .filter((o) => o.triggers.length < 12)
      .map((o) => `${o.id}: ${o.triggers.length}`);
    expect(few).toEqual([]);
  });
});

describe('the ambiguity check finds', () => {
  it('a trigger in two cards, also written differently (case, apostrophe), or twice in one', () => {
    const found = triggerAmbiguities([
      card('a', '没钱', ['只能还最低', '手头紧']),
      card('b', '只能还一部分', ['只能还最低', '先还一点']),
      card('c', 'Sue me', ["I DON'T CARE", 'take me to court']),
      card('d', 'Whatever', ['i dont care', 'do what you want']),
      card('e', '手头紧', ['手头紧张', '手头紧张！']),
    ]);
    expect(found.some((p) => p.startsWith('in two cards: a: 只能还最低'))).toBe(true);
    expect(found.some((p) => p.startsWith("in two cards: c: I DON'T CARE"))).toBe(true);
    expect(found).toContain('repeated in its card: e: 手头紧张');
    // Typed, the shared trigger finds both cards equally: one of them is not its own first.
    expect(found.some((p) => /^typed, (finds|ties with) [ab]\b.*只能还最低$/.test(p))).toBe(true);
  });

  it('a trigger that is another card’s title', () => {
    const found = triggerAmbiguities([
      card('not-my-debt', '不是我欠的', ['卡不是我办的', '我没欠钱']),
      card('identity-fraud', '卡不是我办的', ['身份证丢了', '被冒名了']),
    ]);
    expect(found).toContain("another card's title: not-my-debt: 卡不是我办的 | identity-fraud: 卡不是我办的");
  });

  it('a trigger said whole inside another card’s, also once particles and filler are dropped', () => {
    const found = triggerAmbiguities([
      card('abusive', '辱骂', ['滚', '闭嘴']),
      card('fees', '费用太高', ['利滚利', '利息太高']),
      card('stop', '别再打了', ['别再打了', '别打']),
      card('tp', '打给家人', ['别再打我家里人电话', '打我同事']),
      card('sue', 'Sue me', ['so what', 'sue me']),
      card('fees-en', 'Fees', ["that's not what I spent", 'late fees']),
    ]);
    expect(found).toContain("said inside another card's trigger: abusive: 滚 ⊂ fees: 利滚利");
    expect(found).toContain("said inside another card's trigger: stop: 别再打了 ⊂ tp: 别再打我家里人电话");
    expect(found).toContain(
      "said inside another card's trigger: sue: so what ⊂ fees-en: that's not what I spent",
    );
  });

  it('an alternative after a comma, which the search matches on its own', () => {
    const found = triggerAmbiguities([
      card('spouse', 'Spouse', ['this is her husband, go ahead', "I'm the spouse"]),
      card('sue', 'Sue me', ['go ahead and sue', 'see you in court']),
    ]);
    expect(found).toContain("said inside another card's trigger: spouse:  go ahead ⊂ sue: go ahead and sue");
  });

  it('but not two relatives, which the search treats alike on purpose', () => {
    const found = triggerAmbiguities([
      card('third-party', '家人接听', ['我是他爸', '他不在']),
      card('spouse', '配偶接听', ['我是他老婆', '我们是夫妻']),
    ]);
    expect(found.filter((p) => p.startsWith('same once reduced'))).toEqual([]);
  });
});
