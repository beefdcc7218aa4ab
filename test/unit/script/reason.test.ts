import type { ConditionFacts } from '@/lib/pack/condition';
import { reasonInWords } from '@/lib/script/reason';

const label = (field: string) => ({ dpd: '逾期天数', hardship: '困难客户', flags: 'flags' })[field] ?? field;

describe('a segment reason in plain words', () => {
  const facts: ConditionFacts = { dpd: 12, flags: ['hardship'], hardship: false };

  it('says a comparison in words, never as a symbol', () => {
    expect(reasonInWords({ field: 'dpd', op: 'gte', value: 1 }, facts, label, 'zh-CN')).toBe(
      '逾期天数 12，不少于 1',
    );
    expect(reasonInWords({ field: 'dpd', op: 'lt', value: 30 }, facts, label, 'en')).toBe(
      '逾期天数 12; less than 30',
    );
  });

  it('turns a negation into the opposite comparison', () => {
    const text = reasonInWords({ not: { field: 'dpd', op: 'lt', value: 0 } }, facts, label, 'zh-CN');
    expect(text).toBe('逾期天数 12，不少于 0');
    expect(text).not.toMatch(/[¬<>≥≤]/);
  });

  it('names a flag by its meaning, and only the part of an "any" that held', () => {
    const when = {
      any: [
        { field: 'flags', op: 'eq' as const, value: 'hardship' },
        { field: 'hardship', op: 'eq' as const, value: true },
      ],
    };
    expect(reasonInWords(when, facts, label, 'zh-CN')).toBe('账户标记：困难客户');
    expect(reasonInWords(when, facts, label, 'zh-CN')).not.toContain('hardship');
  });

  it('joins the parts of an "all"', () => {
    const when = {
      all: [
        { field: 'dpd', op: 'gte' as const, value: 1 },
        { field: 'dpd', op: 'lte' as const, value: 30 },
      ],
    };
    expect(reasonInWords(when, facts, label, 'zh-CN')).toBe('逾期天数 12，不少于 1，逾期天数 12，不超过 30');
  });
});
