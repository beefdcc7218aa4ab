/**
 * The CodeMirror 6 setup of the Studio's source view (issue 17 item 1). Loaded on demand by
 * SourceView (its own chunk inside the Studio; never the panel's). No CodeMirror history: undo and
 * redo keys go to the ONE draft history the forms share (lib/studio/history.ts). Tab indents, and
 * as CodeMirror documents, Escape then Tab leaves the editor, so the keyboard is never trapped.
 */
import { autocompletion, type CompletionContext, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, setDiagnostics } from '@codemirror/lint';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import type { FindingMark } from '@/lib/studio/diagnostics';
import { completionAt, docAt, type SchemaDoc } from '@/lib/studio/json-schema';

/** Marks a change that came from the draft (undo, a form), so it is not reported back as typing. */
const fromDraft = Annotation.define<boolean>();

export interface SourceEditorOptions {
  parent: HTMLElement;
  text: string;
  /** The accessible name and the id of the element that explains the keys. */
  label: string;
  describedBy: string;
  onType: (text: string) => void;
  onEndTyping: () => void;
  onUndo: () => void;
  onRedo: () => void;
  /** A hover's text from what the schema says (localized by the caller). */
  explain: (doc: SchemaDoc) => string;
}

const run = (action: () => void) => () => {
  action();
  return true;
};

export function createSourceEditor(options: SourceEditorOptions): EditorView {
  const { onType, onEndTyping, onUndo, onRedo, explain } = options;
  const schemaCompletion = (context: CompletionContext) => {
    const found = completionAt(context.state.doc.toString(), context.pos);
    if (!found || (!context.explicit && found.from === found.to)) return null;
    const property = found.options[0]?.kind === 'property';
    return {
      from: found.from,
      to: found.to,
      options: found.options.map((o) => ({
        label: o.kind === 'property' ? JSON.stringify(o.label) : o.label,
        detail: o.detail,
        type: o.kind === 'property' ? 'property' : 'enum',
      })),
      validFor: property ? /^"?[A-Za-z0-9_]*"?$/ : /^"?[^"]*"?$/,
    };
  };
  const schemaHover = hoverTooltip((view, pos) => {
    const doc = docAt(view.state.doc.toString(), pos);
    if (!doc) return null;
    return {
      pos,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'studio-source-doc';
        // textContent only: the doc holds names and values from the schema, never markup.
        dom.textContent = explain(doc);
        return { dom };
      },
    };
  });
  const state = EditorState.create({
    doc: options.text,
    extensions: [
      lineNumbers(),
      highlightActiveLine(),
      bracketMatching(),
      json(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      autocompletion({ override: [schemaCompletion] }),
      schemaHover,
      keymap.of([
        { key: 'Mod-z', run: run(onUndo), preventDefault: true },
        { key: 'Mod-y', run: run(onRedo), preventDefault: true },
        { key: 'Mod-Shift-z', run: run(onRedo), preventDefault: true },
        ...completionKeymap,
        ...defaultKeymap,
        indentWithTab,
      ]),
      EditorView.contentAttributes.of({
        'aria-label': options.label,
        'aria-describedby': options.describedBy,
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromDraft)))
          onType(update.state.doc.toString());
        if (update.focusChanged && !update.view.hasFocus) onEndTyping();
      }),
    ],
  });
  return new EditorView({ state, parent: options.parent });
}

/**
 * Brings the editor to the draft's text (after an undo or a form edit) by replacing only what
 * differs, so the caret and scroll stay where the lead was.
 */
export function showText(view: EditorView, text: string): void {
  const current = view.state.doc.toString();
  if (current === text) return;
  let start = 0;
  const shorter = Math.min(current.length, text.length);
  while (start < shorter && current.charCodeAt(start) === text.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    current.charCodeAt(current.length - 1 - end) === text.charCodeAt(text.length - 1 - end)
  )
    end++;
  view.dispatch({
    changes: { from: start, to: current.length - end, insert: text.slice(start, text.length - end) },
    annotations: fromDraft.of(true),
  });
}

/** Underlines the findings; `localize` turns their messages into the Studio's language. */
export function showFindings(
  view: EditorView,
  marks: readonly FindingMark[],
  localize: (mark: FindingMark) => string,
): void {
  const length = view.state.doc.length;
  const diagnostics: Diagnostic[] = marks
    .filter((m) => m.to <= length)
    .map((m) => ({ from: m.from, to: m.to, severity: m.severity, message: localize(m), source: m.path }));
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

/** "Go to": select the range, scroll it into view and focus the editor. */
export function selectRange(view: EditorView, from: number, to: number): void {
  const length = view.state.doc.length;
  view.dispatch({
    selection: { anchor: Math.min(from, length), head: Math.min(to, length) },
    scrollIntoView: true,
  });
  view.focus();
}
