import {
  checkEnvelope,
  type EnvelopeCheckOptions,
  openEnvelope,
  sealEnvelope,
  serializeEnvelope,
} from '@/lib/pack/envelope';
import { generateKeyPair } from '@/lib/pack/sign';
import { demoPack, packText, signedEnvelope, TEST_ONLY_KEYS } from '../../fixtures/hostile/make';
import { nameFlagsByLabel } from './flag-labels-helper';

const NOW = Date.parse('2026-12-10T00:00:00Z');
const options = (patch: Partial<EnvelopeCheckOptions> = {}): EnvelopeCheckOptions => ({
  trustedKeys: [{ publicKey: TEST_ONLY_KEYS.trusted.publicKey }],
  allowUnsigned: false,
  now: NOW,
  current: async () => ({ version: 1 }),
  ...patch,
});
const v2 = packText(demoPack(2, nameFlagsByLabel));

describe('openEnvelope', () => {
  it('reads an envelope, and tells a bare pack apart', () => {
    const opened = openEnvelope(JSON.stringify({ payload: v2, signatures: [] }));
    expect(opened.ok && opened.bare).toBe(false);
    const bare = openEnvelope(v2);
    expect(bare.ok && bare.bare).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['<html></html>', 'html'],
    ['{"payload": ', 'notJson'],
    ['[1]', 'badEnvelope'],
    ['"text"', 'badEnvelope'],
    ['{"payload": "x"}', 'badEnvelope'],
    ['{"constructor": 1, "payload": "x", "signatures": []}', 'forbiddenKey'],
    [`${'{"a":'.repeat(70)}1${'}'.repeat(70)}`, 'tooDeep'],
  ])('refuses %j as %s', (text, code) => {
    const opened = openEnvelope(text);
    expect(opened.ok ? 'ok' : opened.refusal.code).toBe(code);
  });

  it('ignores a byte-order mark', () => {
    expect(openEnvelope(`\ufeff${JSON.stringify({ payload: 'x', signatures: [] })}`).ok).toBe(true);
  });
});

describe('checkEnvelope', () => {
  it('accepts a pack signed by a trusted key, and says which key', async () => {
    const check = await checkEnvelope(await signedEnvelope(v2), options());
    expect(check.kind).toBe('accepted');
    if (check.kind !== 'accepted') return;
    expect(check.pack.version).toBe(2);
    expect(check.signedBy).toEqual(['28664aa832692bc4']);
    expect(check.warnings).toEqual([]);
  });

  it('recomputes key ids: a trusted key stored under a wrong id still verifies under its real one', async () => {
    const check = await checkEnvelope(
      await signedEnvelope(v2),
      options({ trustedKeys: [{ keyId: 'ffffffffffffffff', publicKey: TEST_ONLY_KEYS.trusted.publicKey }] }),
    );
    expect(check.kind).toBe('accepted');
  });

  it('accepts when one of several signatures is by a trusted key, refuses when a trusted one is bad', async () => {
    const stranger = await generateKeyPair();
    const both = await sealEnvelope(v2, [stranger.privateKey, TEST_ONLY_KEYS.trusted.privateKey]);
    expect((await checkEnvelope(serializeEnvelope(both), options())).kind).toBe('accepted');
    const broken = {
      ...both,
      signatures: both.signatures.map((s, i) => (i === 1 ? { ...s, sig: both.signatures[0]?.sig ?? '' } : s)),
    };
    const check = await checkEnvelope(serializeEnvelope(broken), options());
    expect(check.kind === 'refused' && check.refusal.code).toBe('badSignature');
  });

  it('refuses unsigned packs unless developer mode allows them', async () => {
    const unsigned = serializeEnvelope({ payload: v2, signatures: [] });
    const refused = await checkEnvelope(unsigned, options());
    expect(refused.kind === 'refused' && refused.refusal.code).toBe('unsigned');
    expect((await checkEnvelope(unsigned, options({ allowUnsigned: true }))).kind).toBe('accepted');
    expect((await checkEnvelope(v2, options({ allowUnsigned: true }))).kind).toBe('accepted');
  });

  it('refuses when no key is trusted at all', async () => {
    const check = await checkEnvelope(
      await signedEnvelope(v2),
      options({ trustedKeys: [{ publicKey: 'not-a-key-but-long-enough-to-pass-the-schema==' }] }),
    );
    expect(check.kind === 'refused' && check.refusal.code).toBe('noTrustedKeys');
  });

  it('calls the active payload served again "same", a different one at that version a rollback', async () => {
    const same = await checkEnvelope(
      await signedEnvelope(v2),
      options({ current: async () => ({ version: 2, payload: v2 }) }),
    );
    expect(same.kind).toBe('same');
    const other = await checkEnvelope(
      await signedEnvelope(
        packText(
          demoPack(2, (p) => {
            p.title = '另一个';
          }),
        ),
      ),
      options({ current: async () => ({ version: 2, payload: v2 }) }),
    );
    expect(other.kind === 'refused' && other.refusal.code).toBe('notNewer');
    expect(other.kind === 'refused' && other.refusal.message.en).toMatch(
      /Version 2 is not higher than the current version 2/,
    );
  });

  it('refuses an expired pack by the clock it is given', async () => {
    const text = await signedEnvelope(
      packText(
        demoPack(2, (p) => {
          p.expiresAt = '2026-12-31T00:00:00+08:00';
        }),
      ),
    );
    expect((await checkEnvelope(text, options())).kind).toBe('accepted');
    const later = await checkEnvelope(text, options({ now: Date.parse('2027-01-01T00:00:00Z') }));
    expect(later.kind === 'refused' && later.refusal.code).toBe('expired');
  });

  it('refuses another pack id when one is expected', async () => {
    const check = await checkEnvelope(await signedEnvelope(v2), options({ packId: 'bank-x' }));
    expect(check.kind === 'refused' && check.refusal.message.en).toBe(
      'This is another pack (default-zh-CN); expected bank-x',
    );
  });

  it('refuses lint errors with their paths, and passes warnings through', async () => {
    const withThreat = packText(
      demoPack(2, (p) => {
        const line = p.scripts[3]?.stages[2]?.lines[0];
        if (line) line.text = '再不还就抓你。';
      }),
    );
    const check = await checkEnvelope(await signedEnvelope(withThreat), options());
    expect(check.kind).toBe('refused');
    if (check.kind !== 'refused') return;
    expect(check.refusal.code).toBe('lintErrors');
    expect(check.refusal.details?.[0]?.path).toBe('scripts[3].stages[2].lines[0].text');
    expect(check.refusal.message.zh).toMatch(/抓你/);

    const noChangelog = packText(
      demoPack(2, (p) => {
        nameFlagsByLabel(p);
        p.changelog = [];
      }),
    );
    const warned = await checkEnvelope(await signedEnvelope(noChangelog), options());
    expect(warned.kind === 'accepted' && warned.warnings.map((w) => w.code)).toEqual(['changelogMissing']);
  });

  it('parses nothing before the signature holds: a forged payload is refused as a bad signature', async () => {
    const good = JSON.parse(await signedEnvelope(v2)) as { payload: string; signatures: unknown[] };
    const forged = JSON.stringify({ ...good, payload: '{"__proto__": {"x": 1}}' });
    const check = await checkEnvelope(forged, options());
    expect(check.kind === 'refused' && check.refusal.code).toBe('badSignature');
  });
});
