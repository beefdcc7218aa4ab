/**
 * The identity of this build's pack checks, computed when the extension is built (wxt.config.ts)
 * or tested (vitest.config.ts) and compiled in as `__PACK_CHECKS_ID__` (lib/pack/checked-mark.ts).
 * A stored pack marked with it is not linted again on load; so it must change whenever a check can:
 * it is a SHA-256 over the source of every module the schema (parse.ts) and lint (lint.ts) import,
 * followed to the end, and the versions of the packages they import (zod's rules are the schema's).
 * Computed rather than bumped by hand: a forgotten bump would let a rule added since (gate 13's
 * adapter budget) pass every pack an earlier build marked (red team 14 item 6). Any edit to those
 * files, a comment included, changes it: the cost is one extra lint per stored pack after an update.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** Where the checks begin: the gate and the store both run exactly these. */
export const CHECK_ENTRIES = ['lib/pack/parse.ts', 'lib/pack/lint.ts'] as const;

// Static and dynamic imports and re-exports, type-only ones too (cheap, and on the safe side).
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The file an import names, as the bundler resolves it (`@/` and `~/` are the project root). */
function resolveLocal(root: string, from: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  const base = /^[@~]\//.test(bare) ? resolve(root, bare.slice(2)) : resolve(dirname(from), bare);
  return [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find(isFile);
}

/** A package's name and installed version; the name alone when it cannot be read. */
function packageVersion(root: string, specifier: string): string {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  const manifest = resolve(root, 'node_modules', name, 'package.json');
  if (!isFile(manifest)) return name;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  return `${name}@${String(version)}`;
}

/** The files the checks are made of (sorted, relative to root) and the packages they use. */
export function checkSources(root: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = CHECK_ENTRIES.map((entry) => resolve(root, entry));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier === undefined || specifier.startsWith('node:')) continue;
      if (/^(?:\.|[@~]\/)/.test(specifier)) {
        const target = resolveLocal(root, file, specifier);
        // Unresolved (a path quoted in a comment): the bundler would fail on a real one.
        if (target === undefined) packages.add(specifier);
        else queue.push(target);
      } else packages.add(packageVersion(root, specifier));
    }
  }
  return {
    files: [...files].map((f) => relative(root, f).split('\\').join('/')).sort(),
    packages: [...packages].sort(),
  };
}

/** The checks id: 16 hex digits of the SHA-256 of those files' paths and bytes and the packages. */
export function packChecksId(root: string): string {
  const hash = createHash('sha256');
  const { files, packages } = checkSources(root);
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(resolve(root, file)))
      .update('\0');
  for (const name of packages) hash.update(`${name}\0`);
  return hash.digest('hex').slice(0, 16);
}
