import { slotOf } from '../../../lib/objections/concept-index';
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { NormalBuffer } from '../../../lib/objections/normal-buffer';
import { normalizeText, splitParts } from '../../../lib/objections/normalize';
import { buildObjectionIndex } from '../../../lib/objections/objection-index';
import { queryText } from '../../../lib/objections/query-text';
import { objection } from './fixtures';

/**
 * The index build normalises each text once and feeds every table from that (issue 11, build
 * time): the overlap index reads a title or trigger in the pieces splitParts cuts it into (at the
 * separators as written), and the bag channel's tables are part of the index.
 */
describe('one normalisation per text feeds every table', () => {
  const SEPARATORS = '/|;,、，；。.!?！？·•()（）[]【】';

  it('marks where each piece of splitParts starts in the compact text', () => {
    const buffer = new NormalBuffer();
    for (const raw of [
      '没钱/手头紧',
      'No money / broke!',
      '没钱…真的／没有',
      '(先)还，一点。',
      'a//b',
      '𠀀字|还款 ',
    ]) {
      buffer.normalize(raw);
      const pieces = raw.split(/[/|;,、，；。.!?！？·•()（）[\]【】]/u);
      const expected: number[] = [];
      let at = 0;
      pieces.forEach((piece, k) => {
        if (k > 0) expected.push(at);
        at += normalizeText(piece).compact.length;
      });
      expect(Array.from(buffer.splitStarts.subarray(0, buffer.splitCount))).toEqual(expected);
    }
  });

  it('cuts only at separators as written: every one of them folds to a separator', () => {
    const buffer = new NormalBuffer();
    for (const separator of SEPARATORS) {
      buffer.normalize(`a${separator}b`);
      expect(buffer.splitCount).toBe(1);
      expect(Array.from(buffer.starts.subarray(0, buffer.startCount))).toEqual([0, 1]);
    }
    // …, ／ and ． fold to separators but splitParts does not cut at them.
    buffer.normalize('a…b／c．d');
    expect(buffer.splitCount).toBe(0);
    expect(buffer.partCount).toBe(3);
  });

  it('gives the overlap one entry per piece of each title and trigger', () => {
    const pack = [
      objection('a', { title: '没钱/手头紧', triggers: ['没钱…手头紧', 'No money / broke', '//'] }),
      objection('b', { title: '失业', triggers: ['被裁员了，没收入'], say: ['不算/一条'] }),
    ];
    const index = buildObjectionIndex(pack);
    const entries = Array.from(index.overlap.entryText, (t) => index.texts[t]?.source);
    const expected = index.texts
      .filter((t) => t.field < 2)
      .flatMap((t) =>
        splitParts(t.source)
          .filter((p) => normalizeText(p).compact !== '')
          .map(() => t.source),
      );
    expect(entries).toEqual(expected);
    expect(entries.filter((s) => s === '没钱…手头紧')).toHaveLength(1);
    expect(entries.filter((s) => s === '没钱/手头紧')).toHaveLength(2);
  });

  it('builds the bag channel’s concept lists with the index', () => {
    const index = buildObjectionIndex([
      objection('debt', { title: '没钱还', triggers: ['我失业了'] }),
      objection('other', { title: '换地址' }),
    ]);
    const said = queryText(normalizeText('我失业了'));
    const [concept] = conceptsOf(said);
    expect(concept).toBeDefined();
    const slot = slotOf(concept as number, said);
    expect(Array.from(index.bag.concepts.slot(slot).objections)).toEqual([0]);
    expect(Array.from(index.bag.objectionOf)).toEqual(index.texts.map((t) => t.objection));
    expect(index.bag.mark.every((m) => m === -1)).toBe(true);
  });

  it('counts a form of several words or characters only where it is said whole', () => {
    // Candidates are the texts holding every word (or bigram) of the form; each is still checked.
    const index = buildObjectionIndex([
      objection('whole-en', { title: 'I sent the transfer' }),
      objection('apart-en', { title: 'the bank sent a letter' }),
      objection('whole-zh', { title: '我已经还了' }),
      objection('apart-zh', { title: '已经吃饭，经还' }),
    ]);
    const slotSaying = (query: string) => {
      const said = queryText(normalizeText(query));
      const [concept] = conceptsOf(said);
      return slotOf(concept as number, said);
    };
    const objectionsOf = (slot: number) =>
      Array.from(index.bag.concepts.slot(slot).objections, (o) => index.objections[o]?.id);
    expect(objectionsOf(slotSaying('sent the'))).toEqual(['whole-en']);
    expect(objectionsOf(slotSaying('已经还'))).toEqual(['whole-zh']);
  });

  it('makes a concept table on first use or when idle, the same either way', () => {
    const pack = [
      objection('debt', { title: '没钱还', triggers: ['我失业了', 'lost my job'] }),
      objection('ill', { title: '生病住院', triggers: ['I am sick'] }),
    ];
    const lazy = buildObjectionIndex(pack);
    const filled = buildObjectionIndex(pack);
    // Idle work stops when told to, and picks up where it stopped.
    let calls = 0;
    expect(filled.bag.concepts.fill(() => ++calls > 3)).toBe(false);
    expect(filled.bag.concepts.fill()).toBe(true);
    expect(filled.bag.concepts.fill(() => true)).toBe(true);
    for (const query of ['我失业了', 'lost my job', '生病', 'sick']) {
      const said = queryText(normalizeText(query));
      for (const concept of conceptsOf(said)) {
        const slot = slotOf(concept, said);
        expect(lazy.bag.concepts.slot(slot)).toEqual(filled.bag.concepts.slot(slot));
        expect(lazy.bag.concepts.slot(slot).objections.length).toBeGreaterThan(0);
      }
    }
  });
});
