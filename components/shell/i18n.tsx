import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Locale, localized, type MessageKey, type MessageParams, translate } from '@/lib/i18n';
import type { LocalizedText } from '@/lib/i18n/text';

interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  l: (text: LocalizedText) => string;
}

const I18nContext = createContext<I18n>({
  locale: 'zh-CN',
  t: (key, params) => translate('zh-CN', key, params),
  l: (text) => text.zh,
});

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      l: (text) => localized(text, locale),
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
