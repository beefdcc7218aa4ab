/**
 * Byte budgets of the built extension (issue 2): deterministic, so checked on every run.
 * Initial side-panel JavaScript (the entry script and the chunks the HTML preloads) ≤ 115 KB gzip
 * (120 KB until session 12, then 121 KB for the money reader's refusals, the stored-pack notice and
 * label-named fields: 122,929 bytes. Session 15 moved the panel's English strings into a chunk of
 * their own, loaded only for an English UI or an English pack (lib/i18n/catalogue-en.ts, 8,098
 * bytes by itself): 116,362 bytes, and the budget came down to that plus about a kilobyte, so the
 * room it freed is not spent unnoticed. The same session's merges took it to 118,167 bytes (the
 * guard's British spellings and verb forms, the secret mask kind's names, text folded in conditions
 * and zone clues; each measured under the budget alone, their sum over it by 407 bytes): 116 KB,
 * stated. Session 14 found why the guard's lexicons were there: the pack schema took a family
 * name's pattern from phrase-families.ts, and with it the phrase grammar, the verb forms and (after
 * that session's grammar change, 132,847 bytes) the British spellings. The pattern has a module of
 * its own (lib/compliance/family-name.ts): 115,968 bytes, and the budget 115 KB. The next growth should first move a section's own strings into its chunk, as
 * page-strings.ts does for the options page);
 * the content script, which runs on every CRM page, ≤ 12.5 KB gzip (12 KB until session 11: the
 * traditional-character CRM reading of round 12 and the currency marks an amount is written with of
 * round 13 took it to 12,306 bytes, 12,296 once its Chinese words are UTF-8 rather than escapes; a
 * real need each, so the budget moved by half a kilobyte and still stops the next unneeded one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './fixtures';

const gzipBytes = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;

/** The entry script and the chunks the side panel's HTML preloads: what every panel open loads. */
function firstChunkFiles(): string[] {
  const html = readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
  return [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1] as string);
}

test('initial side-panel JavaScript stays within 115 KB gzip', () => {
  const files = firstChunkFiles();
  expect(files.length).toBeGreaterThan(0);
  const total = files.reduce((sum, file) => sum + gzipBytes(file), 0);
  console.log(`initial side-panel JS: ${files.join(', ')} = ${total} bytes gzip`);
  expect(total).toBeLessThanOrEqual(115 * 1024);
});

test('the first side-panel chunk carries no English UI string: they load only for an English UI', () => {
  const first = firstChunkFiles()
    .map((file) => readFileSync(join(EXTENSION_DIR, file), 'utf8'))
    .join('\n');
  // The panel's English strings that a build writes as they are (plain ASCII, no quote to escape).
  const dir = join(import.meta.dirname, '../../locales/en');
  const english = ['shell', 'script', 'guard', 'objections', 'plan', 'notes', 'updates', 'keys', 'panel']
    .flatMap((file) => Object.values(JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8'))) as string[])
    .filter((text) => text.length >= 20 && /^[\x20-\x7e]+$/.test(text) && !/["'\\`]/.test(text));
  expect(english.length).toBeGreaterThan(50);
  expect(english.filter((text) => first.includes(text))).toEqual([]);
});

test('the first side-panel chunk carries none of the guard lexicons: they load with the guard', () => {
  const first = firstChunkFiles()
    .map((file) => readFileSync(join(EXTENSION_DIR, file), 'utf8'))
    .join('\n');
  // Session 14: one import of the pack schema pulled these in, and only the byte budget noticed.
  // A list's words as a build writes them (a space-joined string each), read from the source.
  const source = (file: string) =>
    readFileSync(join(import.meta.dirname, '../../lib/compliance', file), 'utf8');
  const lexicons = {
    'British spellings': source('spelling-variants.ts'),
    'verb forms': source('verb-forms.ts'),
  };
  for (const [name, text] of Object.entries(lexicons)) {
    const runs = [...text.matchAll(/'((?:[a-z]+ ){6,}[a-z]+)/g)].map((m) => m[1] as string);
    expect(runs.length, name).toBeGreaterThan(1);
    expect(
      runs.filter((run) => first.includes(run)),
      name,
    ).toEqual([]);
  }
});

test('the content script stays within 12.5 KB gzip', () => {
  const size = gzipBytes('content-scripts/crm.js');
  console.log(`content script: ${size} bytes gzip`);
  expect(size).toBeLessThanOrEqual(12.5 * 1024);
});

test('the manifest asks for no <all_urls> and grants only the demo origin in the test build', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const text = JSON.stringify(manifest);
  expect(text).not.toContain('<all_urls>');
  expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  expect(manifest.content_scripts[0].matches).toEqual(['http://127.0.0.1/*']);
});
