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

/** Computed `overflow` values that clip what a box holds; `auto`/`scroll` let the agent scroll to it. */
const SCROLLS = new Set(['auto', 'scroll']);

/**
 * Whether a box that clips on one axis keeps `[start, end)` out of sight whatever the agent does:
 * a scrolling pane shows any part of its content the agent scrolls to (every offset from where its
 * content starts, `boxStart - scrolled`, on; a negative offset is never reachable), a hidden overflow
 * only what lies inside its box. A box with no room on that axis shows nothing at all.
 */
function clippedOut(
  start: number,
  end: number,
  boxStart: number,
  room: number,
  scrolled: number,
  overflow: string,
): boolean {
  if (overflow === 'visible') return false;
  if (room <= 0) return true;
  if (SCROLLS.has(overflow)) return end <= boxStart - scrolled;
  return end <= boxStart || start >= boxStart + room;
}

/**
 * In a laid-out page: a box of one pixel at most, one clipped away by a box around it (a collapsed
 * `height: 0; overflow: hidden` panel, a carousel slide outside its frame), or one entirely above or
 * left of the document even with every pane scrolled back to its start. Where the agent has
 * scrolled a pane never matters (red team 12): a field scrolled out of a CRM's detail pane is one
 * scroll away, so it is read, and the reading does not change as the agent scrolls.
 */
function layoutHides(element: Element, view: Window): boolean {
  const document = view.document;
  if (document.documentElement.getBoundingClientRect().width === 0) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width <= 1 && rect.height <= 1) return true;
  let scrolledX = 0;
  let scrolledY = 0;
  // How the box is placed decides which boxes around it clip it: an absolutely placed one escapes
  // those between it and the positioned box it is placed in, a fixed one all but a transformed one.
  let placement = view.getComputedStyle(element).position;
  for (let at = element.parentElement; at; at = at.parentElement) {
    // The page's own overflow is the viewport's: the document check below reads it.
    if (at === document.body || at === document.documentElement) break;
    const style = view.getComputedStyle(at);
    if (!placesIn(style, placement)) continue;
    const box = at.getBoundingClientRect();
    if (
      clippedOut(
        rect.left,
        rect.right,
        box.left + at.clientLeft,
        at.clientWidth,
        at.scrollLeft,
        style.overflowX,
      ) ||
      clippedOut(
        rect.top,
        rect.bottom,
        box.top + at.clientTop,
        at.clientHeight,
        at.scrollTop,
        style.overflowY,
      )
    )
      return true;
    if (style.overflowX !== 'visible') scrolledX += at.scrollLeft;
    if (style.overflowY !== 'visible') scrolledY += at.scrollTop;
    // Further out, the element is clipped where this box is.
    placement = style.position;
  }
  const pageX = placement === 'fixed' ? 0 : view.scrollX;
  const pageY = placement === 'fixed' ? 0 : view.scrollY;
  return rect.right + scrolledX + pageX <= 0 || rect.bottom + scrolledY + pageY <= 0;
}

/** Whether a box placed so (`position`) lies inside the box styled `style` around it, and so is clipped by it. */
function placesIn(style: CSSStyleDeclaration, placement: string): boolean {
  if (placement === 'fixed') return style.transform !== 'none';
  if (placement === 'absolute') return style.position !== 'static' || style.transform !== 'none';
  return true;
}

/**
 * A child of a shown element: a box of one pixel at most, or one moved far outside its parent
 * (a `transform` that puts it off the page); its ancestors were read already.
 */
function layoutHidesInShown(element: Element, parent: Element | null): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width <= 1 && rect.height <= 1) return true;
  if (!parent) return false;
  const around = parent.getBoundingClientRect();
  return rect.right <= around.left + OFF_PAGE_PX || rect.bottom <= around.top + OFF_PAGE_PX;
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
  if (!view || view.document.documentElement.getBoundingClientRect().width === 0) return false;
  return layoutHidesInShown(element, parent);
}
