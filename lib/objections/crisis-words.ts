/** Lexicon lists written as text: words split on white space, or one entry per line. */
export const split = (text: string): string[] => text.trim().split(/\s+/);

export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
