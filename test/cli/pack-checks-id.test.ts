/**
 * store15 item 2: the identity of the pack checks that a stored row's mark names must change with
 * any module the schema or lint is made of, however deep, and with the packages they use; and it is
 * what the tests (and the build) compile in.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkSources, packChecksId } from '@/cli/pack-checks-id';
import { PACK_CHECKS_ID } from '@/lib/pack/checked-mark';

const ROOT = resolve(import.meta.dirname, '../..');
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pack-checks-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** A small project: the schema imports a rule through an alias and a re-export; lint a package. */
function project() {
  write('lib/pack/parse.ts', "import { rule } from '@/lib/pack/rules';\nexport const parse = rule;\n");
  write('lib/pack/rules/index.ts', "export * from './budget';\n");
  write('lib/pack/rules/budget.ts', 'export const rule = 1000;\n');
  write(
    'lib/pack/lint.ts',
    "import type { Z } from 'zod';\nimport {\n  fold,\n} from '../text/fold';\nexport const lint = fold;\n",
  );
  write('lib/text/fold.ts', 'export const fold = (s: string) => s;\n');
  write('lib/other.ts', 'export const other = 1;\n');
  write('node_modules/zod/package.json', '{ "version": "4.0.0" }');
}

describe('the pack checks id', () => {
  it('is made of every module the checks import, followed to the end, and the packages', () => {
    project();
    expect(checkSources(root)).toEqual({
      files: [
        'lib/pack/lint.ts',
        'lib/pack/parse.ts',
        'lib/pack/rules/budget.ts',
        'lib/pack/rules/index.ts',
        'lib/text/fold.ts',
      ],
      packages: ['zod@4.0.0'],
    });
  });

  it.each([
    ['a rule deep in the schema', 'lib/pack/rules/budget.ts', 'export const rule = 999;\n'],
    ['the folding lint uses', 'lib/text/fold.ts', 'export const fold = (s: string) => s.trim();\n'],
    ['zod', 'node_modules/zod/package.json', '{ "version": "4.0.1" }'],
  ])('changes with %s', (_name, path, text) => {
    project();
    const before = packChecksId(root);
    write(path, text);
    expect(packChecksId(root)).not.toBe(before);
  });

  it('does not change with a module the checks do not use', () => {
    project();
    const before = packChecksId(root);
    write('lib/other.ts', 'export const other = 2;\n');
    expect(packChecksId(root)).toBe(before);
  });

  it("is this project's, as the tests compile it in", () => {
    expect(PACK_CHECKS_ID).toBe(packChecksId(ROOT));
    expect(checkSources(ROOT).files).toEqual(
      expect.arrayContaining(['lib/pack/lint.ts', 'lib/pack/schema.ts']),
    );
  });
});
