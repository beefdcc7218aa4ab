/**
 * The masking pass's working state (issue 16 §1): the text folded once (`lib/text/fold.ts`, so
 * full-width digits, U+3000 and invisible characters inside a number are seen as what they are)
 * and its digits read as ASCII (`./digits`: any script's decimal digits, spelled Chinese numerals),
 * the parts already claimed by a detector, and what each claim hides. The result is written back
 * over the ORIGINAL text: only the claimed numbers change, everything else stays as typed.
 */
import { foldWithOffsets } from '../../text/fold';
import { type ReadText, readDigits } from './digits';
import type { MaskKind } from './kinds';
import { LINE_BREAK, MARKS } from './marks';

/** Separators between digit groups on one line (U+3000 folds to a space, ／ to /), review 2026-11 item 7. */
export const INLINE_SEP = `(?:[ \\t]{1,4}|[ \\t]?${MARKS}[ \\t]?)`;

/** The same, or one line break: a number the agent's typing wrapped. */
export const SEP = `(?:[ \\t]{1,4}|[ \\t]?(?:${LINE_BREAK}|${MARKS})[ \\t]?)`;

/**
 * A Chinese or ASCII comma or 、 between digit groups (，folds to ,), as an IME types a number:
 * only where the groups' shape or a check digit rules out a list of amounts (cards: groups of
 * four; resident IDs: 6-8-4 with a valid check digit or after an ID cue), red team 9.
 */
export const COMMA_SEP = '[ \\t]?[,、][ \\t]?';

/** A secret hidden whole (`hideWhole`): always this, whatever its length. */
export const SECRET_MASK = '******';

interface Claim {
  start: number;
  end: number;
}

export class Scan {
  readonly folded: ReadText;
  private readonly claimed: Uint8Array;
  private workText: string;
  private workDirty = false;
  readonly hidden = new Set<number>();
  readonly dropped = new Set<number>();
  /** Units written as another text (the first unit of a secret hidden whole). */
  readonly replaced = new Map<number, string>();
  readonly counts = new Map<MaskKind, number>();
  private readonly claims: Claim[] = [];
  /** Ranges no detector may take that stay as typed (a reference number after its cue). */
  private readonly kept: Claim[] = [];

  get claimsCount(): number {
    return this.claims.length;
  }

  constructor(readonly original: string) {
    this.folded = readDigits(foldWithOffsets(original));
    this.workText = this.folded.text;
    this.claimed = new Uint8Array(this.folded.text.length);
  }

  /**
   * The folded text with claimed units replaced by U+0000, so later detectors see a boundary there.
   * Rebuilt from the claims' ranges in order (slices, not one array entry per unit): a detector
   * reads it after the previous one's claims, and the per-unit rebuild was the pass's largest cost.
   */
  get work(): string {
    if (this.workDirty) {
      const text = this.folded.text;
      const claims = [...this.claims, ...this.kept].sort((a, b) => a.start - b.start);
      let out = '';
      let cursor = 0;
      for (const { start, end } of claims) {
        if (end <= cursor) continue;
        const from = Math.max(start, cursor);
        out += text.slice(cursor, from) + '\u0000'.repeat(end - from);
        cursor = end;
      }
      this.workText = out + text.slice(cursor);
      this.workDirty = false;
    }
    return this.workText;
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i += 1) if (this.claimed[i]) return false;
    return true;
  }

  /** Folded indices of the digits (and a final ID `x`) in [start, end). */
  digitsIn(start: number, end: number): number[] {
    const out: number[] = [];
    for (let i = start; i < end; i += 1) if (/[\dx]/.test(this.folded.text[i] ?? '')) out.push(i);
    return out;
  }

  /** The digits (and a final ID `x`) in [start, end) as one ASCII string. */
  digitText(start: number, end: number): string {
    return this.digitsIn(start, end)
      .map((i) => this.folded.text[i])
      .join('');
  }

  /** Claims [start, end) for one number of `kind`: every digit but the first `keepFirst` and last `keepLast` hidden. */
  claim(kind: MaskKind, start: number, end: number, keepFirst: number, keepLast: number): void {
    const digits = this.digitsIn(start, end);
    for (let k = keepFirst; k < digits.length - keepLast; k += 1) this.hidden.add(digits[k] ?? -1);
    this.claimRange(kind, start, end, 1);
  }

  /**
   * Claims [start, end) for a secret hidden whole: every unit hidden (a re-reading copies that),
   * written as one fixed run of stars whatever its length, so the length tells nothing.
   */
  hideWhole(kind: MaskKind, start: number, end: number): void {
    for (let i = start; i < end; i += 1) {
      this.hidden.add(i);
      if (i > start) this.dropped.add(i);
    }
    this.replaced.set(start, SECRET_MASK);
    this.claimRange(kind, start, end, 1);
  }

  /** Keeps [start, end) as typed: later detectors see it claimed, nothing in it is hidden or counted. */
  keep(start: number, end: number): void {
    this.kept.push({ start, end });
    this.claimed.fill(1, start, end);
    this.workDirty = true;
  }

  /** Claims a range whose hidden units the caller set already; `count` numbers of `kind` in it. */
  claimRange(kind: MaskKind, start: number, end: number, count: number): void {
    this.claimCounted(start, end, new Map([[kind, count]]));
  }

  /** Claims a range whose hidden units the caller set already, counting what it holds by kind. */
  claimCounted(start: number, end: number, counts: ReadonlyMap<MaskKind, number>): void {
    this.claims.push({ start, end });
    this.claimed.fill(1, start, end);
    // Rebuilt on the next read: a detector reads it once before its loop (linear in the text).
    this.workDirty = true;
    for (const [kind, count] of counts) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  /** The original text with every claim rewritten: hidden digits as `*`, kept digits as ASCII. */
  render(): string {
    const { original, folded } = this;
    const claims = [...this.claims].sort((a, b) => a.start - b.start);
    let out = '';
    let cursor = 0;
    for (const { start, end } of claims) {
      const from = folded.starts[start] ?? cursor;
      out += original.slice(cursor, from);
      for (let i = start; i < end; i += 1) {
        const replacement = this.replaced.get(i);
        if (replacement !== undefined) {
          out += replacement;
          continue;
        }
        if (this.dropped.has(i)) continue;
        const char = folded.text[i] ?? '';
        if (this.hidden.has(i)) out += '*';
        else if (/\d/.test(char)) out += char;
        // An ID's check letter (after its digits); an x in an e-mail domain stays as typed.
        else if (char === 'x' && /\d/.test(folded.text[i - 1] ?? '')) out += 'X';
        else if (i === start || folded.starts[i] !== folded.starts[i - 1])
          out += original.slice(folded.starts[i], folded.ends[i]);
      }
      cursor = folded.ends[end - 1] ?? from;
    }
    return out + original.slice(cursor);
  }
}
