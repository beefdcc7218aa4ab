/**
 * Perf 12: the promise in full was read twice per search (the concept readings and the overlap's
 * clash test). Counted through the negation check it makes once per payment in full it finds.
 */
import { readFileSync } from 'node:fs';
import { zhNegatedBefore } from '@/lib/text/negation-zh';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { packSchema } from '../../../lib/pack/schema';

vi.mock('@/lib/text/negation-zh', async (original) => {
  const actual = await original<typeof import('@/lib/text/negation-zh')>();
  return { ...actual, zhNegatedBefore: vi.fn(actual.zhNegatedBefore) };
});

const zh = buildObjectionIndex(
  packSchema.parse(
    JSON.parse(readFileSync(new URL('../../../lib/pack/defaults/zh-CN.json', import.meta.url), 'utf8')),
  ).objections,
);

describe('the promise in full, read once per query', () => {
  it('asks whether the one payment in full is denied once per search, and again for a new query', () => {
    const negated = vi.mocked(zhNegatedBefore);
    // One payment in full (结清), no crisis word: only the promise reading asks about it.
    const query = '等年底奖金发下来我一次性结清';
    const at = query.indexOf('结清');
    const asked = () => negated.mock.calls.filter(([text, i]) => text === query && i === at).length;
    negated.mockClear();
    expect(searchObjections(zh, query)[0]?.objection.id).toBe('later');
    expect(asked()).toBe(1);
    searchObjections(zh, '等年底奖金发下来我一次性');
    searchObjections(zh, query);
    expect(asked()).toBe(2);
  });
});
