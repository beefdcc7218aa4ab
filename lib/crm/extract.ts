/**
 * Reads one account from a CRM page with a pack's adapter. Runs in the content script on pages
 * we do not control, so it never throws: a bad selector, an absent row or a garbled value
 * becomes a listed problem, and nothing is ever carried over from an earlier read.
 */
import type { Adapter, FieldSpec } from '../pack/schema';
import { foldText, stripInvisible, unfoldedForms } from '../text/fold';
import { bundledTraditional, type TraditionalTable } from '../text/traditional';
import type { AccountContext, CrmReport, FieldProblem, FieldReading, FieldSource } from './context';
import { emptyMeansNone } from './fields';
import { MAX_RAW, parseFieldValue } from './parse-value';
import { cleanValue, type Shown, SKIPPED_TEXT, shownText } from './shown-text';
import { isHidden } from './visible';

const MAX_CALL_STATE = 200;
const MAX_ACCOUNT_KEY = 200;
const MAX_URL = 4000;

/** Elements whose text is never a label: code, styles, and the inside of form controls. */
const SKIPPED = new Set([...SKIPPED_TEXT, 'TEXTAREA', 'OPTION']);

type Lookup =
  | { found: true; raw: string; source: FieldSource; tooltip?: boolean }
  | { found: false; source: FieldSource; invalid?: boolean; conflicting?: string };

/** Joins the different values one label shows, for the problem line (each value is ≤ MAX_RAW). */
const CONFLICT_SEPARATOR = ' / ';

/** How a field's source reads in the panel and the studio: the selector, or the label quoted. */
export function fieldSourceText(source: FieldSource): string {
  return 'selector' in source ? source.selector : `“${source.label}”`;
}

/**
 * `traditional`: the table the page's text is folded with. The content script, built without the
 * data, passes the one it learned for this adapter (traditional-words.ts); others fold with the
 * table their build carries.
 */
export function extractAccount(
  document: Document,
  adapter: Adapter,
  now: number,
  url?: string,
  traditional: TraditionalTable = bundledTraditional,
): CrmReport {
  const pageUrl = (url ?? document.location?.href ?? '').slice(0, MAX_URL);
  const specs: [string, FieldSpec][] = Object.entries(adapter.fields);
  const wanted = [adapter.accountKey, adapter.callState, ...specs.map(([, spec]) => spec)];
  const labels = new LabelIndex(
    document,
    wanted.flatMap((spec) => (spec?.label ? [spec.label] : [])),
    traditional,
  );

  const key = readField(document, labels, adapter.accountKey);
  const none = (why: string): CrmReport => ({
    kind: 'none',
    adapterId: adapter.id,
    url: pageUrl,
    readAt: now,
    reason: `accountKey ${why}: ${fieldSourceText(key.source)}`.slice(0, 200),
  });
  if (!key.found) return none(key.invalid ? 'invalid selector' : key.conflicting ? 'ambiguous' : 'not found');
  const keyParsed = parseFieldValue(key.raw, adapter.accountKey, traditional);
  if (!keyParsed.ok) return none(keyParsed.reason);
  const accountKey = String(keyParsed.value).slice(0, MAX_ACCOUNT_KEY);
  if (!accountKey) return none('empty');

  const fields: Record<string, FieldReading> = {};
  const problems: FieldProblem[] = [];
  // The key is a field too, so templates and conditions can use {{accountKey}}.
  if (!('accountKey' in adapter.fields)) specs.unshift(['accountKey', adapter.accountKey]);

  for (const [name, spec] of specs) {
    const required = spec.required === true;
    const lookup = readField(document, labels, spec);
    if (!lookup.found && lookup.conflicting) {
      // One label, different values (a duplicated row, a label repeated in a remark): showing
      // either could be the wrong amount; the agent sees both and checks the CRM (red team 9).
      problems.push({ field: name, problem: 'unparseable', required, raw: lookup.conflicting });
      continue;
    }
    if (!lookup.found) {
      problems.push({ field: name, problem: 'missing', required });
      continue;
    }
    const parsed = parseFieldValue(lookup.raw, spec, traditional);
    if (parsed.ok) {
      fields[name] = { raw: lookup.raw, value: parsed.value, parse: spec.parse, source: lookup.source };
    } else if (parsed.reason === 'empty' && emptyMeansNone(name)) {
      // "No earlier call" is a reading, not a gap for the agent to fix (code review 2026-11 item 5): the field
      // stays absent, which the contact-frequency rule already reads as no earlier conversation.
    } else if (lookup.tooltip) {
      // A tooltip that is no value of the field's kind (an amount cell titled "Edit amount")
      // tells nothing about the value: the CRM shows none (red team 12).
      problems.push({ field: name, problem: 'missing', required });
    } else {
      // `--` / `暂无` means the CRM has no value: missing, with what the page showed.
      const problem = parsed.reason === 'empty' ? 'missing' : 'unparseable';
      problems.push(
        lookup.raw ? { field: name, problem, required, raw: lookup.raw } : { field: name, problem, required },
      );
    }
  }

  const context: AccountContext = {
    adapterId: adapter.id,
    accountKey,
    fields,
    problems,
    url: pageUrl,
    readAt: now,
  };
  if (adapter.callState) {
    const state = readField(document, labels, adapter.callState);
    if (state.found) {
      const raw = state.raw.slice(0, MAX_CALL_STATE);
      // Compared folded, as labels are: 通話中 on a 繁體 CRM is the pack's 通话中 (red team 12).
      const key = labelKey(raw, traditional);
      context.callState = {
        raw,
        active: (adapter.callActive ?? []).some((active) => labelKey(active, traditional) === key),
      };
    }
  }
  return { kind: 'account', context };
}

