/**
 * Account flags in words (issue 15 item 4): the CRM carries flag ids (`complaint`, `attorney`), the
 * agent reads what they mean. A flag not listed here is shown as the CRM wrote it.
 */
import type { LocalizedText } from '../i18n/text';

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
