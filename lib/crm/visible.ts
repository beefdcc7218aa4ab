/**
 * Whether the CRM shows an element (red team 9): a hidden copy of a label (a closed edit dialog, a
 * `display:none` template row) or a hidden span inside a name must not decide what the panel
 * shows. In a page with a window the browser's own `checkVisibility` answers; without one (a
 * parsed document) only what the markup says, the `hidden` attribute, can. Content-script safe.
 */
export function isHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (view && typeof element.checkVisibility === 'function')
    return !element.checkVisibility({ visibilityProperty: true });
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.hasAttribute('hidden')) return true;
    if (!view) continue;
    const style = view.getComputedStyle(at);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
  }
  return false;
}
