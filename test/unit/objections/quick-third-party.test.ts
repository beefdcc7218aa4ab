/**
 * Before the index arrives (components/objections/quick-search.ts), a speaker who names themself as
 * the debtor's relative gets the third-party card first, by the full search's rule (ranking.ts,
 * DOMAIN.md §3: the agent tells a third party nothing of the debt), so the list does not reorder
 * when the index takes over. Small packs written here, phrasings made up for the test.
 */
import { quickSearch } from '../../../components/objections/quick-search';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const zhPack = [
  objection('wife-pays', { title: '家属代还', triggers: ['我是他老婆', '我替他还'] }),
  objection('illness', { title: '生病住院', triggers: ['住院了', '在医院'] }),
  objection('self-harm', { title: '提到轻生', triggers: ['不想活了'], severity: 'crisis' }),
  objection('deceased', {
    title: '家属告知去世',
    triggers: ['他去世了'],
    stages: ['thirdParty'],
    leadsTo: { flag: 'deceased' },
  }),
  objection('third-party', {
    title: '家人接听',
    triggers: ['我是他老婆', '我是他妈', '他不在家'],
    stages: ['identify', 'thirdParty'],
  }),
];
const enPack = [
  objection('illness', { title: 'Illness', triggers: ["he's in the hospital", 'had surgery'] }),
  objection('third-party', {
    title: 'Someone else answered',
    triggers: ["he's not here", "I'm his roommate"],
    stages: ['thirdParty'],
  }),
];
const quick = (pack: typeof zhPack, query: string) => quickSearch(pack, query).map((r) => r.objection.id);
const full = (pack: typeof zhPack, query: string) =>
  searchObjections(buildObjectionIndex(pack), query).map((r) => r.objection.id);

describe('quick search: a third party on the line', () => {
  it('puts the third-party card first when another card matched as well', () => {
    // Both cards hold 我是他老婆 whole; pack order alone put the card for the debtor's spouse first.
    expect(quick(zhPack, '我是他老婆')[0]).toBe('third-party');
    expect(full(zhPack, '我是他老婆')[0]).toBe('third-party');
  });

  it('offers the third-party card for an introduction no trigger holds whole', () => {
    for (const [pack, query] of [
      [zhPack, '我是他妈，他住院了'],
      [enPack, "this is his mother, he's in the hospital"],
    ] as const) {
      expect(quick(pack, query)[0], query).toBe('third-party');
      expect(full(pack, query)[0], query).toBe('third-party');
    }
  });

  it('keeps a crisis card ahead and leaves the debtor speaking alone', () => {
    expect(quick(zhPack, '我是他老婆，他说不想活了').slice(0, 2)).toEqual(['self-harm', 'third-party']);
    expect(quick(zhPack, '我住院了')).not.toContain('third-party');
    expect(quick(zhPack, '他是我老婆')[0]).not.toBe('third-party');
  });
});
