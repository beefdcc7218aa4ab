import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import {
  hasStrings,
  type Locale,
  loadStrings,
  localized,
  type MessageKey,
  type MessageParams,
  translate,
} from '@/lib/i18n';
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

/**
 * `wanted` once its strings are loaded: until then the language last ready, or null before any
 * (render nothing yet). A render in a language whose strings are still on their way would show
 * zh-CN, the fallback, for a moment: an English agent's panel is in English from its first paint,
 * and a switch of language keeps the old one until the new one can be shown whole. A language
 * already in (zh-CN always) is returned in the same render, so a zh-CN agent waits for nothing.
 */
export function useLoadedLocale(wanted: Locale | undefined): Locale | null {
  const [ready, setReady] = useState<Locale | null>(null);
  const now = wanted && hasStrings(wanted) ? wanted : null;
  // Kept as the language to stay in should `wanted` change to one not yet loaded.
  if (now && now !== ready) setReady(now);
  useEffect(() => {
    if (!wanted || hasStrings(wanted)) return;
    let current = true;
    const show = () => {
      if (current) setReady(wanted);
    };
    // Should the chunk fail to load, the panel in zh-CN's fallback strings beats an empty one.
    void loadStrings(wanted).then(show, show);
    return () => {
      current = false;
    };
  }, [wanted]);
  return now ?? ready;
}
