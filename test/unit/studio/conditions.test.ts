import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { CATCH_ALL, fieldChoices, parseValueText, rowsOf, valueText, whenOf } from '@/lib/studio/conditions';

describe('condition rows', () => {
  it('reads a comparison, an all/any list and a nested group, and writes them back unchanged', () => {
    const leaf = { field: 'dpd', op: 'gte', value: 61 };
    const nested = { not: { field: 'flags', op: 'eq', value: 'vip' } };
    expect(rowsOf(leaf)).toEqual({ join: 'all', rows: [{ kind: 'comparison', comparison: leaf }] });
    const any = { any: [leaf, nested] };
    const rows = rowsOf(any);
    expect(rows.join).toBe('any');
    expect(rows.rows.map((r) => r.kind)).toEqual(['comparison', 'group']);
    expect(whenOf(rows)).toEqual(any);
    for (const segment of zhPack.segments) expect(whenOf(rowsOf(segment.when))).toEqual(segment.when);
  });

  it('treats the catch-all as no rows, and no rows as the catch-all', () => {
    expect(rowsOf(CATCH_ALL).rows).toEqual([]);
    expect(whenOf({ join: 'any', rows: [] })).toEqual(CATCH_ALL);
    expect(rowsOf({ field: 'accountKey', op: 'exists', value: false }).rows).toHaveLength(1);
  });

  it('parses a value in the field’s type: money to minor units, whole numbers, yes/no, lists', () => {
    expect(parseValueText('1,234.5', 'gte', 'money')).toBe(123450);
    expect(parseValueText('61 天', 'gt', 'int')).toBe(61);
    expect(parseValueText('abc', 'gt', 'int')).toBeNull();
    expect(parseValueText('true', 'eq', 'bool')).toBe(true);
    expect(parseValueText('M1, M2，M3', 'in', 'text')).toEqual(['M1', 'M2', 'M3']);
    expect(parseValueText(' , ', 'in', 'text')).toBeNull();
    expect(parseValueText('x', 'exists', 'text')).toBeUndefined();
    expect(valueText({ field: 'balance', op: 'gte', value: 123450 }, 'money', 'CNY')).toBe('1234.50');
    expect(valueText({ field: 'bucket', op: 'in', value: ['M1', 'M2'] }, 'text', 'CNY')).toBe('M1, M2');
  });

  it('offers the vocabulary, bucket and the draft adapters’ own fields', () => {
    const draft = { crm: { adapters: [{ fields: { dpd: { parse: 'int' }, vipLevel: { parse: 'int' } } }] } };
    const names = fieldChoices(draft).map((f) => f.name);
    expect(names).toContain('dpd');
    expect(names).toContain('bucket');
    expect(fieldChoices(draft).find((f) => f.name === 'vipLevel')).toEqual({
      name: 'vipLevel',
      parse: 'int',
    });
    expect(names.filter((n) => n === 'dpd')).toHaveLength(1);
  });
});
