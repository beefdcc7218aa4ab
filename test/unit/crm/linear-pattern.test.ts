import fc from 'fast-check';
import { compiledSize, compilePattern, execPattern, PatternError } from '@/lib/crm/linear-pattern';
import { foldText } from '@/lib/text/fold';
import { traditionalTable } from '@/lib/text/traditional';
import { HOSTILE_PATTERNS, hostileInput } from '../../fixtures/hostile/patterns';

/**
 * What RegExp (with `u`, and `i`: the pattern is folded, so it reads either case) answers on the
 * folded text a pattern is run on (parse-value.ts): the reference for every pattern in the subset.
 */
function reference(pattern: string, input: string): [string, string | undefined] | null {
  const found = new RegExp(pattern, 'iu').exec(foldText(input));
  return found ? [found[0], found[1]] : null;
}

const AGREE: [string, string[]][] = [
  ['逾期(\\d+)天', ['逾期 75天', '逾期75天', '逾期天', 'x逾期123天y']],
  ['^\\s*(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*元?$', ['12,345.67元', ' 1,2 ', '100', '1,234,567', '']],
  ['(\\w+)@', ['mail: ab_c@x', '@', 'a@b@c']],
  ['([A-Z]{2}\\d{4,6})', ['ref AB12345 z', 'ab1234', 'AB123', 'ＡＢ１２３４']],
  ['ID[:：]\\s*(\\d+)', ['ＩＤ：１２３', 'id: 45', 'Id:x']],
  ['(a|ab)(?:c|bcd)?', ['abcd', 'abc', 'xab']],
  ['(a*?)b', ['aaab', 'b', 'ccb']],
  ['(a+?)', ['aaa']],
  ['^(.*)$', ['line', '']],
  ['(.*),', ['a,b,c']],
  ['(.*?),', ['a,b,c']],
  ['([^,，]+)[,，]', ['张三，李四', 'x']],
  ['(\\S+)\\s', ['a b', 'ab']],
  ['([\\d-]+)', ['tel 010-1234', 'x']],
  ['([a-c\\-]+)', ['zz-abc-d']],
  ['(x{2,3})', ['xxxxx', 'x']],
  ['(?:ab){2}(c)', ['ababc', 'abc']],
  ['(\\u4e2d)', ['中文']],
  ['(😀+)', ['a😀😀b']],
  ['(.)$', ['ab😀']],
  ['(a|a)*b', ['aaab', 'aaa']],
  ['^((?:\\d|[\\d,.])+)元$', ['1,234.5元', '12元x']],
  ['^\\d*\\d*\\d*\\d*(\\d)$', ['12345', '1234a']],
  ['(\\w|\\d)+$', ['abc1', 'ab!']],
  ['(a*)*$', ['aaab', '']],
  ['x|^(y)', ['zy', 'yx']],
  ['(?:^a|$)(b?)', ['cb', 'ab']],
  ['(?<days>\\d+)天', ['75天']],
  ['(\\d+)-(\\d+)', ['10-20']],
  ['\\d+', ['x 12 y']],
];

