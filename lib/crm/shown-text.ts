/**
 * The text a CRM element shows the agent, as the extractor reads a value: a form control's current
 * value, the visible text with the values of the controls inside it (red team 11), or a tooltip
 * when that is the value (tooltip.ts, red team 12). Content-script safe.
 */
import { stripInvisible } from '../text/fold';
import type { TraditionalTable } from '../text/traditional';
import { MAX_RAW } from './parse-value';
import { hintLike, wholeOfCut } from './tooltip';
import { isHidden, isHiddenInShown } from './visible';

/** Elements whose text is never shown: code and styles. */
export const SKIPPED_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** What an element shows; `tooltip` when the text is its `aria-label` or `title`, not its content. */
export interface Shown {
  text: string;
  tooltip: boolean;
}

/**
 * A value as the panel may show it: whitespace collapsed, and every invisible or bidi control
 * character the CRM sent removed (a stray U+202E must not reverse a script line, issue 15 item 11).
 */
export function cleanValue(text: string): string {
  return stripInvisible(text).replace(/\s+/g, ' ').trim().slice(0, MAX_RAW);
}

/** Input types whose value is the text they show. */
const TEXT_INPUTS = new Set([
  'text',
  'search',
  'tel',
  'email',
  'url',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** A form control's current value as shown (a selected option's text), or null for another element. */
function controlValue(element: Element): string | null {
  if (element.tagName === 'SELECT')
    return (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
  if (element.tagName === 'TEXTAREA') return (element as HTMLTextAreaElement).value;
  if (element.tagName !== 'INPUT') return null;
  const input = element as HTMLInputElement;
  // Only a box of text shows its value: a hidden input shows nothing, a password dots, and a
  // checkbox's or a radio's value ("on") is never written on the page.
  return TEXT_INPUTS.has(input.type) ? input.value : '';
}

/**
 * The text an element shows, whitespace collapsed: a control's current value, otherwise its
 * visible text with the values of the controls inside it (a read-only `<input value>` in a cell,
 * red team 11). An element that shows no text is named by its `aria-label` or, failing that, its
 * `title` (an icon-only cell, a field drawn by CSS: what an agent reads on hover or hears), unless
 * that is an instruction or a placeholder (点击编辑, "Click to edit"): then it shows nothing. Text
 * cut short (`张三丰…`) is read whole from a tooltip that begins with it. `traditional`: the table the
 * caller folds with (extract.ts).
 */
export function shownText(element: Element, traditional?: TraditionalTable): Shown {
  if (isHidden(element)) return { text: '', tooltip: false };
  const text = cleanValue(controlValue(element) ?? visibleText(element));
  const tooltip = cleanValue(element.getAttribute('aria-label') || element.getAttribute('title') || '');
  if (!text) return { text: hintLike(tooltip, traditional) ? '' : tooltip, tooltip: tooltip !== '' };
  const whole = tooltip ? wholeOfCut(text, tooltip, traditional) : null;
  return whole ? { text: whole, tooltip: false } : { text, tooltip: false };
}

/**
 * Text the page does not show (an inline script inside a cell, a hidden span inside a name,
 * red team 9) is not part of the value.
 */
function visibleText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (
      child.nodeType === 1 &&
      !SKIPPED_TEXT.has((child as Element).tagName) &&
      !isHiddenInShown(child as Element)
    ) {
      text += controlValue(child as Element) ?? visibleText(child as Element);
    }
  }
  return text;
}
