/**
 * Function words (issue 11 §1): words that hold a sentence together but say nothing about the
 * reason (I, the, to, 我, 的, 是). In a pack of thirty objections their rarity (idf) cannot show
 * it, so the bag channel (bag.ts) leaves them out by this list. Negations (not, never, can't, 不,
 * 没) and who is meant (he, she, his, her, who) are kept: "don't call", "he's not here".
 * Words are as normalised (normalize.ts: lowercase, apostrophes dropped).
 */
import { EN_WEEKDAYS } from '../text/weekday-en';

// biome-ignore format: a word list
export const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'myself', 'you', 'youre', 'youve',
  'youll', 'your', 'yours', 'we', 'were', 'us', 'our', 'they', 'theyre', 'them', 'their', 'it', 'its',
  'this', 'that', 'thats', 'these', 'those', 'there', 'theres', 'here', 'is', 'am', 'are', 'was', 'be',
  'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'can',
  'may', 'might', 'must', 'shall', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'with', 'about', 'by',
  'as', 'into', 'over', 'up', 'out', 'off', 'and', 'or', 'but', 'if', 'then', 'than', 'so', 'just',
  'some', 'any', 'all', 'what', 'whats', 'how', 'when', 'why', 'which', 'got', 'get', 'gonna', 'going',
  'want', 'wanna', 'really', 'very', 'too', 'also', 'even', 'still', 'now', 'right', 'please', 'thing',
]);

/**
 * Chinese characters that alone say nothing of the reason (their bigrams still count); 还 (repay),
 * 不, 没, 要 and 会 do say something in a collection call and are not listed.
 */
export const ZH_FUNCTION_CHARS: ReadonlySet<string> = new Set(
  Array.from('我你他她它们的地得了是在有这那就都也个么吗呢吧啊呀嘛和与跟把被让从向到又'),
);

/**
 * When something happened or will: customers put a time in most sentences (上个月老板把我辞退了),
 * and it is rarely the reason. Their terms count TIME_SHARE in the bag; the concept lexicon gives
 * the future ones (下个月, next week) their meaning back (later).
 */
export const TIME_SHARE = 0.3;
// biome-ignore format: a word list
export const ZH_TIME_WORDS: readonly string[] = [
  '上个月', '下个月', '这个月', '本月', '上周', '下周', '这周', '本周', '上礼拜', '下礼拜', '这礼拜', '昨天',
  '今天', '明天', '前天', '后天', '前两天', '这两天', '最近', '去年', '今年', '明年', '月底', '月初', '月中',
  '年底', '年初', '年后', '几天', '几个月', '那天', '上次', '这次', '刚才', '马上',
];
// biome-ignore format: a word list
export const EN_TIME_WORDS: ReadonlySet<string> = new Set([
  'last', 'next', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yesterday', 'today', 'tomorrow',
  'tonight', ...EN_WEEKDAYS, 'ago', 'day', 'days',
  'soon', 'later', 'anymore', 'again', 'ever', 'never',
]);
