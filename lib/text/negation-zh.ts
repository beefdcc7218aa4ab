/**
 * The one Chinese negation vocabulary (issue 11 review debt, like negation-en.ts): the objection
 * search's polarity flips (我没上班 against 我在上班) and the compliance guard's denials (我们不会去
 * 您单位, 未透露任何欠款信息) wrote these words twice. Plain words as the one folding leaves them,
 * grouped so each caller picks the subset its rule needs by name: the objection search reads a
 * bare negation or a negated progressive before a verb, the guard reads a negated auxiliary, advice
 * not to, or a written record that something was not done. Data and a lookup only; what a negation
 * denies is the caller's rule.
 */

export const ZH_NEGATION = {
  /** The single characters: 不, 没, 未. */
  bare: ['不', '没', '未'],
  /** 没有 (have not / did not). */
  have: ['没有'],
  /** A negated progressive (没在上班 negates 上班 as 没上班 does). */
  progressive: ['没有在', '没在', '不在'],
  /** Negated auxiliaries and adverbs: will not, must not, never, no longer, cannot possibly. */
  auxiliaries: ['不会', '不要', '不得', '不能', '绝不', '决不', '从不', '不再', '没有', '不可能'],
  /** Inability, and refusing to help, that a promise after them is denied by: 不能, 无法, 不可能, 不会帮. */
  inability: ['不能', '无法', '不可能', '不会帮'],
  /** Nobody as the subject: 没有人, 任何人都不. */
  subjects: ['没有人', '任何人都不'],
  /** Advice not to, or no need to: 不建议, 不需要, 不用, 无需, 不必. */
  advice: ['不建议', '不需要', '不用', '无需', '不必'],
  /** The 未 of a written record (未透露), as notes write it. */
  record: ['未'],
  /** Adverbs that may stand before a record's 未: 并未, 从未, 尚未, 均未, 也未, 都未. */
  recordAdverbs: ['并', '从', '尚', '均', '也', '都'],
} as const satisfies Record<string, readonly string[]>;

export type ZhNegationGroup = keyof typeof ZH_NEGATION;

/**
 * The words of the named groups without repeats, longest first: a scan that tries them in this
 * order takes 没有在 before 没有 before 没.
 */
export function zhNegationWords(...groups: readonly ZhNegationGroup[]): readonly string[] {
  const words = [...new Set(groups.flatMap((group) => ZH_NEGATION[group]))];
  return words.sort((a, b) => b.length - a.length);
}

/**
 * True when a bare negation (不, 没, 未) stands within `span` characters before `at`: 不会还清,
 * 没一次性还, 不想还清 deny the payment a caller found at `at`. A window, not a word list, since
 * what stands between (会, 想, 能, 打算) varies; three characters keep 不管怎样我都会还清 a promise.
 */
export function zhNegatedBefore(text: string, at: number, span = 3): boolean {
  const before = text.slice(Math.max(0, at - span), at);
  return ZH_NEGATION.bare.some((word) => before.includes(word));
}
