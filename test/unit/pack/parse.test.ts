import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatPackError, type PackError } from '../../../lib/pack/errors';
import { parsePack } from '../../../lib/pack/parse';
import type { Pack } from '../../../lib/pack/schema';
import { errorsOf, minimal, minimalText, mutated, root } from './parse-helpers';
import { referenceCases } from './parse-reference-cases';
import { schemaCases } from './parse-schema-cases';

describe('parsePack: the minimal pack', () => {
  it('accepts the minimal fixture as text and as a parsed value', () => {
    expect(parsePack(minimalText)).toMatchObject({ ok: true });
    expect(parsePack(minimal())).toMatchObject({ ok: true });
  });

  it('returns a typed pack with the fixture’s content', () => {
    const result = parsePack(minimalText);
    if (!result.ok) throw new Error(result.errors.map((e) => formatPackError(e, 'en')).join('\n'));
    expectTypeOf(result.pack).toEqualTypeOf<Pack>();
    const pack: Pack = result.pack;
    expect(pack.scripts.map((s) => s.id)).toEqual(['standard', 'hardship']);
    expect(pack.scripts[0]?.stages.map((s) => s.phase)).toEqual([
      'identify',
      'disclose',
      'understand',
      'negotiate',
      'commit',
      'close',
      'thirdParty',
      'escalate',
    ]);
    expect(new Set(pack.rules.map((r) => r.type)).size).toBe(8);
    expect(pack.constants['bank.hotline']).toBe('400-000-0000');
  });

  it('accepts a leading byte-order mark', () => {
    expect(parsePack(`\uFEFF${minimalText}`).ok).toBe(true);
  });

  it('the brief’s goto example reads as a whole line in both languages', () => {
    const errors = errorsOf(
      parsePack(
        mutated((p) => {
          p.scripts[0].stages[1].next[0].goto = 'negotiat';
        }),
      ),
    );
    expect(formatPackError(errors[0] as PackError, 'zh')).toMatch(
      /^scripts\[0]\.stages\[1]\.next\[0]\.goto: 跳转目标阶段 "negotiat" 在本话术中不存在/,
    );
    expect(formatPackError(errors[0] as PackError, 'en')).toMatch(
      /^scripts\[0]\.stages\[1]\.next\[0]\.goto: goto target stage "negotiat" does not exist in this script/,
    );
  });
});

describe.each([
  ['schema', schemaCases],
  ['references', referenceCases],
])('parsePack refuses an invalid pack (%s)', (_kind, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const errors = errorsOf(parsePack(mutated(c.edit)));
    expect(errors).toHaveLength(c.count ?? 1);
    const error = errors.find((e) => e.path === c.path);
    expect(error, `no error at ${c.path}; got ${errors.map((e) => e.path).join(', ')}`).toBeDefined();
    expect(error?.code).toBe(c.code);
    for (const part of c.zh) expect(error?.message.zh).toContain(part);
    for (const part of c.en) expect(error?.message.en).toContain(part);
    // A sentence never leaks zod's own wording.
    expect(error?.message.en).not.toMatch(/Invalid input|expected .*, received/);
  });
});

describe('the default packs parse', () => {
  const defaults = ['zh-CN', 'en-US']
    .map((name) => resolve(root, `lib/pack/defaults/${name}.json`))
    .filter((file) => existsSync(file));
  for (const file of defaults) {
    it(file.replace(`${root}/`, ''), () => {
      const result = parsePack(readFileSync(file, 'utf8'));
      if (!result.ok) {
        throw new Error(result.errors.map((e) => formatPackError(e, 'en')).join('\n'));
      }
      expect(result.pack.format).toBe('call-assist/pack@1');
    });
  }
});
