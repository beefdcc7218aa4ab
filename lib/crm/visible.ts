/**
 * Whether the CRM shows an element (red team 9 and 11): a hidden copy of a label (a closed edit
 * dialog, a `display:none` template row, a screen-reader-only or off-screen copy, a collapsed
 * `<details>`, an `aria-hidden` duplicate, a transparent layer) or a hidden span inside a name
 * must not decide what the panel shows: read what the agent sees, never what they cannot.
 * In a page with a window the browser's own `checkVisibility` answers first; the markup and the
 * computed style are read in any case (a parsed document has neither layout nor styles, only the
 * `hidden`, `aria-hidden` and `open` attributes). Content-script safe.
 */

/** Moved this far off the page (the usual `left: -9999px`), an element is hidden on purpose. */
const OFF_PAGE_PX = -500;
/** `clip: rect(0 0 0 0)` / `rect(1px, 1px, 1px, 1px)` and `clip-path: inset(50%)`: the screen-reader-only pattern. */
const CLIPPED = /^rect\(\s*[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?\s*\)$/;
const CLIP_PATH_HIDDEN = /^inset\(\s*(?:50|100)%\s*\)$/;

const px = (value: string): number => Number.parseFloat(value);

function styleHides(style: CSSStyleDeclaration): boolean {
  if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
  if (CLIPPED.test(style.clip ?? '') || CLIP_PATH_HIDDEN.test(style.clipPath ?? '')) return true;
  const placed = style.position === 'absolute' || style.position === 'fixed';
  if (placed && (px(style.left) <= OFF_PAGE_PX || px(style.top) <= OFF_PAGE_PX)) return true;
  if (px(style.textIndent) <= OFF_PAGE_PX) return true;
  // A box of one pixel or none that clips what it holds (the other half of screen-reader-only).
  const tiny = px(style.width) <= 1 && px(style.height) <= 1;
  return tiny && style.overflow === 'hidden';
}

/** In a laid-out page: a box entirely above or left of the document, or of one pixel at most. */
function layoutHides(element: Element, view: Window): boolean {
  if (view.document.documentElement.getBoundingClientRect().width === 0) return false;
  const rect = element.getBoundingClientRect();
  if (rect.right + view.scrollX <= 0 || rect.bottom + view.scrollY <= 0) return true;
  return rect.width <= 1 && rect.height <= 1;
}

/** A collapsed `<details>` shows only its summary. */
function collapsedAway(at: Element, child: Element | null): boolean {
  return at.tagName === 'DETAILS' && !at.hasAttribute('open') && child?.tagName !== 'SUMMARY';
}

/** What hides an element whatever its ancestors: its own attributes and style. */
function hiddenByItself(element: Element, view: Window | null, child: Element | null): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // A closed <details> itself shows its summary; it hides the rest of what is inside it.
  if (child !== null && collapsedAway(element, child)) return true;
  return view !== null && styleHides(view.getComputedStyle(element));
}

export function isHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (
    view &&
    typeof element.checkVisibility === 'function' &&
    !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
  )
    return true;
  let child: Element | null = null;
  for (let at: Element | null = element; at; child = at, at = at.parentElement)
    if (hiddenByItself(at, view, child)) return true;
  return view ? layoutHides(element, view) : false;
}

/**
 * Whether a child of an element already found shown is hidden: only its own attributes, style
 * and box are read, not its ancestors' again (a value with many children costs one style read
 * per child, not one per child and ancestor).
 */
export function isHiddenInShown(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (hiddenByItself(element, view, null)) return true;
  const parent = element.parentElement;
  // A collapsed <details> hides its children but its summary.
  if (parent && collapsedAway(parent, element)) return true;
  return view ? layoutHides(element, view) : false;
}
