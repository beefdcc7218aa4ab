/**
 * Guard round 4 on unseen wording (issue: the guard on wording nobody wrote into it): the causes
 * that recurred across the probe and blind sets, each as a mechanism — a denial with `going to`,
 * a neutral statement of law, the customer named before a clause of how they were, and the word
 * groups and sentence windows of the default packs. Every line here is made up for this test (no
 * blind-set line).
 */
import { describe, expect, it } from 'vitest';
import { customerSpans } from '@/lib/compliance/customer-speech';
import { denialBefore, deniedAfter } from '@/lib/compliance/denial';
import { normaliseForMatch } from '@/lib/compliance/phrase-matcher';
import { checkNote, findForbiddenPhrases } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { pack as enPack } from '../pack/default-en-pack';
import { pack as zhPack } from '../pack/default-zh-pack';

const categories = (text: string, rules: readonly Rule[]) =>
  new Set(
    checkNote(text, rules)
      .filter((m) => m.speaker === 'agent')
      .map((m) => m.category),
  );

/** The frame that denies the act written after `|` in `line`. */
function frameOf(line: string): string | null {
  const [before = '', act = ''] = line.split('|');
  const text = normaliseForMatch(before + act).text;
  return denialBefore(text, text.length - normaliseForMatch(act).text.length);
}

/** Whether the rest of `line` after `|` takes back the act written before it. */
function deniedAfterAct(line: string): boolean {
  const [act = '', rest = ''] = line.split('|');
  const text = normaliseForMatch(act + rest).text;
  return deniedAfter(text, normaliseForMatch(act).text.length);
}

describe('denials and statements of law', () => {
  it.each([
    ["we're not going to |phone your sister", 'enNegated'],
    ['i am never gonna |visit your office', 'enNegated'],
    ['only a court, after a hearing, can |seize a car', 'lawOnlyBy'],
    ['只有人民法院才能|冻结账户', 'lawOnlyBy'],
  ])('%s → %s', (line, frame) => {
    expect(frameOf(line)).toBe(frame);
  });

  it.each(["we're going to |phone your sister", 'the court will |seize your car', '法院明天就|冻结账户'])(
    '%s is no denial',
    (line) => {
      expect(frameOf(line)).toBeNull();
    },
  );

  it.each([
    'a lien| can only be placed by a judge',
    'a levy| requires a court order first',
    '查封|必须经过法院判决',
    '扣划工资|需要有生效判决',
  ])('%s is a statement of law', (line) => {
    expect(deniedAfterAct(line)).toBe(true);
  });

  it.each(['a lien| will be placed tomorrow', '查封|明天就办'])('%s is not', (line) => {
    expect(deniedAfterAct(line)).toBe(false);
  });

  it('keeps a lawful process sentence silent and the assertion flagged', () => {
    expect(categories('Repossession can only happen after a judge rules on it.', enPack.rules).size).toBe(0);
    expect(
      categories('Your account will be charged off; that goes to the credit bureaus.', enPack.rules).size,
    ).toBe(0);
    expect(categories('We will garnish your wages, no judge involved.', enPack.rules).size).toBeGreaterThan(
      0,
    );
  });
});

describe('who speaks in a note', () => {
  const customerText = (text: string) => customerSpans(text).map((s) => text.slice(s.start, s.end));

  it('names the customer before a clause of how they were', () => {
    expect(customerText('客户非常生气，说要去网上发帖').join('')).toContain('网上发帖');
  });

  it('reads 见到他说一声 as the agent asking someone to pass a word on', () => {
    expect(customerText('你碰到他说一声，让他回电')).toEqual([]);
  });
});

describe('a sentence window (……) between pieces', () => {
  const rules: Rule[] = [
    {
      id: 'p',
      title: 't',
      source: 's',
      severity: 'block',
      type: 'forbiddenPhrases',
      families: { owed: ['unpaid', 'overdue'] },
      categories: [
        {
          category: 'thirdPartyDisclosure',
          phrases: ['left a note……{owed}', '留言……逾期', 'told…{owed}'],
          instead: 'x',
        },
      ],
    },
  ];
  const hit = (text: string) => findForbiddenPhrases(text, rules).map((m) => text.slice(m.start, m.end));

  it('reaches across a long clause of the same sentence', () => {
    const far =
      'Left a note with the lady at the front counter asking the tenant to ring us about the unpaid bill.';
    expect(hit(far)).toEqual([
      'Left a note with the lady at the front counter asking the tenant to ring us about the unpaid',
    ]);
    expect(hit('在物业办公室的登记本上留言，请住户张某尽快处理逾期')).toHaveLength(1);
  });

  it('stops at the end of the sentence and at its bound', () => {
    expect(hit('Left a note at the desk. The bill is unpaid.')).toEqual([]);
    expect(hit(`Left a note ${'and more words '.repeat(8)}about the unpaid bill`)).toEqual([]);
  });

  it('leaves a single … as short as before', () => {
    expect(hit('Told the manager at the front counter of the shop about the unpaid bill')).toEqual([]);
  });
});
