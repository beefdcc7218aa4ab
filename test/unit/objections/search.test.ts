import fc from 'fast-check';
import {
  buildObjectionIndex,
  type ObjectionResult,
  type SearchOptions,
  searchObjections,
} from '../../../lib/objections/search';
import type { Objection } from '../../../lib/pack/schema';
import { OBJECTION_IDS } from '../../fixtures/domain-ids';
import { generatePack } from '../../fixtures/objections/generate';
import { fixtureObjections, objection } from './fixtures';

const zhIndex = buildObjectionIndex(fixtureObjections('zh-CN'));
const enIndex = buildObjectionIndex(fixtureObjections('en-US'));

const ids = (results: readonly ObjectionResult[]) => results.map((r) => r.objection.id);
const zh = (query: string, options?: SearchOptions) => searchObjections(zhIndex, query, options);
const en = (query: string, options?: SearchOptions) => searchObjections(enIndex, query, options);
const first = (results: readonly ObjectionResult[]) => results[0];
const search = (objections: Objection[], query: string, options?: SearchOptions) =>
  ids(searchObjections(buildObjectionIndex(objections), query, options));

describe('fixtures', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    '%s has the 20 objections of the brief, self-harm a crisis',
    (locale) => {
      const objections = fixtureObjections(locale);
      expect(objections.map((o) => o.id)).toEqual(OBJECTION_IDS);
      expect(objections.filter((o) => o.severity === 'crisis').map((o) => o.id)).toEqual(['self-harm']);
    },
  );
});

describe('pinyin', () => {
  it('finds 没钱 from its initials mq, first, and says initials matched the title', () => {
    expect(first(zh('mq'))).toMatchObject({
      objection: { id: 'no-money' },
      match: { field: 'title', kind: 'initials', text: '没钱/手头紧' },
    });
  });

  it('finds 没钱 from its full pinyin, and while the last syllable is still being typed', () => {
    for (const query of ['meiqian', 'mei qian', 'meiq', 'MEIQIAN']) {
      expect(first(zh(query))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'pinyin' } });
    }
  });

  it('matches initials and full pinyin inside a title, at a phrase start', () => {
    expect(first(zh('stj'))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'initials' } });
    expect(first(zh('shoutoujin'))).toMatchObject({
      objection: { id: 'no-money' },
      match: { kind: 'pinyin' },
    });
  });

  it('reads polyphonic characters every way (还不起 is huan bu qi, pinyin-pro says hai)', () => {
    expect(first(zh('huanbuqi'))).toMatchObject({
      objection: { id: 'no-money' },
      match: { field: 'trigger', kind: 'pinyin', text: '还不起' },
    });
    expect(first(zh('hbq'))?.objection.id).toBe('no-money');
  });

  it('finds other objections by their pinyin and initials', () => {
    expect(first(zh('zuolao'))?.objection.id).toBe('jail');
    expect(first(zh('daoshua'))?.objection.id).toBe('fraud');
    expect(first(zh('bxhl'))?.objection.id).toBe('self-harm');
    expect(first(zh('lvshi'))?.objection.id).toBe('attorney');
  });

  it('does not match pinyin that is not there', () => {
    expect(zh('qqqq')).toEqual([]);
    expect(zh('zzzz')).toEqual([]);
  });
});

describe('Chinese characters', () => {
  it('matches a whole title alternative or trigger exactly', () => {
    expect(first(zh('没钱'))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'exact' } });
    expect(first(zh('手头紧'))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'exact' } });
  });

  it('tells a phrase start (prefix) from the middle of a phrase (substring)', () => {
    expect(first(zh('手头'))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'prefix' } });
    expect(first(zh('头紧'))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'substring' } });
  });

  it('finds text in say and do lines when the title and triggers do not have it', () => {
    expect(first(zh('希望24热线'))).toMatchObject({
      objection: { id: 'self-harm' },
      match: { field: 'say', kind: 'prefix' },
    });
    expect(first(zh('方案计算器'))).toMatchObject({ objection: { id: 'no-money' }, match: { field: 'do' } });
  });

  it('takes a homophone typo from the IME as a fuzzy match (没前 for 没钱)', () => {
    expect(first(zh('没前'))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'fuzzy' } });
    expect(first(zh('做牢'))?.objection.id).toBe('jail');
  });

  it('treats triggers as synonyms of the title', () => {
    expect(first(zh('裁员'))).toMatchObject({
      objection: { id: 'job-loss' },
      match: { field: 'trigger', text: '被裁员了' },
    });
  });

  it('finds nothing for characters no objection has', () => {
    expect(zh('鑫')).toEqual([]);
    expect(zh('鑫鑫')).toEqual([]);
  });

  it('still finds a trigger with a character no objection has after it (issue 11)', () => {
    expect(first(zh('没钱鑫'))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'said' } });
  });
});

