/**
 * Digits and signs for letters (red team, 2026-12-03): `ja1l` in a line agents read aloud passed the
 * pack lint, which read no word there. The lint reads such a text again with them as letters.
 */
import { lettersForDigits } from '../../../lib/compliance/digit-letters';
import { lintPackPhrases } from '../../../lib/compliance/phrases';
import type { Pack } from '../../../lib/pack/schema';
import { loadDefaultPack } from '../pack/content-helpers';

const en = loadDefaultPack('en-US');

/** The English pack with its first say line replaced by `text`. */
function withLine(text: string): Pack {
  const pack = structuredClone(en);
  const line = pack.scripts[0]?.stages[0]?.lines.find((l) => l.kind === 'say');
  if (!line) throw new Error('the default pack has no say line');
  line.text = text;
  return pack;
}

const lineFindings = (text: string) =>
  lintPackPhrases(withLine(text)).filter((f) => f.path === lintPath(withLine(text)));

function lintPath(pack: Pack): string {
  const lines = pack.scripts[0]?.stages[0]?.lines ?? [];
  return `scripts[0].stages[0].lines[${lines.findIndex((l) => l.kind === 'say')}].text`;
}

describe('lettersForDigits', () => {
  it('reads digits and signs inside a word as letters, 1 both as i and as l', () => {
    expect(lettersForDigits('go to ja1l')).toEqual(['go to jail', 'go to jall']);
    expect(lettersForDigits('we will ki11 it')).toEqual(['we will kiii it', 'we will kill it']);
    expect(lettersForDigits('We will $ue y0u')).toEqual(['We will sue you']);
    expect(lettersForDigits('s3ize, 4rrest, j@il, c0urt')).toEqual(['seize, arrest, jail, court']);
  });

  it('reads full-width digits too, one character for one', () => {
    const [first] = lettersForDigits('go to ｊａ１ｌ');
    expect(first).toBe('go to ｊａiｌ');
  });

  it('keeps every offset: each reading is as long as the text', () => {
    for (const text of ['Pay 5pm j4il $ue 1st', 'ｊａ１ｌ and pr1son 2026', 'a@b.c 7th']) {
      for (const reading of lettersForDigits(text)) expect(reading).toHaveLength(text.length);
    }
  });

  it('leaves a text alone when no run mixes digits with letters', () => {
    for (const text of ['Pay $500 by 15/12', '1-800-555-0100, 24/7', '还款 3000 元', '', 'plain words only'])
      expect(lettersForDigits(text)).toEqual([]);
  });
});

describe('the pack lint reads digits for letters', () => {
  it.each([
    'We will $ue you',
    'You could end up in pr1son',
    'We will s3ize your car',
    'You will go to ｊａ１ｌ',
    'You will go to j@il',
    'You will be 4rrested',
    'we will t3ll your family',
  ])('refuses %j, naming the text as written', (text) => {
    const findings = lineFindings(text);
    expect(findings.length).toBeGreaterThan(0);
    const shown = findings.map((f) => f.text.slice(f.start, f.end));
    expect(shown.some((s) => /[0-9@$１]/.test(s))).toBe(true);
    // The plain spelling was already refused: the digits hid it.
    expect(lineFindings(lettersForDigits(text)[0] as string).length).toBeGreaterThan(0);
  });

  it.each([
    'Pay $500 by 5pm on the 1st',
    'Your card ending 4471 is past due',
    'Call 1-800-555-0100, 24/7',
    'the M1 bucket',
    'a 3-month plan at $150/mo',
    'Email me at help@bank.com',
    'Reference A1B2C3 on the letter',
  ])('finds nothing in %j', (text) => {
    expect(lineFindings(text)).toEqual([]);
  });

  it('reports a phrase once when both readings of a 1 hold it', () => {
    expect(lettersForDigits('We will $ue you, plan a1')).toHaveLength(2);
    expect(lineFindings('We will $ue you, plan a1')).toHaveLength(1);
  });
});
