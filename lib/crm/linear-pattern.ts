/**
 * Adapter `pattern`s run by a small Pike VM (a Thompson NFA with captures), never by `RegExp`
 * (issue 14 item 3): time is O(input × program) on any input, so `(a|a)*b` or
 * `^((?:\d|[\d,.])+)元$` cannot freeze a CRM tab. Runs in the content script: no dependencies.
 *
 * The subset (README "Adapter patterns"): literals, `.`, classes `[...]` / `[^...]` with ranges,
 * `\d \D \w \W \s \S`, escaped punctuation, `\t \n \r \f \v \uXXXX`, groups `(...)`, `(?:...)`
 * and `(?<name>...)`, `|`, `? * +` and `{m}` `{m,}` `{m,n}` (n ≤ 50), lazy forms, `^` and `$`; the
 * first capturing group is the value (references.ts requires exactly one). Matching is by code
 * point (like the `u` flag), leftmost-first like `RegExp.exec`. Anything else (back-references,
 * look-around, `\b`, `\p{…}`) is refused by the grammar (pattern-grammar.ts). The pattern is
 * folded as it is parsed (pattern-grammar.ts): it is meant for folded text (parse-value.ts).
 */
import type { TraditionalTable } from '../text/traditional';
import { type Node, Parser, PatternError, type Test } from './pattern-grammar';

export { MAX_REPEAT, PatternError } from './pattern-grammar';

/** Program size cap: bounds the work per input character (and so the worst case per field). */
export const MAX_PROGRAM = 2000;

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
   * Like `RegExp.prototype.exec`, as UTF-16 offsets: [match start, end, group 1 start, end] (the
   * group's -1 when it took no part), or null. `work.steps` (when given) counts the VM's steps, so
   * tests can prove the bound without timing anything.
   */
  find(input: string, work?: { steps: number }): Found | null;
}

export type Found = [number, number, number, number];

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

/**
 * Instructions in a pattern's program (the per-character work bound), folded with the whole table
 * (a literal may fold to several characters: ㎏ → kg); throws like compilePattern.
 */
export function compiledSize(source: string): number {
  const program: Instr[] = [];
  compile(new Parser(source).parse(), program);
  return program.length + 1;
}

/**
 * Parses and compiles a pattern, folded with `traditional` (the table the page is folded with), or
 * throws PatternError saying what is outside the subset.
 */
export function compilePattern(source: string, traditional?: TraditionalTable): LinearPattern {
  const parser = new Parser(source, traditional);
  const tree = parser.parse();
  const program: Instr[] = [];
  compile({ t: 'seq', items: [{ t: 'group', capture: false, body: tree }] }, program);
  program.push({ op: 'match' });
  return { captures: parser.captures, find: (input, work) => run(program, input, work) };
}

/** What `RegExp.prototype.exec` gives, [whole match, group 1], for what the pattern finds. */
export function execPattern(
  pattern: LinearPattern,
  input: string,
  work?: { steps: number },
): [string, string | undefined] | null {
  const found = pattern.find(input, work);
  if (!found) return null;
  const [start, end, g0, g1] = found;
  return [input.slice(start, end), g0 < 0 ? undefined : input.slice(g0, g1)];
}

const OP = { char: 0, split: 1, jmp: 2, save: 3, bol: 4, eol: 5, match: 6 } as const;

/**
 * The Pike VM. Threads live in flat typed arrays (pc and three capture slots: match start, group
 * start, group end), so a step allocates nothing; each pc enters a list at most once per position.
 */
function run(program: readonly Instr[], input: string, work?: { steps: number }): Found | null {
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
  let matched: Found | null = null;
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
  // UTF-16 offset of each code point, to give the answer as offsets in the original string.
  const offsets: number[] = [0];
  for (const cp of points) offsets.push((offsets[offsets.length - 1] as number) + (cp > 0xffff ? 2 : 1));
  // A thread that matched has left every group it entered: its group end is set when its start is.
  return matched.map((k) => (k < 0 ? -1 : offsets[k])) as Found;
}