describe('English', () => {
  it('matches words being typed as prefixes', () => {
    expect(first(en('unempl'))).toMatchObject({ objection: { id: 'job-loss' }, match: { kind: 'prefix' } });
    expect(first(en('no mon'))).toMatchObject({ objection: { id: 'no-money' }, match: { field: 'title' } });
    expect(first(en('no m'))?.objection.id).toBe('no-money');
  });

  it('matches an exact trigger as exact, across apostrophes and case', () => {
    expect(first(en("I'm broke"))).toMatchObject({ objection: { id: 'no-money' }, match: { kind: 'exact' } });
    expect(first(en('IM BROKE'))?.match?.kind).toBe('exact');
  });

  it('tolerates one typo in words of 4 letters or more', () => {
    const cases: [string, string][] = [
      ['mony', 'no-money'],
      ['suicde', 'self-harm'],
      ['lawyre', 'attorney'],
      ['hosptial', 'illness'],
      ['jial', 'jail'],
      ['scammr', 'scam'],
      ['alredy paid', 'already-paid'],
    ];
    for (const [query, id] of cases) {
      expect(ids(en(query)).slice(0, 3), query).toContain(id);
      // A typo is a close match, or (issue 11) a partial overlap of the words.
      expect(['fuzzy', 'overlap'], query).toContain(
        en(query).find((r) => r.objection.id === id)?.match?.kind,
      );
    }
  });

  it('does not stretch two-letter words or two typos', () => {
    expect(en('jl').some((r) => r.objection.id === 'jail')).toBe(false);
    expect(en('suicdee').some((r) => r.objection.id === 'self-harm')).toBe(false);
  });

  it('matches inside a word as a substring', () => {
    expect(first(en('employ'))).toMatchObject({
      objection: { id: 'job-loss' },
      match: { kind: 'substring' },
    });
  });

  it('treats triggers as synonyms and says which one matched', () => {
    expect(first(en('laid off'))).toMatchObject({
      objection: { id: 'job-loss' },
      match: { field: 'trigger', kind: 'prefix', text: 'I got laid off' },
    });
  });
});

