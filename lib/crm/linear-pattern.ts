/**
 * Adapter `pattern`s run by a small Pike VM (a Thompson NFA with captures), never by `RegExp`
 * (issue 14 item 3): time is O(input × program) on any input, so `(a|a)*b` or
 * `^((?:\d|[\d,.])+)元$` cannot freeze a CRM tab. Runs in the content script: no dependencies.
 *
 * The subset (README "Adapter patterns"): literals, `.`, classes `[...]` / `[^...]` with ranges,
 * `\d \D \w \W \s \S`, escaped punctuation, `\t \n \r \f \v \uXXXX`, groups `(...)` and `(?:...)`,
 * `|`, `? * +` and `{m}` `{m,}` `{m,n}` (n ≤ 50), lazy forms, `^` and `$`, exactly one capturing
 * group. Matching is by code point (like the `u` flag), leftmost-first like `RegExp.exec`.
 * Anything else (back-references, look-around, `\b`, `\p{…}`, named groups) is refused.
 */

export const MAX_REPEAT = 50;
/** Program size cap: bounds the work per input character (and so the worst case per field). */
export const MAX_PROGRAM = 2000;

type Test = (cp: number) => boolean;
type Node =
  | { t: 'char'; test: Test }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'group'; capture: boolean; body: Node }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; body: Node; min: number; max: number; lazy: boolean };

type Instr =
  | { op: 'char'; test: Test }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'save'; slot: number }
  | { op: 'bol' }
  | { op: 'eol' }
  | { op: 'match' };

export interface LinearPattern {
  /** Capturing groups in the source (an adapter pattern must have exactly one). */
  captures: number;
  /**
   * Like `RegExp.prototype.exec`: [whole match, group 1] or null. `work.steps` (when given) counts
   * the VM's steps, so tests can prove the bound without timing anything.
   */
  exec(input: string, work?: { steps: number }): [string, string | undefined] | null;
}

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

class Parser {
  private i = 0;
  captures = 0;
  private readonly chars: string[];
  constructor(source: string) {
    this.chars = Array.from(source);
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
      case '\\':
        return { t: 'char', test: this.escape(false) };
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
      default: {
        const cp = c.codePointAt(0) as number;
        return { t: 'char', test: (x) => x === cp };
      }
    }
  }

  /** After a backslash; `inClass` allows `\-`. Returns a test for one code point. */
  private escape(inClass: boolean): Test {
    const c = this.chars[this.i++];
    if (c === undefined) throw new PatternError('the pattern ends with "\\"');
    const builtin = CLASSES[c];
    if (builtin) return builtin;
    const control = CONTROL[c];
    if (control !== undefined) return (x) => x === control;
    if (c === 'u') {
      const hex = this.chars.slice(this.i, this.i + 4).join('');
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new PatternError('\\u needs four hex digits');
      this.i += 4;
      const cp = Number.parseInt(hex, 16);
      return (x) => x === cp;
    }
    // `\-` only inside a class, as RegExp's `u` flag has it.
    if ((PUNCTUATION.has(c) && c !== '-') || (inClass && c === '-')) {
      const cp = c.codePointAt(0) as number;
      return (x) => x === cp;
    }
    throw new PatternError(`"\\${c}" is not supported (no back-references, \\b or \\p{…})`);
  }

  private charClass(): Test {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const tests: Test[] = [];
    let first = true;
    for (;;) {
      const c = this.chars[this.i++];
      if (c === undefined) throw new PatternError('a "[" is not closed');
      if (c === ']') {
        if (first) throw new PatternError('an empty class "[]" matches nothing');
        break;
      }
      first = false;
      if (c === '\\') {
        const before = this.i;
        const test = this.escape(true);
        const letter = this.chars[before] ?? '';
        if (letter in CLASSES) {
          tests.push(test);
          continue;
        }
        tests.push(this.maybeRange(this.codePointBefore(before), test));
        continue;
      }
      if (c === '[') throw new PatternError('write \\[ for "[" inside a class');
      const cp = c.codePointAt(0) as number;
      tests.push(this.maybeRange(cp, (x) => x === cp));
    }
    return negated ? (cp) => !tests.some((t) => t(cp)) : (cp) => tests.some((t) => t(cp));
  }

  /** The code point an escape at `at` (just after its backslash) stands for. */
  private codePointBefore(at: number): number {
    const letter = this.chars[at] as string;
    if (letter === 'u') return Number.parseInt(this.chars.slice(at + 1, at + 5).join(''), 16);
    return CONTROL[letter] ?? (letter.codePointAt(0) as number);
  }

  private maybeRange(lo: number, single: Test): Test {
    if (this.peek() !== '-' || this.chars[this.i + 1] === ']' || this.chars[this.i + 1] === undefined)
      return single;
    this.i++;
    let c = this.chars[this.i++] as string;
    let hi = c.codePointAt(0) as number;
    if (c === '\\') {
      c = this.chars[this.i] ?? '';
      if (c in CLASSES) throw new PatternError(`a range cannot end with \\${c}`);
      const at = this.i;
      this.escape(true);
      hi = this.codePointBefore(at);
    }
    if (hi < lo) throw new PatternError('a class range is out of order');
    return range(lo, hi);
  }
}

