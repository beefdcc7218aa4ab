/**
 * English words written with digits or signs for the letters they look like (`ja1l`, `pr1son`,
 * `$ue`, `ki11`, full-width `ｊａ１ｌ` too): an insider's line that agents read aloud as a threat
 * while the pack lint reads no word of it (red team, 2026-12-03; look-alike letters of other
 * scripts are refused by lint-chars.ts, this is the same trick with digits). The lint reads such a
 * text a second time with those characters as letters (phrases.ts `lintPackPhrases`).
 * Only inside a run that holds a Latin letter: an amount (`$500`), a date or a card's last four
 * keep their digits, and `5pm` or `M1` read as `spm` or `Mi` match no phrase. Each character
 * becomes one character, so a match's offsets are the original text's.
 */

/** What each stands for; `1` is read both ways (`ja1l` jail, `ki11` kill), one variant each. */
const AS_LETTER: Readonly<Record<string, string>> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const ONE_AS = ['i', 'l'] as const;

/** A run of ASCII or full-width letters, digits, @ and $. */
const RUN = /[A-Za-z0-9@$\uff21-\uff3a\uff41-\uff5a\uff10-\uff19\uff20\uff04]+/g;
const LETTER = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/;

/** The half-width form of a full-width ASCII character (＠ → @, １ → 1), else the character. */
function halfWidth(char: string): string {
  const code = char.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
}

/**
 * The text with each such character read as a letter, once with `1` as i and once as l (one text
 * when there is no `1`); empty when no run mixes them with letters (almost every text).
 */
export function lettersForDigits(text: string): string[] {
  let mixed = false;
  let hasOne = false;
  const variants = ONE_AS.map(() => [] as string[]);
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (!LETTER.test(run)) continue;
    const before = text.slice(last, match.index);
    ONE_AS.forEach((one, v) => {
      const parts = variants[v] as string[];
      parts.push(before);
      for (const char of run) {
        const half = halfWidth(char);
        const letter = half === '1' ? one : AS_LETTER[half];
        mixed ||= letter !== undefined;
        hasOne ||= half === '1';
        parts.push(letter ?? char);
      }
    });
    last = match.index + run.length;
  }
  if (!mixed) return [];
  const texts = variants.map((parts) => parts.join('') + text.slice(last));
  return hasOne ? texts : texts.slice(0, 1);
}
