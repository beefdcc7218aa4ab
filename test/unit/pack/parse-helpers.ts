/** The minimal pack fixture and what the parse tests do with it: copy, break, read the errors. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PackError } from '../../../lib/pack/errors';
import type { ParseResult } from '../../../lib/pack/parse';

export const root = resolve(__dirname, '../../..');
export const minimalText = readFileSync(resolve(root, 'test/fixtures/packs/minimal.json'), 'utf8');

// The fixture is edited freely by each case, so every case gets its own deep copy.
// biome-ignore lint/suspicious/noExplicitAny: tests reach into the JSON to break it on purpose
export type Json = any;
export const minimal = (): Json => JSON.parse(minimalText);
export const mutated = (edit: (pack: Json) => void): Json => {
  const pack = minimal();
  edit(pack);
  return pack;
};

export function errorsOf(result: ParseResult): PackError[] {
  if (result.ok) throw new Error('expected the pack to be refused, but it parsed');
  return result.errors;
}

/** One broken pack: the edit, and the error expected at `path` in both languages. */
export interface Case {
  name: string;
  edit: (pack: Json) => void;
  path: string;
  code: string;
  zh: string[];
  en: string[];
  /** How many errors the edit causes in all (default 1). */
  count?: number;
}
