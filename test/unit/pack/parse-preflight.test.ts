/** parsePack's cheap refusals before the schema: size, nesting, prototype keys, JSON syntax, the error cap (issue 14). */
import { MAX_PACK_ERRORS } from '../../../lib/pack/errors';
import { MAX_JSON_DEPTH, parsePack } from '../../../lib/pack/parse';
import { LIMITS } from '../../../lib/pack/schema';
import { errorsOf, type Json, minimal, minimalText, mutated } from './parse-helpers';

describe('parsePack: before the schema', () => {
  it('refuses a string over the size limit quickly, without parsing it', () => {
    const huge = `{"title":"${'a'.repeat(LIMITS.packBytes + 10)}"}`;
    // "Without parsing it": JSON.parse is never reached (a time bound would depend on the load).
    const parse = vi.spyOn(JSON, 'parse');
    const errors = errorsOf(parsePack(huge));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(errors).toEqual([expect.objectContaining({ path: '(root)', code: 'tooLarge' })]);
    expect(errors[0]?.message.zh).toContain('至少 5.0 MB，超过大小上限 5.0 MB');
    expect(errors[0]?.message.en).toContain('at least 5.0 MB, over the 5.0 MB size limit');
  });

  it('counts UTF-8 bytes, not characters: 2 million Chinese characters are 6 MB', () => {
    const chinese = `"${'催'.repeat(2_000_000)}"`;
    expect(chinese.length).toBeLessThan(LIMITS.packBytes);
    const error = errorsOf(parsePack(chinese))[0];
    expect(error?.code).toBe('tooLarge');
    expect(error?.message.en).toContain('about 5.7 MB');
  });

  it('refuses deeply nested JSON text before JSON.parse, with where it happens', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const errors = errorsOf(parsePack(deep));
    expect(errors).toEqual([expect.objectContaining({ path: '(root)', code: 'tooDeep' })]);
    expect(errors[0]?.message.zh).toContain(`超过 ${MAX_JSON_DEPTH} 层`);
    expect(errors[0]?.message.en).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
    expect(errors[0]?.message.en).toContain('(line 1, column 65)');
  });

  it('ignores brackets inside strings when measuring depth', () => {
    const pack = mutated((p) => {
      p.scripts[0].stages[0].lines[0].text = `${'['.repeat(100)}{{name}}`;
    });
    expect(parsePack(JSON.stringify(pack)).ok).toBe(true);
  });

  it('allows exactly 64 levels and refuses 65', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(errorsOf(parsePack(nested(MAX_JSON_DEPTH)))[0]?.code).toBe('invalid_type');
    expect(errorsOf(parsePack(nested(MAX_JSON_DEPTH + 1)))[0]?.code).toBe('tooDeep');
  });

  it('refuses a deeply nested or cyclic parsed value without recursing', () => {
    let deep: Json = {};
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const errors = errorsOf(parsePack(deep));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('tooDeep');
    expect(errors[0]?.path).toBe(`next${'.next'.repeat(MAX_JSON_DEPTH - 1)}`);

    const cyclic: Json = minimal();
    cyclic.constants.self = cyclic;
    expect(errorsOf(parsePack(cyclic))[0]?.code).toBe('tooDeep');
  });

  it('refuses __proto__ anywhere, naming the key and its path', () => {
    const text = minimalText.replace(
      '"bank.name": "示例银行",',
      '"bank.name": "示例银行", "__proto__": { "polluted": "yes" },',
    );
    const errors = errorsOf(parsePack(text));
    expect(errors).toEqual([expect.objectContaining({ path: 'constants.__proto__', code: 'forbiddenKey' })]);
    expect(errors[0]?.message.zh).toContain('不允许使用键名 "__proto__"');
    expect(errors[0]?.message.en).toContain('The key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype keys, also in an already-parsed value', () => {
    const value = JSON.parse(
      minimalText.replace('"sample": {', '"sample": { "constructor": "x", "prototype": "y",'),
    ) as Json;
    const errors = errorsOf(parsePack(value));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['crm.adapters[0].sample.constructor', 'forbiddenKey'],
      ['crm.adapters[0].sample.prototype', 'forbiddenKey'],
    ]);
    const own = JSON.parse('{"__proto__": {"x": 1}}') as object;
    expect(errorsOf(parsePack(own))[0]).toMatchObject({ path: '__proto__', code: 'forbiddenKey' });
  });

  it('refuses invalid JSON with line, column and what was expected', () => {
    const text = minimalText.replace('"version": 3,', '"version": 3,,');
    const errors = errorsOf(parsePack(text));
    expect(errors).toEqual([expect.objectContaining({ path: '(root)', code: 'invalidJson' })]);
    expect(errors[0]?.message.zh).toContain('第 4 行第 16 列');
    expect(errors[0]?.message.zh).toContain('出现意外的 ","');
    expect(errors[0]?.message.en).toMatch(
      /unexpected "," where a property name in double quotes .* line 4, column 16/,
    );
  });

  it.each([
    ['{"a": [1, 2,]}', 'line 1, column 13', 'unexpected "]" where a value was expected'],
    ['{"a": 1', 'line 1, column 8', 'unexpected end of text'],
    ['{"a": "x\ny"}', 'line 1, column 9', 'unescaped line break'],
    ["{'a': 1}", 'line 1, column 2', 'property name in double quotes'],
    ['{"a": 1} x', 'line 1, column 10', 'the end of the text'],
    ['', 'line 1, column 1', 'unexpected end of text'],
    ['{"a": tru}', 'line 1, column 7', 'unexpected "t"'],
    ['{"a": "\\x"}', 'line 1, column 8', 'the escape "\\x"'],
  ])('locates the JSON error in %j', (text, where, what) => {
    const error = errorsOf(parsePack(text))[0];
    expect(error?.code).toBe('invalidJson');
    expect(error?.message.en).toContain(where);
    expect(error?.message.en).toContain(what);
    expect(error?.message.zh).toContain('不是有效的 JSON');
  });

  it('refuses a value that is neither text nor an object', () => {
    const errors = errorsOf(parsePack(42));
    expect(errors).toEqual([expect.objectContaining({ path: '(root)', code: 'invalid_type' })]);
    expect(errors[0]?.message.en).toContain('JSON text or an object');
  });

  it('caps the error list at 100, the last one counting the rest', () => {
    const pack = mutated((p) => {
      p.objections = Array.from({ length: 150 }, (_, i) => ({ ...p.objections[0], id: `bad id ${i}` }));
    });
    const errors = errorsOf(parsePack(pack));
    expect(errors).toHaveLength(MAX_PACK_ERRORS);
    expect(errors[0]?.path).toBe('objections[0].id');
    expect(errors[98]?.path).toBe('objections[98].id');
    expect(errors[99]).toMatchObject({ path: '(root)', code: 'tooManyErrors' });
    expect(errors[99]?.message.zh).toContain('另有 51 处错误');
    expect(errors[99]?.message.en).toContain('51 more errors');
  });

  it('reports several independent problems at once', () => {
    const errors = errorsOf(
      parsePack(
        mutated((p) => {
          p.locale = 'chinese';
          delete p.segments[0].name;
          p.scripts[1].stages[0].lines[0].kind = 'tell';
        }),
      ),
    );
    expect(errors.map((e) => e.path)).toEqual([
      'locale',
      'segments[0].name',
      'scripts[1].stages[0].lines[0].kind',
    ]);
  });
});
