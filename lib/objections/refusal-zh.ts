/**
 * The one set of Chinese refusal shapes (issue 11 review debt): the denied refusal
 * (denied-refusal.ts: 我又不是不还) and the refusal as a condition (refusal-condition.ts: 欠钱不还会判刑吗,
 * and the refusal a trigger says) wrote these words in two expressions. Named groups, like the
 * negation vocabulary (lib/text/negation-zh.ts), so each rule picks by name the shapes it reads: a
 * denial denies an unwillingness (我没说不想还) but never an inability (还不起 is no refusal to deny),
 * while a question's condition is any way of not paying (还不上会坐牢吗, 没还会怎样). Plain words as
 * the one folding leaves them; what surrounds them is the caller's rule.
 */

export const ZH_REFUSAL = {
  /** The plain refusal, 不还 (就是不还 and 死活不还 end with it). */
  plain: ['不还'],
  /** Unwilling or not meaning to: 不想还, 不愿还, 不愿意还, 不打算还. */
  unwilling: ['不想还', '不愿还', '不愿意还', '不打算还'],
  /** No plan to pay, as a trigger writes it: 没打算还. */
  noPlan: ['没打算还'],
  /** Dodging the debt: 赖账. */
  dodging: ['赖账'],
  /** Unable to pay: 还不上, 还不起. */
  unable: ['还不上', '还不起'],
  /** Not paid: 没还. */
  unpaid: ['没还'],
} as const satisfies Record<string, readonly string[]>;

export type ZhRefusalGroup = keyof typeof ZH_REFUSAL;

/**
 * The named groups as one alternation for an expression, longest first (no shape is a prefix of
 * another today; longest first keeps it so if one is added). The shapes are plain Han: nothing to
 * escape.
 */
export function zhRefusalSource(...groups: readonly ZhRefusalGroup[]): string {
  const words = [...new Set(groups.flatMap((group) => ZH_REFUSAL[group]))];
  return words.sort((a, b) => b.length - a.length).join('|');
}
