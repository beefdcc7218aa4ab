/**
 * The grammar of adapter patterns (the subset documented in linear-pattern.ts and the README),
 * parsed into a tree the linear matcher compiles. Anything outside the subset is a PatternError
 * that says what is not supported. No dependencies but the one folding: the content script imports it.
 *
 * A pattern reads the page's folded text (parse-value.ts), so it is folded too, as pack text is
 * untrusted as well: each literal becomes its folded form (`工號` → `工号`, `ＩＤ` → `id`, a
 * zero-width space → nothing), and a class range matches a folded character when one of the forms
 * it comes from is in the range (`[A-Z]` reads `a` and `Ａ`, `[０-９]` reads `5`). `\d \w \s` and
 * their negations test the folded character itself.
 */
import { foldChar, unfoldedForms } from '../text/fold';
import { bundledTraditional, type TraditionalTable } from '../text/traditional';

export const MAX_REPEAT = 50;
export type Test = (cp: number) => boolean;
export type Node =
  | { t: 'char'; test: Test }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'group'; capture: boolean; body: Node }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; body: Node; min: number; max: number; lazy: boolean };

export class PatternError extends Error {}

const range =
  (lo: number, hi: number): Test =>
  (cp) =>
    cp >= lo && cp <= hi;
const DIGIT: Test = range(0x30, 0x39);
const WORD: Test = (cp) =>
  DIGIT(cp) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f;
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const SPACE: Test = (cp) => SPACES.has(cp) || (cp >= 0x2000 && cp <= 0x200a);
const LINE_END = new Set([0x0a, 0x0d, 0x2028, 0x2029]);
const ANY: Test = (cp) => !LINE_END.has(cp);
const not =
  (test: Test): Test =>
  (cp) =>
    !test(cp);
const CLASSES: Record<string, Test> = {
  d: DIGIT,
  D: not(DIGIT),
  w: WORD,
  W: not(WORD),
  s: SPACE,
  S: not(SPACE),
};
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
/** Characters that need (or may take) a backslash to mean themselves. */
const PUNCTUATION = new Set('^$\\.*+?()[]{}|/-,:;!@#%&=<>~`\'"_ '.split(''));

export class Parser {
  private i = 0;
  captures = 0;
  private readonly chars: string[];
  /** The forms each folded code point may come from, for class ranges (built as they are asked). */
  private readonly forms = new Map<number, number[]>();
  /** `traditional`: the table the page's text is folded with (the content script's learned one). */
  constructor(
    source: string,
    private readonly traditional: TraditionalTable = bundledTraditional,
  ) {
    this.chars = Array.from(source);
  }

  /** The folded form of one literal: one character, several (㎏ → kg) or none (U+200B). */
  private literal(cp: number): Node {
    const items: Node[] = Array.from(foldChar(String.fromCodePoint(cp), this.traditional), (c) => {
      const folded = c.codePointAt(0) as number;
      return { t: 'char', test: (x) => x === folded };
    });
    return items.length === 1 ? (items[0] as Node) : { t: 'seq', items };
  }

