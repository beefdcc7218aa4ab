import { MISS_FORMAT } from '@/lib/objections/misses';
import { readDraft } from '@/lib/studio/edit';
import {
  addTrigger,
  coveringCard,
  draftCards,
  groupMisses,
  missKey,
  oneEditApart,
  suggestedCard,
} from '@/lib/studio/miss-groups';
import { type Miss, readMissFile } from '@/lib/studio/misses';
import { written } from '../../helpers/written';

const miss = (query: string, extra: Partial<Miss> = {}): Miss => ({
  date: '2026-11-20',
  query,
  reason: 'none',
  ...extra,
});

describe('readMissFile', () => {
  it('reads the options page export', () => {
    const file = {
      format: MISS_FORMAT,
      count: 1,
      misses: [miss('我已经还了', { phase: 'negotiate', opened: 'paid' })],
    };
    expect(readMissFile('a.json', JSON.stringify(file))).toEqual({ ok: true, misses: file.misses });
  });

  it('names the file and the reason for broken JSON, another file, or a bad entry', () => {
    const message = (text: string) => {
      const read = readMissFile('misses.json', text);
      return read.ok ? 'ok' : read.message.en;
    };
    expect(message('{"format":')).toBe('misses.json: Not valid JSON');
    expect(message(JSON.stringify({ format: 'call-assist/pack@1' }))).toMatch(
      /^misses.json: Not a search-miss file/,
    );
    const bad = { format: MISS_FORMAT, count: 1, misses: [miss('x', { reason: 'maybe' as 'none' })] };
    expect(message(JSON.stringify(bad))).toMatch(/^misses.json: .*misses\[0\]\.reason/);
  });
});

describe('groupMisses', () => {
  it('groups by folded text without spaces, punctuation or final particles, largest first', () => {
    const groups = groupMisses([
      miss('您 已经 还了吗？', { phase: 'negotiate', opened: 'paid' }),
      miss('你已经还了', { reason: 'weak', phase: 'negotiate', opened: 'paid' }),
      miss('你已经还了', { phase: 'identify', date: '2026-11-22' }),
      miss('ＡＢＣ卡', { opened: 'other' }),
      miss('abc卡'),
    ]);
    expect(missKey('您 已经 还了吗？')).toBe(missKey('你已经还了'));
    expect(groups.map((g) => [g.query, g.count])).toEqual([
      ['你已经还了', 3],
      ['abc卡', 2],
    ]);
    const [paid] = groups;
    expect(paid).toMatchObject({
      variants: ['你已经还了', '您 已经 还了吗？'],
      none: 2,
      weak: 1,
      phases: [
        ['negotiate', 2],
        ['identify', 1],
      ],
      opened: [['paid', 2]],
      first: '2026-11-20',
      last: '2026-11-22',
    });
  });

  it('merges a typo one edit away in longer queries, never in short ones', () => {
    expect(oneEditApart('我没有钱还款', '我没有前还款')).toBe(true);
    expect(oneEditApart('abcd', 'abdc')).toBe(false);
    const groups = groupMisses([
      miss('我没有钱还款'),
      miss('我没有钱还款'),
      miss('我没有前还款'),
      miss('还了'),
      miss('还款'),
    ]);
    expect(groups.map((g) => g.count)).toEqual([3, 1, 1]);
  });
});

describe('cards and triggers', () => {
  const text = `${JSON.stringify(
    {
      objections: [
        { id: 'paid', title: 'Already paid', triggers: ['已经还了'] },
        { id: 'no-money', title: 'No money', triggers: ['没钱'] },
      ],
    },
    null,
    2,
  )}\n`;
  const cards = draftCards(readDraft(text));

  it('marks a group a trigger already covers, and suggests the card agents opened that the draft has', () => {
    const [covered, open] = groupMisses([
      miss('已经还了吗', { opened: 'gone' }),
      miss('已经还了吗'),
      miss('我手头紧', { opened: 'gone' }),
    ]);
    expect(coveringCard(covered!, cards)?.title).toBe('Already paid');
    expect(coveringCard(open!, cards)).toBeUndefined();
    expect(suggestedCard(open!, cards)).toBeUndefined();
    const [withCard] = groupMisses([
      miss('我手头紧', { opened: 'gone' }),
      miss('我手头紧', { opened: 'no-money' }),
    ]);
    expect(suggestedCard(withCard!, cards)?.title).toBe('No money');
  });

  it('adds the query as a trigger of the chosen card, once', () => {
    const added = written(addTrigger(text, readDraft(text), 1, ' 我手头紧 '));
    expect((readDraft(added) as { objections: { triggers: string[] }[] }).objections[1]?.triggers).toEqual([
      '没钱',
      '我手头紧',
    ]);
    expect(addTrigger(added, readDraft(added), 1, '我手头紧！')).toBe(added);
  });
});
