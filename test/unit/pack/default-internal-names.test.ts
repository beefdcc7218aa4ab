/**
 * Agents never see an internal id, in either default pack (content review 10; the zh fix of walk 9
 * was not carried to en-US, whose 做 lines read "Set the cease flag" and "(creditReported)"), and the
 * objection card's flag button names the flag as the pack labels it (it read 「标记：crisis」).
 */
import { lintPack } from '../../../lib/pack/lint';
import { internalNameFindings } from '../../../lib/pack/lint-names';
import type { Pack } from '../../../lib/pack/schema';
import { flagName, flagWord } from '../../../lib/script/flag-words';
import { loadDefaultPack } from './content-helpers';

const packs = { 'zh-CN': loadDefaultPack('zh-CN'), 'en-US': loadDefaultPack('en-US') } as const;
const NAME_CODES = new Set(['flagNamedByCode', 'internalFieldName']);

/** The pack with one objection's first do line replaced. */
function withDo(pack: Pack, id: string, text: string): Pack {
  return {
    ...pack,
    objections: pack.objections.map((o) =>
      o.id === id ? { ...o, do: [text, ...(o.do ?? []).slice(1)] } : o,
    ),
  };
}

describe.each(Object.entries(packs))('%s default pack: no internal names', (locale, pack) => {
  it('names every flag and field by the words agents see (pack lint)', () => {
    const found = lintPack(pack).filter((f) => NAME_CODES.has(f.code));
    expect(found.map((f) => `${f.path}: ${f.message.en}`)).toEqual([]);
  });

  it('gives every flag a card sets a name that is not its code', () => {
    const flags = [...new Set(pack.objections.flatMap((o) => (o.leadsTo?.flag ? [o.leadsTo.flag] : [])))];
    expect(flags.length).toBeGreaterThan(4);
    for (const flag of flags) {
      const name = flagName(flag, locale, pack.rules);
      if (locale === 'zh-CN') expect(name, flag).not.toMatch(/[a-z]/);
      const label = pack.rules
        .flatMap((r) => (r.type === 'stopFlag' ? r.flags : []))
        .find((f) => f.flag === flag)?.label;
      if (label) expect(name, flag).toBe(label);
    }
  });
});

describe('the lint catches a flag or field named by its code', () => {
  it('finds the en-US lines as they were written before this review', () => {
    const en = packs['en-US'];
    const before = withDo(
      withDo(en, 'stop-calling', 'Set the cease flag (or restrict the number or times named).'),
      'sue-me',
      'Mention credit reporting only if the CRM shows the account is reported (creditReported).',
    );
    const found = internalNameFindings(before).map((f) => f.code);
    expect(found).toEqual(['flagNamedByCode', 'internalFieldName']);
    expect(internalNameFindings(before)[0]?.message.en).toContain('“Stop contact requested”');
    expect(internalNameFindings(before)[1]?.message.en).toContain('“Reported to credit bureaus”');
  });

  it('finds the zh-CN line of walk 9, and leaves labels and placeholders alone', () => {
    const zh = packs['zh-CN'];
    expect(internalNameFindings(withDo(zh, 'self-harm', '马上报告主管；加 crisis 标记。'))).toHaveLength(1);
    expect(internalNameFindings(withDo(zh, 'job-loss', '给这个号码加 tp-no-contact 标记。'))).toHaveLength(1);
    expect(internalNameFindings(withDo(zh, 'job-loss', '加「困难客户」标记，读出{{agent.id}}。'))).toEqual(
      [],
    );
  });

  it('the built-in words alone showed the crisis card’s flag as its code', () => {
    expect(flagWord('crisis', 'zh-CN')).toBe('crisis');
    expect(flagName('crisis', 'zh-CN', packs['zh-CN'].rules)).toBe('危机干预');
  });
});

describe('the name lint builds its patterns once per pack (perf 12)', () => {
  it('makes one pattern per flag code and name, not one per text and name', () => {
    const pack = packs['en-US'];
    const made = vi.fn();
    const Native = RegExp;
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args: [string, string?]) {
        made();
        return new target(...args);
      },
    });
    try {
      internalNameFindings(withDo(pack, 'stop-calling', 'Set the cease flag.'));
    } finally {
      globalThis.RegExp = Native;
    }
    const codes = pack.rules.flatMap((r) => (r.type === 'stopFlag' ? r.flags : [])).length;
    const names = pack.crm.adapters.reduce((n, a) => n + Object.keys(a.fields).length, 0);
    // The naive lint made one per text × name: more than 20,000 on this pack.
    expect(made.mock.calls.length).toBeLessThanOrEqual(codes + names + Object.keys(pack.constants).length);
  });
});
