/**
 * Whether a key press belongs to an IME composition (pinyin candidates, the Enter or digit that
 * commits them): no handler of ours may act on it — in the panel, the options page, the Studio, or
 * the field picker on a CRM page. keyCode 229: Chrome reports the first key of a composition that
 * way before `isComposing` is set.
 */
export function isImeKey(event: Pick<KeyboardEvent, 'isComposing' | 'keyCode'>): boolean {
  return event.isComposing || event.keyCode === 229;
}
