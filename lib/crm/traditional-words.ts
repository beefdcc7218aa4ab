/**
 * The traditional characters a CRM page may show in the words the content script compares (red
 * team 12: a CRM in 繁體, 逾期金額 / 客戶姓名 / 最低應繳, matched none of the pack's simplified labels).
 * The content script is built without the traditional table (its 12 KB gzip budget); the background,
 * which has it, sends with each adapter the pairs for that adapter's labels, call states and
 * patterns and for the fixed words the content script reads (暫無, 人民幣, 萬, 點擊編輯), and the content
 * script adds them to a table of its own (`bundledTraditional.learned`, per adapter) that it folds
 * the page with, so its one folding reads those words as the background's does.
 */
import type { Adapter } from '../pack/schema';
import { AMOUNT_WORDS } from '../text/amount';
import { foldText } from '../text/fold';
import { traditionalPairsFor } from '../text/traditional';
import { EMPTY_MARKERS } from './parse-value';
import { HINT_ZH } from './tooltip';

/** Words every read compares whatever the adapter: empty markers, amount words, tooltip hints. */
const FIXED_WORDS: readonly string[] = [...EMPTY_MARKERS, ...AMOUNT_WORDS, HINT_ZH.source, '是否'];

/**
 * The pairs (traditional, simplified) the content script needs to read a page with `adapter`: its
 * labels, call states and patterns (a pattern's `工号` reads the page's 工號 only with that pair).
 */
export function traditionalPairsForAdapter(adapter: Adapter): string {
  const specs = [adapter.accountKey, adapter.callState, ...Object.values(adapter.fields)];
  const words = specs.flatMap((spec) => [spec?.label ?? '', spec?.pattern ?? '']);
  return traditionalPairsFor([...words, ...(adapter.callActive ?? []), ...FIXED_WORDS], foldText);
}
