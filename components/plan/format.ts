import { useI18n } from '@/components/shell/i18n';
import { numberFormat } from '@/lib/i18n/intl-cache';
import { formatMoney, formatRate, type Minor, minorDigits, toMajorString } from '@/lib/plan/money';

export interface PlanFormat {
  /** ¥1,234.56 in the UI language. */
  money: (amount: Minor) => string;
  /** 1,234.56 without the symbol, for table columns whose caption names the currency. */
  amount: (amount: Minor) => string;
  rate: (rate: number) => string;
}

/** Money and rates in the panel's language; the read-back keeps the pack's own language. */
export function usePlanFormat(currency: string): PlanFormat {
  const { locale } = useI18n();
  const intl = locale === 'en' ? 'en-US' : 'zh-CN';
  const digits = minorDigits(currency);
  const numbers = numberFormat(intl, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return {
    money: (amount) => formatMoney(amount, currency, intl),
    // The exact decimal string, so no float ever rounds a cent away.
    amount: (amount) => numbers.format(toMajorString(amount, currency) as `${number}`),
    rate: (rate) => formatRate(rate, intl, { min: 2, max: 2 }),
  };
}
