import type { AccountContext } from '@/lib/crm/context';
import { explain, factsOf, holds } from '@/lib/pack/condition';
import type { Condition } from '@/lib/pack/schema';

const facts = {
  dpd: 75,
  bucket: 'M3',
  name: '张伟',
  flags: ['complaint', 'hardship'],
  hardship: true,
  dueDate: '2026-09-15',
};

describe('conditions over the account', () => {
  it.each<[string, Condition, boolean]>([
    ['eq number', { field: 'dpd', op: 'eq', value: 75 }, true],
    ['eq text ignores case', { field: 'bucket', op: 'eq', value: 'm3' }, true],
    ['eq bool', { field: 'hardship', op: 'eq', value: true }, true],
    ['eq on a list means contains', { field: 'flags', op: 'eq', value: 'complaint' }, true],
    ['eq on a list, absent', { field: 'flags', op: 'eq', value: 'attorney' }, false],
    ['ne', { field: 'bucket', op: 'ne', value: 'M1' }, true],
    ['ne on a list', { field: 'flags', op: 'ne', value: 'hardship' }, false],
    ['gt', { field: 'dpd', op: 'gt', value: 75 }, false],
    ['gte', { field: 'dpd', op: 'gte', value: 75 }, true],
    ['lt', { field: 'dpd', op: 'lt', value: 61 }, false],
    ['lte', { field: 'dpd', op: 'lte', value: 75 }, true],
    ['dates compare as ISO text', { field: 'dueDate', op: 'lt', value: '2026-10-01' }, true],
    ['in', { field: 'bucket', op: 'in', value: ['M2', 'M3'] }, true],
    ['in on a list intersects', { field: 'flags', op: 'in', value: ['attorney', 'hardship'] }, true],
    ['exists', { field: 'name', op: 'exists' }, true],
    ['exists false', { field: 'phone', op: 'exists', value: false }, true],
    ['missing field: comparisons are false', { field: 'phone', op: 'gt', value: 1 }, false],
    ['missing field: eq is false', { field: 'phone', op: 'eq', value: '1' }, false],
    ['missing field: ne is true', { field: 'phone', op: 'ne', value: '1' }, true],
    ['number against text never matches', { field: 'dpd', op: 'gt', value: 'abc' }, false],
    [
      'all',
      {
        all: [
          { field: 'dpd', op: 'gte', value: 61 },
          { field: 'hardship', op: 'eq', value: true },
        ],
      },
      true,
    ],
    [
      'any',
      {
        any: [
          { field: 'dpd', op: 'lt', value: 30 },
          { field: 'bucket', op: 'eq', value: 'M3' },
        ],
      },
      true,
    ],
    ['not', { not: { field: 'dpd', op: 'gte', value: 61 } }, false],
  ])('%s', (_name, condition, expected) => {
    expect(holds(condition, facts)).toBe(expected);
  });

  it('does not read inherited properties as fields', () => {
    expect(holds({ field: 'constructor', op: 'exists' }, facts)).toBe(false);
  });

  it('stops at an absurd depth instead of overflowing', () => {
    let deep: Condition = { field: 'dpd', op: 'gt', value: 0 };
    for (let i = 0; i < 50; i++) deep = { not: { not: deep } };
    expect(holds(deep, facts)).toBe(false);
  });

  it('explains why it held, with the CRM labels', () => {
    const label = (f: string) => ({ dpd: '逾期天数' })[f] ?? f;
    expect(explain({ field: 'dpd', op: 'gte', value: 61 }, facts, label)).toBe('逾期天数 75 ≥ 61');
    expect(
      explain(
        {
          any: [
            { field: 'dpd', op: 'lt', value: 30 },
            { field: 'flags', op: 'eq', value: 'hardship' },
          ],
        },
        facts,
        label,
      ),
    ).toBe('flags complaint,hardship = hardship');
  });

  it('derives the bucket from days past due', () => {
    const context: AccountContext = {
      adapterId: 'a',
      accountKey: 'K',
      fields: { dpd: { raw: '45 天', value: 45, parse: 'int', source: { label: '逾期天数' } } },
      problems: [],
      url: 'u',
      readAt: 0,
    };
    expect(factsOf(context)).toEqual({ accountKey: 'K', dpd: 45, bucket: 'M2' });
    expect(factsOf(null)).toEqual({});
  });
});

describe('text compared through the one folding (session 13)', () => {
  const facts = (segment: string) => ({ segment });
  it.each([
    ['高風險', '高风险'],
    ['ＶＩＰ', 'vip'],
    ['V\u200bIP', 'VIP'],
    ['白金\u00ad卡', '白金卡'],
    ['您的客户', '你的客户'],
  ])('%j on the page equals %j in the pack', (page, pack) => {
    expect(holds({ field: 'segment', op: 'eq', value: pack }, facts(page))).toBe(true);
    expect(holds({ field: 'segment', op: 'in', value: ['x', pack] }, facts(page))).toBe(true);
    expect(holds({ field: 'segment', op: 'ne', value: pack }, facts(page))).toBe(false);
  });

  it('still tells different values apart', () => {
    expect(holds({ field: 'segment', op: 'eq', value: '高风险' }, facts('低风险'))).toBe(false);
    expect(holds({ field: 'segment', op: 'eq', value: 'vip' }, facts('vip2'))).toBe(false);
  });
});
