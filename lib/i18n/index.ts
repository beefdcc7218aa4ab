/**
 * UI strings: zh-CN is the default and the reference (its keys type every lookup), en the second.
 * A missing en string falls back to zh-CN, so a new string never shows as a raw key.
 */
import { en, type PageStrings, zh } from './catalogue';
import type { LocalizedText } from './text';

export type Locale = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zh | keyof PageStrings;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { 'zh-CN': { ...zh }, en: { ...en } };

/** The options page and the Studio add their strings at start-up (see `page-strings.ts`). */
export function addPageStrings(zhPage: PageStrings, enPage: Partial<PageStrings>): void {
  Object.assign(catalogues['zh-CN'], zhPage);
  Object.assign(catalogues.en, enPage);
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // A page that forgot to add its strings shows the key rather than crashing.
  const template = catalogues[locale][key] ?? catalogues['zh-CN'][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The string of a lib/ message in the UI language. */
export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