describe('the linear pattern matcher', () => {
  it.each(AGREE)('agrees with RegExp on %s', (pattern, inputs) => {
    const compiled = compilePattern(pattern);
    for (const input of inputs)
      expect(execPattern(compiled, foldText(input)), `${pattern} on ${input}`).toEqual(
        reference(pattern, input),
      );
  });

  it('counts capturing groups (an adapter pattern must have exactly one)', () => {
    expect(compilePattern('a(b)(c)').captures).toBe(2);
    expect(compilePattern('(?:a)').captures).toBe(0);
  });

  it('agrees with RegExp on random inputs for sample patterns', () => {
    const patterns = [
      '(\\d+)',
      '^(a|b)*c$',
      '(a?b+)|c',
      '([ab]{1,3})a',
      '(?:a|(b))+c'.replace('(?:a|(b))+', '(?:a|b)+(b)'),
    ];
    for (const pattern of patterns) {
      const compiled = compilePattern(pattern);
      fc.assert(
        fc.property(fc.stringMatching(/^[abc1 ]{0,12}$/), (input) => {
          expect(execPattern(compiled, foldText(input))).toEqual(reference(pattern, input));
        }),
      );
    }
  });

  it.each([
    ['(a)\\1', 'back-reference'],
    ['(?=a)(a)', 'look-ahead'],
    ['(?<=a)(b)', 'look-behind'],
    ['\\b(a)', 'word boundary'],
    ['(\\p{L})', 'property'],
    ['(a{1,500})', 'big repeat'],
    ['\\-(a)', 'escaped hyphen outside a class'],
    ['(abc', 'unclosed'],
    ['a)(b', 'unopened'],
    ['(a**)', 'double quantifier'],
    ['([])', 'empty class'],
    ['([z-a])', 'reversed range'],
    ['(a)\\', 'trailing backslash'],
    ['(?:(?:(?:a{50}){50}){50})(b)', 'too complex'],
  ])('refuses %s (%s)', (pattern) => {
    expect(() => compilePattern(pattern)).toThrow(PatternError);
  });

  // Issue 14 item 3: these froze a CRM tab for up to a minute under RegExp. Linear time is proved
  // by counting the VM's steps (no timing in unit tests): at most 2 per instruction per position.
  // The wall-clock figures (500 characters < 5 ms) are measured by `npm run bench`.
  it.each(HOSTILE_PATTERNS)('runs %s in steps linear in the input', (pattern, unit) => {
    const compiled = compilePattern(pattern);
    const size = compiledSize(pattern);
    const steps = (length: number) => {
      const work = { steps: 0 };
      compiled.find(hostileInput(unit, length), work);
      return work.steps;
    };
    const short = steps(500);
    const long = steps(1000);
    expect(short).toBeLessThanOrEqual(2 * size * 501);
    // Twice the input, at most about twice the work (exponential or quadratic would not fit).
    expect(long).toBeLessThan(2.1 * short + 2 * size);
  });
});

// crm15: the pattern is folded as it is parsed, for the folded text it runs on (parse-value.ts).
describe('a pattern folded for folded text', () => {
  const run = (pattern: string, page: string) => execPattern(compilePattern(pattern), foldText(page))?.[1];

  it('folds its literals: traditional, width, case, 您, invisible characters', () => {
    expect(run('工號 (\\d+)', '工号 12')).toBe('12');
    expect(run('ＩＤ：(\\d+)', 'id:12')).toBe('12');
    expect(run('Ref(\\d+)', 'REF12')).toBe('12');
    expect(run('您(\\d+)', '你12')).toBe('12');
    expect(run('工\u200b\u00ad号(\\d+)', '工号12')).toBe('12');
    expect(run('\\u5DE5\\u865F(\\d+)', '工号12')).toBe('12');
    // A character that folds to several is the sequence (㎏ → kg), even under a quantifier.
    expect(run('5(㎏+)', '5kgkg')).toBe('kgkg');
  });

  it('matches a class range by the forms a folded character comes from', () => {
    expect(run('([A-Z]+)', 'ABC 12')).toBe('abc');
    expect(run('([０-９]+)', '１２3')).toBe('123');
    expect(run('([Ａ-Ｚ]+)', 'xyz')).toBe('xyz');
    expect(run('^([^（]+)（', '李娜（工號）')).toBe('李娜');
    expect(run('([號]+)', '號号')).toBe('号号');
    expect(run('([^A-Z]+)', 'ab12')).toBe('12');
  });

  it('keeps \\D, \\W and \\S as the folded character’s classes (never folded to \\d \\w \\s)', () => {
    expect(run('(\\D+)', 'ab12')).toBe('ab');
    expect(run('(\\W+)', 'ab-+12')).toBe('-+');
    expect(run('(\\S+)', ' ab ')).toBe('ab');
    expect(run('([\\D]+)', '12ab')).toBe('ab');
  });

  it('folds with the table it is given (the content script’s learned one)', () => {
    const empty = traditionalTable('');
    expect(execPattern(compilePattern('工號(\\d)', empty), '工号1')).toBeNull();
    expect(execPattern(compilePattern('工號(\\d)', empty.learned('號号')), '工号1')?.[1]).toBe('1');
  });

  it('counts a literal that folds to several characters in its size', () => {
    expect(compiledSize('(㎏)')).toBe(compiledSize('(kg)'));
  });
});