describe('ranking', () => {
  it('ranks exact > prefix > initials/pinyin > substring > fuzzy', () => {
    const objections = [
      objection('fuzzy', { title: 'paymetn' }),
      objection('substring', { title: 'prepayment' }),
      objection('prefix', { title: 'payment plan' }),
      objection('exact', { title: 'payment' }),
    ];
    expect(search(objections, 'payment')).toEqual(['exact', 'prefix', 'substring', 'fuzzy']);
    const zhObjections = [
      objection('substring', { title: '我没钱了' }),
      objection('initials', { title: '马上' }),
      objection('prefix', { title: 'ms 先生' }),
    ];
    expect(search(zhObjections, 'ms')).toEqual(['prefix', 'initials']);
  });

  it('breaks ties by title over body, then pack order', () => {
    const objections = [
      objection('body-a', { say: ['we can pay later'] }),
      objection('title-b', { title: 'pay later' }),
      objection('title-c', { title: 'pay later' }),
    ];
    expect(search(objections, 'pay later')).toEqual(['title-b', 'title-c', 'body-a']);
  });

  it('still finds a say line that is exactly the query when titles fill the results', () => {
    const objections = [
      ...Array.from({ length: 10 }, (_, i) => objection(`refund-${i}`, { title: 'refund later' })),
      objection('line', { say: ['Refund.'] }),
    ];
    const results = search(objections, 'refund');
    expect(results[0]).toBe('line');
    expect(results).toHaveLength(9);
  });

  it('finds a Chinese say line that is exactly the query, and only a whole one, when titles fill the results', () => {
    const objections = [
      ...Array.from({ length: 10 }, (_, i) => objection(`later-${i}`, { title: '退款以后再说' })),
      objection('part', { say: ['退款进度可以查'] }),
      objection('line', { say: ['退款。'] }),
    ];
    const results = search(objections, '退款');
    expect(results[0]).toBe('line');
    expect(results).not.toContain('part');
    // Mixed scripts: the line is found by its bigram with a Latin letter.
    const mixed = [...objections.slice(0, 10), objection('app', { say: ['APP退款'] })];
    expect(search(mixed, 'app退款')[0]).toBe('app');
  });

  it('lifts objections of the current phase, without beating a better match', () => {
    const objections = [
      objection('a', { title: 'callback later' }),
      objection('b', { title: 'callback later', stages: ['negotiate'] }),
      objection('c', { title: 'call', stages: ['identify'] }),
    ];
    expect(search(objections, 'callback')).toEqual(['a', 'b']);
    expect(search(objections, 'callback', { phase: 'negotiate' })).toEqual(['b', 'a']);
    // c is an exact match for "call"; the phase lift of a and b cannot beat it.
    expect(search(objections, 'call', { phase: 'negotiate' })[0]).toBe('c');
  });

  it("lifts this agent's most used objections, below the phase lift and below a better match", () => {
    const objections = [
      objection('a', { title: 'callback later' }),
      objection('b', { title: 'callback later' }),
      objection('c', { title: 'callback later', stages: ['close'] }),
      objection('d', { title: 'callback' }),
    ];
    // 'd' shares only "callback" (issue 11 overlap): it comes after every full match.
    expect(search(objections, 'callback l', { usage: { b: 3 } })).toEqual(['b', 'a', 'c', 'd']);
    expect(search(objections, 'callback l', { usage: { b: 1000 }, phase: 'close' })).toEqual([
      'c',
      'b',
      'a',
      'd',
    ]);
    expect(search(objections, 'callback', { usage: { b: 1000 } })[0]).toBe('d');
    // Junk in the usage record changes nothing.
    expect(search(objections, 'callback l', { usage: { a: Number.NaN, b: -5, constructor: 3 } })).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('ranks a crisis objection reached only by a prefix by how well it matched, still listed', () => {
    const objections = [
      objection('tired', { title: 'tired of this' }),
      objection('crisis', { title: 'Mentions self-harm', triggers: ['tired of living'], severity: 'crisis' }),
      objection('exact', { title: 'tired of' }),
    ];
    // All three are prefix matches and "tired" carries no crisis signal (issue 11 §2, round 5): the
    // shorter text (more covered) first, the crisis card not lifted above them but kept.
    expect(search(objections, 'tired')).toEqual(['exact', 'tired', 'crisis']);
    expect(search(objections, 'tired of')[0]).toBe('exact');
    // Said whole, the crisis trigger goes first.
    expect(search(objections, 'so tired of living')[0]).toBe('crisis');
  });

  it('does not lift a crisis card for the first letters of its trigger or the sentence frame', () => {
    const objections = [
      objection('broke', { title: 'Nothing left', triggers: ['nothing left in the bank'] }),
      objection('crisis', {
        title: 'Mentions self-harm',
        triggers: ['nothing left to live for', 'I am about to end my life'],
        severity: 'crisis',
      }),
      objection('move', { title: 'Moving house', triggers: ['I am about to move'] }),
    ];
    expect(search(objections, 'noth')).toEqual(['broke', 'crisis']);
    // "I am about to" is the frame, not the point: no evidence for the crisis card.
    expect(search(objections, 'I am about to go on holiday')).toEqual(['move']);
    // A word of the point still counts.
    expect(search(objections, 'I am about to end my life')[0]).toBe('crisis');
  });

  it('always includes a crisis objection whose trigger matched, even past the limit', () => {
    const objections = [
      ...Array.from({ length: 12 }, (_, i) => objection(`end-${i}`, { title: 'end' })),
      objection('crisis', {
        title: 'Mentions self-harm',
        triggers: ['want to end it all'],
        severity: 'crisis',
      }),
    ];
    const results = search(objections, 'end', { limit: 3 });
    expect(results).toHaveLength(3);
    expect(results).toContain('crisis');
    expect(results.slice(0, 2)).toEqual(['end-0', 'end-1']);
  });

  it('in the fixture, a crisis trigger comes first for its initials', () => {
    expect(first(zh('sl'))?.objection.id).toBe('self-harm');
    expect(first(en('kill'))?.objection.id).toBe('self-harm');
  });

  it('returns results best first with non-increasing scores', () => {
    for (const query of ['m', 'mq', 'pay', '还', 'no']) {
      const scores = [...zh(query), ...en(query)].length ? zh(query).map((r) => r.score) : [];
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('empty and odd queries', () => {
  it('shows the objections of the current phase on an empty query, then by use, then pack order', () => {
    const results = zh('', { phase: 'identify', usage: { scam: 2 } });
    expect(ids(results)).toEqual([
      'scam',
      'not-my-debt',
      'bad-time',
      'third-party',
      'stop-calling',
      'self-harm',
      'no-money',
      'job-loss',
      'illness',
    ]);
    expect(results.every((r) => r.match === null)).toBe(true);
  });

  it('without a phase, the empty query lists by use then pack order, up to the limit', () => {
    expect(ids(en('', { usage: { jail: 1 }, limit: 3 }))).toEqual(['jail', 'no-money', 'job-loss']);
    expect(ids(en('   '))).toHaveLength(9);
  });

  it('treats symbols and emoji as an empty query and never throws', () => {
    for (const query of ['!!!', '😀', '🙂🙂🙂', '#$%^&*', '\u0000', '\ud83d', '👍🏽', '（）【】']) {
      expect(ids(zh(query, { limit: 2 })), query).toEqual(['no-money', 'job-loss']);
    }
  });

  it('ignores emoji and punctuation around real words', () => {
    expect(first(zh('😀没钱！'))?.objection.id).toBe('no-money');
    expect(first(en('broke?! 😀'))?.objection.id).toBe('no-money');
  });

  it('folds full-width input (ＭＱ, ＳＵＥ)', () => {
    expect(first(zh('ＭＱ'))?.objection.id).toBe('no-money');
    expect(first(en('ＳＵＥ ｍｅ'))?.objection.id).toBe('sue-me');
  });

  it('cuts very long queries at 100 characters and does not throw', () => {
    expect(zh('x'.repeat(10_000))).toEqual([]);
    expect(() => zh('没钱'.repeat(5_000))).not.toThrow();
    // Only the first 100 characters count: a match after them is not seen.
    expect(en(`${'z'.repeat(100)} broke`)).toEqual([]);
  });

  it('returns nothing for a limit of 0 or less', () => {
    expect(zh('mq', { limit: 0 })).toEqual([]);
    expect(zh('', { limit: -1 })).toEqual([]);
  });

  it('never throws and keeps to the limit, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 12 }), (query, limit) => {
        for (const index of [zhIndex, enIndex]) {
          const results = searchObjections(index, query, { limit });
          expect(results.length).toBeLessThanOrEqual(limit);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a large pack', () => {
  const real = [...fixtureObjections('zh-CN'), ...fixtureObjections('en-US')];
  const index = buildObjectionIndex(generatePack(real, 1_000));

  it('still puts the obvious answers first among 1,000 objections', () => {
    expect(first(searchObjections(index, '没钱'))?.objection.id).toBe('no-money');
    expect(first(searchObjections(index, 'meiqian'))?.objection.id).toBe('no-money');
    expect(first(searchObjections(index, 'suicde'))?.objection.id).toBe('self-harm');
  });

  it('answers every keystroke of every kind of query', () => {
    for (const query of ['mq', 'meiqian', '没钱', 'no money', 'hosptial', '坐牢', 'bxhl']) {
      for (let i = 1; i <= query.length; i++) {
        const results = searchObjections(index, query.slice(0, i));
        expect(results.length).toBeLessThanOrEqual(9);
      }
    }
  });
});
