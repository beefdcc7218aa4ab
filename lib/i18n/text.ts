/** A message produced by lib/ for a person, in both UI languages. */
export interface LocalizedText {
  zh: string;
  en: string;
}