function compile(node: Node, program: Instr[]): void {
  const emit = (instr: Instr): number => {
    if (program.length >= MAX_PROGRAM) throw new PatternError('the pattern is too complex');
    program.push(instr);
    return program.length - 1;
  };
  switch (node.t) {
    case 'char':
      emit({ op: 'char', test: node.test });
      return;
    case 'bol':
    case 'eol':
      emit({ op: node.t });
      return;
    case 'seq':
      for (const item of node.items) compile(item, program);
      return;
    case 'group':
      if (node.capture) emit({ op: 'save', slot: 2 });
      compile(node.body, program);
      if (node.capture) emit({ op: 'save', slot: 3 });
      return;
    case 'alt': {
      const jumps: Instr[] = [];
      node.options.forEach((option, k) => {
        if (k < node.options.length - 1) {
          const split = { op: 'split', x: 0, y: 0 } as Extract<Instr, { op: 'split' }>;
          emit(split);
          split.x = program.length;
          compile(option, program);
          const jump = { op: 'jmp', x: 0 } as Extract<Instr, { op: 'jmp' }>;
          emit(jump);
          jumps.push(jump);
          split.y = program.length;
        } else compile(option, program);
      });
      for (const jump of jumps) (jump as { x: number }).x = program.length;
      return;
    }
    case 'repeat': {
      for (let k = 0; k < node.min; k++) compile(node.body, program);
      const order = (split: { x: number; y: number }, body: number, out: number) => {
        split.x = node.lazy ? out : body;
        split.y = node.lazy ? body : out;
      };
      if (node.max === Number.POSITIVE_INFINITY) {
        const split = { op: 'split', x: 0, y: 0 } as Extract<Instr, { op: 'split' }>;
        const at = emit(split);
        compile(node.body, program);
        emit({ op: 'jmp', x: at });
        order(split, at + 1, program.length);
        return;
      }
      const splits: Extract<Instr, { op: 'split' }>[] = [];
      for (let k = node.min; k < node.max; k++) {
        const split = { op: 'split', x: 0, y: 0 } as Extract<Instr, { op: 'split' }>;
        const at = emit(split);
        splits.push(split);
        compile(node.body, program);
        split.x = at + 1;
      }
      for (const split of splits) order(split, split.x, program.length);
      return;
    }
  }
}

/** Instructions in a pattern's program (the per-character work bound); throws like compilePattern. */
export function compiledSize(source: string): number {
  const program: Instr[] = [];
  compile(new Parser(source).parse(), program);
  return program.length + 1;
}

/** Parses and compiles a pattern, or throws PatternError saying what is outside the subset. */
export function compilePattern(source: string): LinearPattern {
  const parser = new Parser(source);
  const tree = parser.parse();
  const program: Instr[] = [];
  compile({ t: 'seq', items: [{ t: 'group', capture: false, body: tree }] }, program);
  program.push({ op: 'match' });
  return { captures: parser.captures, exec: (input, work) => run(program, input, work) };
}

const OP = { char: 0, split: 1, jmp: 2, save: 3, bol: 4, eol: 5, match: 6 } as const;

/**
 * The Pike VM. Threads live in flat typed arrays (pc and three capture slots: match start, group
 * start, group end), so a step allocates nothing; each pc enters a list at most once per position.
 */