function readValue(element: Element, attr: string | undefined, traditional: TraditionalTable): Shown | null {
  if (attr === undefined) return shownText(element, traditional);
  const value = element.getAttribute(attr);
  return value === null ? null : { text: cleanValue(value), tooltip: false };
}

function readField(document: Document, labels: LabelIndex, spec: FieldSpec): Lookup {
  if (spec.label !== undefined) {
    const source: FieldSource = { label: spec.label };
    let scope: ParentNode = document;
    if (spec.selector !== undefined) {
      // Both given: the selector narrows where the label is looked for.
      const found = query(document, spec.selector);
      if (found === 'invalid') return { found: false, source, invalid: true };
      if (!found) return { found: false, source };
      scope = found;
    }
    const values = new Map<string, boolean>();
    for (const target of labels.valueElements(spec.label, scope)) {
      const shown = readValue(target, spec.attr, labels.traditional);
      if (shown !== null) values.set(shown.text, (values.get(shown.text) ?? true) && shown.tooltip);
    }
    const [first, ...others] = values;
    if (first === undefined) return { found: false, source };
    if (others.length > 0)
      return {
        found: false,
        source,
        conflicting: [...values.keys()].join(CONFLICT_SEPARATOR).slice(0, MAX_RAW),
      };
    return { found: true, raw: first[0], source, tooltip: first[1] };
  }
  const selector = spec.selector ?? '';
  const source: FieldSource = { selector };
  // A value read as shown comes from the first copy the agent sees (a hidden stale copy of the
  // previous customer's name first in the page, red team 11); an attribute is read where it is.
  const element = spec.attr === undefined ? queryShown(document, selector) : query(document, selector);
  if (element === 'invalid') return { found: false, source, invalid: true };
  const shown = element ? readValue(element, spec.attr, labels.traditional) : null;
  return shown === null
    ? { found: false, source }
    : { found: true, raw: shown.text, source, tooltip: shown.tooltip };
}

function query(root: ParentNode, selector: string): Element | null | 'invalid' {
  try {
    return root.querySelector(selector);
  } catch {
    return 'invalid';
  }
}

function queryShown(root: ParentNode, selector: string): Element | null | 'invalid' {
  try {
    for (const element of root.querySelectorAll(selector)) if (!isHidden(element)) return element;
    return null;
  } catch {
    return 'invalid';
  }
}

/** Longest own text (in characters, before collapsing) an element may have and still be a label. */
const MAX_LABEL_TEXT = 400;

/** A label as shown, tidied (the Studio's picker proposes labels in this form). */
export function normaliseLabel(text: string): string {
  return stripInvisible(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:：]$/, '');
}

/**
 * A label as the extractor compares it: tidied, then the one folding (width, case, 您→你), so a
 * CRM that shows `OVERDUE AMOUNT` or full-width `ＤＰＤ` is read by the pack's `Overdue amount` /
 * `DPD` (page text is untrusted and folded before matching).
 */
export function labelKey(text: string, traditional?: TraditionalTable): string {
  return normaliseLabel(foldText(text, traditional));
}

/**
 * Finds the value beside a label. The label is the element whose own text equals it (a trailing
 * `:`/`：` ignored); text wrapped in inner tags (`<dt><b>逾期金额</b></dt>`) climbs to the
 * outermost element still showing only that text. Built lazily, once per read of the page, in one
 * pass that reads each element's own text once: linear in the page (issue 15 item 11; assembling
 * the parent's text for every text node froze a CRM with a 2,000-line remarks box for seconds).
 */
