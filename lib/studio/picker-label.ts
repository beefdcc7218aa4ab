/**
 * What the field picker learns from the element the lead clicked (issue 17 item 6), in the page:
 * the page's own label for the value, a robust CSS selector (@medv/finder), and the text the real
 * extractor reads there. Only these three leave the page.
 */
import { finder } from '@medv/finder';
import { extractAccount, normaliseLabel } from '@/lib/crm/extract';
import type { FieldSpec } from '@/lib/pack/schema';
import { fieldResult, probeAdapter } from './picker-probe';

export interface Picked {
  /** What the extractor reads at the selector (or at the label when no selector was found). */
  text: string;
  selector: string | null;
  /** The page's label for the value (as the extractor compares labels), if one was found. */
  label: string | null;
  /** Whether the extractor, given this label, reads the same value the lead clicked. */
  labelWorks: boolean;
}

/** Longest label the picker proposes; longer "labels" are sentences, not field names. */
const MAX_LABEL = 60;
const MAX_SELECTOR = 200;
/** Elements the value may sit in whole; a click on an inner `<span>` means the cell. */
const CELLS = 'dd, td, th, li';

/** The element whose value the lead meant: the cell around the click when it shows the same text. */
export function valueElement(clicked: Element): Element {
  const cell = clicked.closest(CELLS);
  if (cell && cell !== clicked && squeeze(cell.textContent) === squeeze(clicked.textContent)) return cell;
  return clicked;
}

/**
 * The page's own label texts for a value, nearest first: `<label for>` or a wrapping `<label>`,
 * `aria-labelledby`, the `<dt>` of a `<dd>`, the previous cell of a `<td>` in its row, then the
 * previous sibling's text (climbing at most three levels).
 */
export function labelCandidates(value: Element): string[] {
  const found: string[] = [];
  const add = (text: string | null | undefined) => {
    const label = normaliseLabel(text ?? '');
    if (label && [...label].length <= MAX_LABEL && !found.includes(label)) found.push(label);
  };
  const document = value.ownerDocument;
  if (/^(INPUT|SELECT|TEXTAREA)$/.test(value.tagName)) {
    if (value.id) {
      for (const label of document.getElementsByTagName('label')) {
        if (label.htmlFor === value.id) add(ownText(label));
      }
    }
    const wrapping = value.closest('label');
    if (wrapping) add(ownText(wrapping));
  }
  for (let el: Element | null = value; el && el !== document.body; el = el.parentElement) {
    const ids = el.getAttribute('aria-labelledby');
    if (!ids) continue;
    add(
      ids
        .split(/\s+/)
        .map((id) => (id ? document.getElementById(id)?.textContent : '') ?? '')
        .join(' '),
    );
    break;
  }
  const cell = value.closest('dd, td');
  if (cell?.tagName === 'DD') add(previous(cell, (e) => e.tagName === 'DT')?.textContent);
  if (cell?.tagName === 'TD')
    add(previous(cell, (e) => e.tagName === 'TH' || e.tagName === 'TD')?.textContent);
  let el: Element | null = value;
  for (let level = 0; el && level < 3 && el !== document.body; level++, el = el.parentElement) {
    const before = el.previousElementSibling;
    if (before) {
      add(before.textContent);
      break;
    }
  }
  return found;
}

/** The picked element described: its selector, its label if the extractor can use it, its text. */
export function describePick(clicked: Element): Picked {
  const value = valueElement(clicked);
  const document = value.ownerDocument;
  const selector = selectorOf(value);
  const read = (spec: Omit<FieldSpec, 'parse'>) => {
    const result = fieldResult(
      extractAccount(document, probeAdapter({ picked: { ...spec, parse: 'text' } }), Date.now()),
      'picked',
    );
    return result.state === 'value' ? result.raw : null;
  };
  const atSelector = selector === null ? null : read({ selector });
  const labels = labelCandidates(value);
  for (const label of labels) {
    const atLabel = read({ label });
    if (atLabel !== null && (atSelector === null || atLabel === atSelector)) {
      return { text: atLabel, selector, label, labelWorks: true };
    }
  }
  return { text: atSelector ?? '', selector, label: labels[0] ?? null, labelWorks: false };
}

/** A selector that finds exactly this element (word-like ids and classes preferred), or null. */
export function selectorOf(element: Element): string | null {
  try {
    const body = element.ownerDocument.body;
    const selector = finder(element, { ...(body ? { root: body } : {}), timeoutMs: 500 });
    return selector.length <= MAX_SELECTOR ? selector : null;
  } catch {
    return null;
  }
}

function previous(element: Element, wanted: (e: Element) => boolean): Element | null {
  for (let e = element.previousElementSibling; e; e = e.previousElementSibling) if (wanted(e)) return e;
  return null;
}

/** A `<label>`'s own words, without the text of the control it wraps. */
function ownText(label: Element): string {
  let text = '';
  for (const node of label.childNodes) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !/^(INPUT|SELECT|TEXTAREA)$/.test((node as Element).tagName))
      text += node.textContent ?? '';
  }
  return text;
}

function squeeze(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