function run(
  program: readonly Instr[],
  input: string,
  work?: { steps: number },
): [string, string | undefined] | null {
  const size = program.length;
  const ops = new Int8Array(size);
  const xs = new Int32Array(size);
  const ys = new Int32Array(size);
  const tests: (Test | undefined)[] = [];
  program.forEach((instr, pc) => {
    ops[pc] = OP[instr.op];
    if (instr.op === 'split') {
      xs[pc] = instr.x;
      ys[pc] = instr.y;
    } else if (instr.op === 'jmp') xs[pc] = instr.x;
    else if (instr.op === 'save') xs[pc] = instr.slot - 1; // slot 2 → caps[1], 3 → caps[2]
    tests[pc] = instr.op === 'char' ? instr.test : undefined;
  });
  const points = Array.from(input, (c) => c.codePointAt(0) as number);
  const n = points.length;
  let curPc = new Int32Array(size);
  let curCaps = new Int32Array(size * 3);
  let curLen = 0;
  let nextPc = new Int32Array(size);
  let nextCaps = new Int32Array(size * 3);
  let nextLen = 0;
  const mark = new Int32Array(size).fill(-1);
  const stackPc = new Int32Array(2 * size + 2);
  const stackCaps = new Int32Array(3 * (2 * size + 2));
  let matched: [number, number, number, number] | null = null;
  let top = 0;
  const push = (to: number, d0: number, d1: number, d2: number) => {
    stackPc[top] = to;
    stackCaps[top * 3] = d0;
    stackCaps[top * 3 + 1] = d1;
    stackCaps[top * 3 + 2] = d2;
    top++;
  };

  /** Adds pc (and what it leads to without reading) to the next list; `toCurrent` for a new attempt. */
  const add = (toCurrent: boolean, pc0: number, a: number, b: number, c: number, pos: number) => {
    const listPc = toCurrent ? curPc : nextPc;
    const listCaps = toCurrent ? curCaps : nextCaps;
    let len = toCurrent ? curLen : nextLen;
    top = 0;
    push(pc0, a, b, c);
    let steps = 0;
    while (top > 0) {
      top--;
      steps++;
      const pc = stackPc[top] as number;
      const k = top * 3;
      const c0 = stackCaps[k] as number;
      const c1 = stackCaps[k + 1] as number;
      const c2 = stackCaps[k + 2] as number;
      if (mark[pc] === pos) continue;
      mark[pc] = pos;
      switch (ops[pc]) {
        case OP.jmp:
          push(xs[pc] as number, c0, c1, c2);
          break;
        case OP.split:
          // Pushed in reverse so the preferred branch is explored (and listed) first.
          push(ys[pc] as number, c0, c1, c2);
          push(xs[pc] as number, c0, c1, c2);
          break;
        case OP.save:
          if (xs[pc] === 1) push(pc + 1, c0, pos, c2);
          else push(pc + 1, c0, c1, pos);
          break;
        case OP.bol:
          if (pos === 0) push(pc + 1, c0, c1, c2);
          break;
        case OP.eol:
          if (pos === n) push(pc + 1, c0, c1, c2);
          break;
        default:
          listPc[len] = pc;
          listCaps[len * 3] = c0;
          listCaps[len * 3 + 1] = c1;
          listCaps[len * 3 + 2] = c2;
          len++;
      }
    }
    if (toCurrent) curLen = len;
    else nextLen = len;
    if (work) work.steps += steps;
  };

  for (let pos = 0; pos <= n; pos++) {
    // A new attempt starts here only while nothing has matched yet (leftmost wins), at lowest priority.
    if (matched === null) add(true, 0, pos, -1, -1, pos);
    else if (curLen === 0) break;
    nextLen = 0;
    const cp = points[pos];
    for (let t = 0; t < curLen; t++) {
      const pc = curPc[t] as number;
      if (ops[pc] === OP.match) {
        matched = [curCaps[t * 3] as number, pos, curCaps[t * 3 + 1] as number, curCaps[t * 3 + 2] as number];
        break; // lower-priority threads lose to this match
      }
      if (cp !== undefined && (tests[pc] as Test)(cp))
        add(
          false,
          pc + 1,
          curCaps[t * 3] as number,
          curCaps[t * 3 + 1] as number,
          curCaps[t * 3 + 2] as number,
          pos + 1,
        );
    }
    [curPc, nextPc] = [nextPc, curPc];
    [curCaps, nextCaps] = [nextCaps, curCaps];
    curLen = nextLen;
  }
  if (matched === null) return null;
  // UTF-16 offset of each code point, to slice the answer out of the original string.
  const offsets: number[] = [0];
  for (const cp of points) offsets.push((offsets[offsets.length - 1] as number) + (cp > 0xffff ? 2 : 1));
  const [start, end, g0, g1] = matched;
  const slice = (from: number, to: number) => input.slice(offsets[from], offsets[to]);
  return [slice(start, end), g0 >= 0 && g1 >= 0 ? slice(g0, g1) : undefined];
}