  private formsOf(cp: number): number[] {
    let forms = this.forms.get(cp);
    if (!forms) {
      forms = unfoldedForms(String.fromCodePoint(cp), this.traditional).map(
        (f) => f.codePointAt(0) as number,
      );
      this.forms.set(cp, forms);
    }
    return forms;
  }

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.chars.length) throw new PatternError(`unexpected "${this.chars[this.i]}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.chars[this.i];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{') {
      const rest = this.chars.slice(this.i, this.i + 12).join('');
      const m = /^\{(\d{1,3})(,(\d{0,3}))?\}/.exec(rest);
      if (!m) throw new PatternError('"{" must be a repeat {m}, {m,} or {m,n}; write \\{ for the character');
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      if (max < min) throw new PatternError(`repeat ${m[0]} has max < min`);
      if (min > MAX_REPEAT || (max !== Number.POSITIVE_INFINITY && max > MAX_REPEAT))
        throw new PatternError(`repeat ${m[0]} is over ${MAX_REPEAT}`);
    } else return atom;
    if (atom.t === 'bol' || atom.t === 'eol') throw new PatternError('an anchor cannot repeat');
    const lazy = this.peek() === '?';
    if (lazy) this.i++;
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?' || next === '{')
      throw new PatternError('two quantifiers in a row');
    return { t: 'repeat', body: atom, min, max, lazy };
  }

  private atom(): Node {
    const c = this.chars[this.i++] as string;
    switch (c) {
      case '^':
        return { t: 'bol' };
      case '$':
        return { t: 'eol' };
      case '.':
        return { t: 'char', test: ANY };
      case '[':
        return { t: 'char', test: this.charClass() };
      case '\\': {
        const escaped = this.escape(false);
        return typeof escaped === 'number' ? this.literal(escaped) : { t: 'char', test: escaped };
      }
      case '(': {
        let capture = true;
        if (this.peek() === '?') {
          const named = /^\?<[A-Za-z_$][\w$]*>/.exec(this.chars.slice(this.i, this.i + 40).join(''));
          if (named) this.i += named[0].length;
          else if (this.chars[this.i + 1] === ':') {
            this.i += 2;
            capture = false;
          } else throw new PatternError('only (?:...) and (?<name>...) may follow "(?": no look-around');
        }
        // Only the first capturing group is read (parse-value.ts); later ones just group.
        if (capture) capture = ++this.captures === 1;
        const body = this.alternation();
        if (this.chars[this.i++] !== ')') throw new PatternError('a "(" is not closed');
        return { t: 'group', capture, body };
      }
      case ')':
        throw new PatternError('a ")" has no "("');
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new PatternError(`"${c}" must be escaped (\\${c}) to mean itself`);
      default:
        return this.literal(c.codePointAt(0) as number);
    }
  }

  /** After a backslash; `inClass` allows `\-`. A class (`\d`) as its test, else the code point. */
  private escape(inClass: boolean): Test | number {
    const c = this.chars[this.i++];
    if (c === undefined) throw new PatternError('the pattern ends with "\\"');
    const builtin = CLASSES[c];
    if (builtin) return builtin;
    const control = CONTROL[c];
    if (control !== undefined) return control;
    if (c === 'u') {
      const hex = this.chars.slice(this.i, this.i + 4).join('');
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new PatternError('\\u needs four hex digits');
      this.i += 4;
      return Number.parseInt(hex, 16);
    }
    // `\-` only inside a class, as RegExp's `u` flag has it.
    if ((PUNCTUATION.has(c) && c !== '-') || (inClass && c === '-')) return c.codePointAt(0) as number;
    throw new PatternError(`"\\${c}" is not supported (no back-references, \\b or \\p{…})`);
  }

  private charClass(): Test {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    // Built-in classes and single characters test the folded character; ranges test its forms.
    const tests: Test[] = [];
    const ranges: Test[] = [];
    let first = true;
    for (;;) {
      let c = this.chars[this.i++];
      if (c === undefined) throw new PatternError('a "[" is not closed');
      if (c === ']') {
        if (first) throw new PatternError('an empty class "[]" matches nothing');
        break;
      }
      first = false;
      let lo = c.codePointAt(0) as number;
      if (c === '\\') {
        const escaped = this.escape(true);
        if (typeof escaped !== 'number') {
          tests.push(escaped);
          continue;
        }
        lo = escaped;
      } else if (c === '[') throw new PatternError('write \\[ for "[" inside a class');
      if (this.peek() !== '-' || this.chars[this.i + 1] === ']' || this.chars[this.i + 1] === undefined) {
        const one = this.literal(lo);
        if (one.t === 'char') tests.push(one.test);
        continue;
      }
      this.i++;
      c = this.chars[this.i++] as string;
      let hi = c.codePointAt(0) as number;
      if (c === '\\') {
        const escaped = this.escape(true);
        if (typeof escaped !== 'number')
          throw new PatternError(`a range cannot end with \\${this.chars[this.i - 1]}`);
        hi = escaped;
      }
      if (hi < lo) throw new PatternError('a class range is out of order');
      ranges.push(range(lo, hi));
    }
    const member = (cp: number) =>
      tests.some((t) => t(cp)) ||
      (ranges.length > 0 && this.formsOf(cp).some((f) => ranges.some((r) => r(f))));
    return negated ? (cp) => !member(cp) : member;
  }
}
