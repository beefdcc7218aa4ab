/**
 * The default packs read by a compliance lead (content review 12): the complaint channels and
 * regulators as the customer hears them once the constants are filled in, the state time-barred
 * notice, and the deferral line's fees.
 */
import { holds } from '../../../lib/pack/condition';
import type { Pack } from '../../../lib/pack/schema';
import { loadDefaultPack, spokenTexts, withConstants } from './content-helpers';

const zh = loadDefaultPack('zh-CN');
const en = loadDefaultPack('en-US');

const read = (pack: Pack) =>
  spokenTexts(pack).map((s) => ({ where: s.where, text: withConstants(pack, s.text) }));

describe('default packs: complaint channels as heard', () => {
  it('no line names a complaint body twice once its constants are filled in', () => {
    const bodies = ['Consumer Financial Protection Bureau', 'consumerfinance.gov', '金融监管部门', '12378'];
    for (const pack of [zh, en]) {
      const twice = read(pack).filter(({ text }) => bodies.some((body) => text.split(body).length - 1 > 1));
      expect(twice.map((t) => `${t.where}: ${t.text}`)).toEqual([]);
    }
  });

  it('no line tells the customer to write to a phone number or dial an address', () => {
    const phone = /\d{3}[-\s]\d{3}[-\s]\d{4}/;
    const wrong = spokenTexts(en).filter((s) => {
      const written = /\bwrite to \{\{\s*([\w.]+)\s*\}\}/.exec(s.text);
      return written !== null && phone.test(en.constants[written[1] ?? ''] ?? '');
    });
    expect(wrong.map((s) => s.where)).toEqual([]);
  });

  it('the zh complaint card gives the regulator’s line without a precondition', () => {
    const card = zh.objections.find((o) => o.id === 'will-complain');
    const say = card?.say.join('') ?? '';
    expect(say).toContain('{{regulator.hotline}}');
    expect(say).not.toMatch(/不满意的[^。；]*还可以/);
    expect(zh.constants['regulator.hotline']).toBe('12378');
  });

  it('no constant reads an author’s note aloud (the CA licence number is a number)', () => {
    expect(en.constants['company.caLicense']).toMatch(/^[\w-]+$/);
  });
});

describe('en-US default pack: the California time-barred notice', () => {
  const facts = (creditReported: boolean) => ({
    accountKey: 'A1',
    flags: ['time-barred'],
    state: 'CA',
    creditReported,
  });

  it('says the credit-reporting sentence of 1788.14(d)(1) when the account is reported, in every script', () => {
    for (const script of en.scripts) {
      const disclose = script.stages.find((s) => s.phase === 'disclose');
      const said = (creditReported: boolean) =>
        (disclose?.lines ?? [])
          .filter((l) => l.must === true && l.when !== undefined && holds(l.when, facts(creditReported)))
          .map((l) => l.text)
          .join(' ');
      expect(said(true), script.id).toMatch(/we will not sue you for it\..*may continue to report it/);
      // Not reported: no claim either way about reporting, which only the obsolescence date decides.
      expect(said(false), script.id).toContain('we will not sue you for it');
      expect(said(false), script.id).not.toMatch(/report/);
    }
  });
});

describe('en-US default pack: a deferral says what keeps accruing', () => {
  it('the early-stage deferral line says interest and late fees continue, as its policy accrues them', () => {
    const early = en.planPolicies.find((p) => p.id === 'early');
    expect(early?.deferral).toMatchObject({ interest: 'accrue', alsoAccrues: ['late fees'] });
    const lines = en.scripts
      .flatMap((s) => s.stages.flatMap((t) => t.lines))
      .filter((l) => /first payment for that date/.test(l.text));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.text).toMatch(/Interest and late fees continue/);
  });
});
