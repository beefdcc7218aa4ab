/**
 * UI strings: zh-CN is the default and the reference (its keys type every lookup), en the second.
 * A missing en string falls back to zh-CN, so a new string never shows as a raw key.
 * Only zh-CN's panel strings are in the first chunk; another language's are loaded (`loadStrings`)
 * before anything renders in it, because until then its lookups would fall back to zh-CN.
 */
import { type PageStrings, zh } from './catalogue';
import type { LocalizedText } from './text';

export type Locale = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zh | keyof PageStrings;
export type MessageParams = Record<string, string | number>;
type Strings = Partial<Record<MessageKey, string>>;

const catalogues: Record<Locale, Strings> = { 'zh-CN': { ...zh }, en: {} };

/** The languages whose panel strings are in `catalogues`: zh-CN from the start, the others once loaded. */
const loaded = new Set<Locale>(['zh-CN']);

/** Each further language's panel strings, a chunk of their own (a zh-CN agent never downloads them). */
const loaders: Record<Exclude<Locale, 'zh-CN'>, () => Promise<Strings>> = {
  en: () => import('./catalogue-en').then((module) => module.en),
};
const loading = new Map<Locale, Promise<void>>();

/** Whether `locale`'s panel strings are in, so a render in it needs no wait. */
export function hasStrings(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Loads `locale`'s panel strings (once; at once for zh-CN). A failed load may be tried again. */
export function loadStrings(locale: Locale): Promise<void> {
  if (locale === 'zh-CN' || loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (strings) => addStrings(locale, strings),
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Adds a language's panel strings; the options page and the Studio add English at start-up. */
export function addStrings(locale: Locale, strings: Strings): void {
  Object.assign(catalogues[locale], strings);
  loaded.add(locale);
}

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

/** The UI language a pack's text is in (its `locale` tag, e.g. `en-US`): its reasons name fields in it. */
export function localeOfPack(packLocale: string): Locale {
  return packLocale.startsWith('zh') ? 'zh-CN' : 'en';
}

/** The string of a lib/ message in the UI language. */
export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
