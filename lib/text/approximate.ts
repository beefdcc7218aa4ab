/**
 * Whether typed money text says an amount only roughly (约1000元, 一千多, 两三千, about $500, ~500,
 * 500ish, 1000-2000): a promise or a plan is on an exact figure, so such text is never turned into
 * one (rounding 一千多 to 1000 would record a promise the customer did not make). Only says why a
 * text the amount grammar (./amount.ts) already refused was refused: the grammar reads nothing
 * around a number, so no rough text is ever read as an amount in the first place.
 * Read on folded text (fold.ts: 約 → 约, full-width ～ → ~, lower case).
 */

/** Chinese hedges: before the number (约, 大概, 将近), after it (左右, 多, 出头, 来块), or for it (几千). */
const HEDGES_ZH = [
  '约',
  '大概',
  '大致',
  '差不多',
  '左右',
  '上下',
  '多',
  '余',
  '来块',
  '来元',
  '几',
  '近',
  '不到',
  '不止',
  '出头',
  '以上',
  '以下',
  '以内',
  '至少',
  '最多',
  '起码',
  '估计',
  '可能',
  '也许',
  '上千',
  '上万',
  '若干',
];

/** English hedges as whole words; `ish` and `odd` also glued to the number (500ish, 500-odd). */
const HEDGES_EN =
  /\b(?:about|around|approx|approximately|roughly|nearly|almost|circa|some|maybe|perhaps|at least|at most|up to|more than|less than|over|under|or so|give or take|plus|odd)\b|ish\b/;

/** A sign that says "about" (~500, ≈500, 1000+) or a range between two numbers (1000-2000, 1000到2000). */
const SIGNS = /^[~≈]|[~≈]$|\+$|[\d万千百十k](?:-|~|到|至|或)\s*[¥$]?\s*[\d一两二三四五六七八九]/;

/**
 * Two Chinese digits side by side before a unit or 块 (两三千, 七八百, 三五万, 一两块): a range said
 * as one word. Digits read out one by one (一二三, a card number) have no unit after them.
 */
const RANGE_ZH = /[一两二三四五六七八九][两二三四五六七八九][十百千万亿块元]/;

/** True when folded money text hedges its amount (see the module comment). */
export function isApproximate(folded: string): boolean {
  if (HEDGES_ZH.some((hedge) => folded.includes(hedge))) return true;
  const tight = folded.replace(/\s+/g, '');
  return HEDGES_EN.test(folded) || SIGNS.test(tight) || RANGE_ZH.test(tight);
}
