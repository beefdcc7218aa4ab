/**
 * Nothing about the debt before identity is verified (DOMAIN.md §2 stage 1; 办法第68条; 12 CFR
 * 1006.6(d)): every line read aloud before the first line that ticks the identity check is free of
 * the pack's own third-party disclosure words, constants filled in (content review 10: the zh-CN
 * agent line named {{bank.name}}, 「示例银行信用卡中心」, before the ID check, although the pack's
 * third-party rule lists 信用卡 as disclosing the debt).
 */
import { contentFindings } from '../../../lib/pack/lint-content';
import type { Pack } from '../../../lib/pack/schema';
import { foldText } from '../../../lib/text/fold';
import { loadDefaultPack, mapLines, withConstants } from './content-helpers';

const IDENTITY_ITEMS = new Set(['identity-verified', 'rpc-verified']);

function saidBeforeIdentity(pack: Pack): string[] {
  const words = pack.rules
    .flatMap((r) => (r.type === 'thirdParty' ? r.discloses : []))
    .map((word) => foldText(word));
  const found: string[] = [];
  for (const script of pack.scripts) {
    const lines = script.stages.filter((st) => st.phase !== 'thirdParty').flatMap((st) => st.lines);
    const verify = lines.findIndex((l) => l.ticks?.some((t) => IDENTITY_ITEMS.has(t)));
    expect(verify, script.id).toBeGreaterThan(0);
    for (const line of lines.slice(0, verify)) {
      if (line.kind === 'do') continue;
      const text = foldText(withConstants(pack, line.text));
      for (const word of words) if (text.includes(word)) found.push(`${script.id}/${line.id}: ${word}`);
    }
  }
  return found;
}

describe.each(['zh-CN', 'en-US'] as const)('%s: before the identity check', (locale) => {
  const pack = loadDefaultPack(locale);
  it('no line read aloud discloses the debt', () => {
    expect(pack.rules.some((r) => r.type === 'thirdParty')).toBe(true);
    expect(saidBeforeIdentity(pack)).toEqual([]);
  });
});

it('catches the zh-CN agent line as it was', () => {
  const zh = loadDefaultPack('zh-CN');
  const before = mapLines(zh, (l) =>
    l.ticks?.includes('agent-introduced')
      ? { ...l, text: l.text.replace('{{company.name}}', '{{bank.name}}') }
      : l,
  );
  expect(saidBeforeIdentity(before)).toHaveLength(zh.scripts.length);
});

describe('pack lint disclosesBeforeIdentity', () => {
  const zh = loadDefaultPack('zh-CN');
  const en = loadDefaultPack('en-US');
  const editLine = (pack: Pack, id: string, text: string) =>
    mapLines(pack, (l) => (l.id === id ? { ...l, text } : l));
  const found = (pack: Pack) => contentFindings(pack).filter((f) => f.code === 'disclosesBeforeIdentity');

  it('finds nothing in the default packs', () => {
    expect(found(zh)).toEqual([]);
    expect(found(en)).toEqual([]);
  });

  it('finds a constant that names the business in a greeting or a third-party line', () => {
    const greeting = found(editLine(zh, 'e-identify-greet', '您好，这里是{{bank.name}}。本次通话全程录音。'));
    expect(greeting.map((f) => f.severity)).toEqual(['error']);
    expect(greeting[0]?.message.zh).toContain('信用卡');
    expect(found(editLine(en, 'tp-name', 'My name is {{agent.name}} from {{company.name}}.')).length).toBe(3);
  });
});
