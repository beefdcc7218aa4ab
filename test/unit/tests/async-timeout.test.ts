/**
 * test/setup.ts gives Testing Library's waits 10 s, so that a loaded 2-core machine does not fail a
 * test on timing (code review item 9). A test file that configures a shorter wait undoes that for
 * itself: twelve component files set 4 s, and one failed at load 11 while passing alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const SETUP_TIMEOUT = 10_000;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('Testing Library wait timeouts', () => {
  it('are never set shorter than the setup’s in a test file', () => {
    const shorter: string[] = [];
    for (const file of [...testFiles(join(root, 'test/components')), ...testFiles(join(root, 'test/unit'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/asyncUtilTimeout:\s*([\d_]+)/g)) {
        if (Number((match[1] as string).replaceAll('_', '')) < SETUP_TIMEOUT)
          shorter.push(file.slice(root.length + 1));
      }
    }
    expect(shorter).toEqual([]);
  });

  it('are set by the setup file', () => {
    expect(readFileSync(join(root, 'test/setup.ts'), 'utf8')).toContain(
      `asyncUtilTimeout: ${SETUP_TIMEOUT.toLocaleString('en').replace(',', '_')}`,
    );
  });
});
