/**
 * jsdom lays nothing out, so a Range has no rectangles; CodeMirror measures text with them after
 * each update. Empty rectangles let it mount and dispatch (the layout itself is the e2e's job).
 */
if (typeof Range !== 'undefined' && !Range.prototype.getClientRects) {
  const empty = () => new DOMRect(0, 0, 0, 0);
  Range.prototype.getBoundingClientRect = empty;
  Range.prototype.getClientRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
}