class LabelIndex {
  private byText: Map<string, Element[]> | null = null;
  private readonly wanted: Set<string>;

  constructor(
    private readonly document: Document,
    labels: string[],
    /** The table every text of this read is folded with. */
    readonly traditional: TraditionalTable,
  ) {
    this.wanted = new Set(labels.map((label) => labelKey(label, traditional)));
  }

  /** The value beside every shown copy of the label in `scope` (the caller compares them). */
  valueElements(label: string, scope: ParentNode): Element[] {
    const wanted = labelKey(label, this.traditional);
    const values: Element[] = [];
    for (const candidate of this.candidates(wanted)) {
      if (scope !== this.document && !(scope as Node).contains(candidate)) continue;
      if (isHidden(candidate)) continue;
      const value = this.neighbour(candidate, wanted);
      if (value && !values.includes(value)) values.push(value);
    }
    return values;
  }

  private candidates(wanted: string): Element[] {
    if (!this.byText) {
      this.byText = new Map();
      const root = this.document.body ?? this.document.documentElement;
      if (!root || this.wanted.size === 0) return [];
      const visited = new Set<Element>();
      for (const node of this.textNodes(root)) {
        const parent = node.parentElement;
        if (!parent || visited.has(parent) || SKIPPED.has(parent.tagName)) continue;
        visited.add(parent);
        const own = ownText(parent);
        if (own === null || !own.trim()) continue;
        const label = labelKey(own, this.traditional);
        if (!this.wanted.has(label)) continue;
        const list = this.byText.get(label);
        if (list) list.push(parent);
        else this.byText.set(label, [parent]);
      }
    }
    return this.byText.get(wanted) ?? [];
  }

  /**
   * Text nodes that may belong to a label: those holding the first character of one (every
   * label's parent has such a text node, however its text is split). One native regex test per
   * node spares the far costlier parent work for all the others (a 55,000-node page: ~15 ms,
   * not ~60; the browser's XPath engine measured slower still, ~300 ms).
   */
  private *textNodes(root: Node): Iterable<Node> {
    const firsts = new Set(
      // 帳戶餘額 for 账户余额: the traditional forms the table knows (the background sends the
      // content script the ones its adapter's labels need, traditional-words.ts).
      [...this.wanted].flatMap((label) => unfoldedForms([...label][0] ?? '', this.traditional)),
    );
    firsts.delete('');
    if (firsts.size === 0) return;
    const mayStartLabel = new RegExp(
      `[${[...firsts].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`,
      'u',
    );
    // SHOW_TEXT: visit text nodes only; one pass serves every label of the adapter.
    const walker = this.document.createTreeWalker(root, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (mayStartLabel.test(node.nodeValue ?? '')) yield node;
    }
  }

  private neighbour(start: Element, wanted: string): Element | null {
    for (let element: Element | null = start; element; element = element.parentElement) {
      if (element !== start && !showsOnly(element, wanted, this.traditional)) return null;
      const value = neighbourOf(element, this.document);
      if (value) return value;
    }
    return null;
  }
}

/** An element's own text nodes joined, or null once longer than any label can be. */
function ownText(element: Element): string | null {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType !== 3) continue;
    text += child.nodeValue ?? '';
    if (text.length > MAX_LABEL_TEXT) return null;
  }
  return text;
}

/**
 * Whether all the text inside `element` is the label `wanted`. Stops reading as soon as the text
 * is longer than the label, so climbing from a label never reads a whole large container.
 */
function showsOnly(element: Element, wanted: string, traditional: TraditionalTable): boolean {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += (node.nodeValue ?? '').slice(0, MAX_LABEL_TEXT + 1);
    if (text.length > MAX_LABEL_TEXT || labelKey(text, traditional).length > wanted.length + 1) return false;
  }
  return labelKey(text, traditional) === wanted;
}

function neighbourOf(element: Element, document: Document): Element | null {
  switch (element.tagName) {
    case 'DT':
      return nextSibling(element, 'DD');
    case 'TH':
      return nextSibling(element, 'TD');
    case 'LABEL': {
      const id = element.getAttribute('for');
      if (id) return document.getElementById(id);
      return element.querySelector('input, select, textarea') ?? element.nextElementSibling;
    }
    default:
      return element.nextElementSibling;
  }
}

function nextSibling(element: Element, tagName: string): Element | null {
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    // A hidden cell between the label and the shown one (a stale value kept for an edit form).
    if (next.tagName === tagName && !isHidden(next)) return next;
  }
  return null;
}
