/**
 * Account flags in words (issue 15 item 4): the CRM carries flag ids (`complaint`, `attorney`), the
 * agent reads what they mean. A flag not listed here is shown as the CRM wrote it.
 */
import type { LocalizedText } from '../i18n/text';
import { stopFlagLabels } from '../pack/flag-labels';
import type { Rule } from '../pack/schema';

const FLAG_WORDS: Record<string, LocalizedText> = {
  complaint: { zh: '投诉未结', en: 'open complaint' },
  hardship: { zh: '困难客户', en: 'hardship' },
  attorney: { zh: '律师代理', en: 'represented by an attorney' },
  cease: { zh: '要求停止催收', en: 'asked to stop contact' },
  dispute: { zh: '账务争议', en: 'disputed debt' },
  deceased: { zh: '持卡人已故', en: 'cardholder deceased' },
  bankruptcy: { zh: '破产', en: 'bankruptcy' },
  fraud: { zh: '疑似欺诈', en: 'suspected fraud' },
  military: { zh: '现役军人', en: 'active military' },
};

export function flagWord(flag: string, locale: string): string {
  const words = FLAG_WORDS[flag];
  if (!words) return flag;
  return locale.startsWith('zh') ? words.zh : words.en;
}

/**
 * The name an agent sees for a flag: the pack's own label when a stop-flag rule gives one (the words
 * its scripts use, 「危机干预」, “Stop contact requested”), else the built-in word. Without it the
 * crisis card's button read 「标记：crisis」 (content review 10: agents never see an internal id).
 */
export function flagName(flag: string, locale: string, rules: readonly Rule[]): string {
  return stopFlagLabels(rules).get(flag) ?? flagWord(flag, locale);
}
