/**
 * Red team 9: characters that hide a word from lint, through the real sync service (real `fetch`
 * against a local server). Each hostile v3 must be refused with a one-line reason naming the
 * class, and the v2 the agent had must stay active.
 */
import { charProblem, charText } from '@/lib/pack/lint-chars';
import { checkForUpdate } from '@/lib/pack/sync';
import { early, packText, signedEnvelope, smallPack } from '../../fixtures/hostile/make';
import { deps, packServer } from './sync-harness';

const pack = packServer();
type Mutate = NonNullable<Parameters<typeof smallPack>[1]>;

const inLine =
  (text: string): Mutate =>
  (p) => {
    const line = early(p)[2]?.lines[0];
    if (line) line.text = `${line.text}${text}`;
  };

const HOSTILE: [name: string, code: keyof typeof charText, mutate: Mutate][] = [
  ['combining acute inside 坐牢', 'strayMark', inLine('再不还就让你坐\u0301牢。')],
  ['combining dot below inside 上门', 'strayMark', inLine('明天我们就上\u0323门。')],
  ['a combining mark alone as a trigger', 'strayMark', (p) => p.objections[0]?.triggers.push('\u0301')],
  ['the radical ⻔ (U+2EE8) in 上门', 'radical', inLine('明天我们就上⻔催收。')],
  ['the Kangxi radical ⾨ (U+2FA8) in 上门', 'radical', inLine('明天我们就上⾨催收。')],
  ['Cyrillic а in "arrested"', 'mixedScript', inLine(' We will have you аrrested.')],
  ['Greek ο in "jail"', 'mixedScript', inLine(' You will go to jαil.')],
  ['an escaped NUL in a line', 'controlChar', inLine('\u0000')],
  ['an ANSI escape in a line', 'controlChar', inLine('\u001b[31m')],
  ['a lone surrogate in a line', 'loneSurrogate', inLine('\ud800')],
  [
    'a title of Hangul fillers',
    'invisibleOnly',
    (p) => {
      p.title = '\u3164\u3164';
    },
  ],
  [
    'an objection title of one zero-width space',
    'invisibleOnly',
    (p) => {
      const o = p.objections[0];
      if (o) o.title = '\u200b';
    },
  ],
  [
    'a trigger of one half-width Hangul filler',
    'invisibleOnly',
    (p) => p.objections[0]?.triggers.push('\uffa0'),
  ],
  [
    'an adapter label of a zero-width space',
    'invisibleOnly',
    (p) => {
      const field = p.crm.adapters[0]?.fields.overdueAmount;
      if (field) field.label = '\u200b';
    },
  ],
];

describe('characters that hide a word from lint (red team 9)', () => {
  it.each(HOSTILE)('refuses %s and keeps v2', async (_name, code, mutate) => {
    const d = deps();
    pack.serveJson('/v2', await signedEnvelope(packText(smallPack(2))));
    expect((await checkForUpdate(pack.settings('/v2'), d)).result).toBe('updated');
    const before = structuredClone(d.packs.rows);
    pack.serveJson('/v3', await signedEnvelope(packText(smallPack(3, mutate))));
    const record = await checkForUpdate(pack.settings('/v3', { packId: 'default-zh-CN' }), d);
    expect(record).toMatchObject({ result: 'refused', code: 'lintErrors' });
    expect(record.details?.map((x) => x.message.en)).toContain(charText[code]().en);
    expect(record.message.en).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
    expect(record.message.en.length).toBeLessThanOrEqual(400);
    expect(d.packs.rows).toEqual(before);
  });

  it('accepts what authors really write', () => {
    for (const text of [
      '您好，这里是示例银行信用卡中心。',
      'café and cafe\u0301 (decomposed), naïve, Zoë',
      'Ελληνικά and русский on their own',
      'tabs\tand\nnew lines\r\n',
      '👍🏽 emoji with a skin tone',
      '',
    ])
      expect(charProblem(text), text).toBeNull();
  });
});

describe('two fields of one adapter read by the same label (red team 9)', () => {
  it.each([
    ['the same label', '逾期金额'],
    ['the same label with a zero-width space inside', '逾期\u200b金额'],
    ['the same label with a colon', '逾期金额：'],
  ])('refuses %s and keeps v2', async (_name, label) => {
    const d = deps();
    pack.serveJson('/v2', await signedEnvelope(packText(smallPack(2))));
    expect((await checkForUpdate(pack.settings('/v2'), d)).result).toBe('updated');
    const before = structuredClone(d.packs.rows);
    const v3 = smallPack(3, (p) => {
      const balance = p.crm.adapters[0]?.fields.balance;
      if (balance) balance.label = label;
    });
    pack.serveJson('/v3', await signedEnvelope(packText(v3)));
    const record = await checkForUpdate(pack.settings('/v3', { packId: 'default-zh-CN' }), d);
    expect(record).toMatchObject({ result: 'refused', code: 'lintErrors' });
    expect(record.details?.map((x) => x.path)).toContain('crm.adapters[0].fields.balance.label');
    expect(d.packs.rows).toEqual(before);
  });
});
