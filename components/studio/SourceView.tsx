import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import type { StudioFinding } from '@/lib/studio/checks';
import { findingMarks } from '@/lib/studio/diagnostics';
import type { SchemaDoc } from '@/lib/studio/json-schema';
import { type SourceSpan, spanRange } from '@/lib/studio/source-map';

type EditorModule = typeof import('./source-editor');
type View = ReturnType<EditorModule['createSourceEditor']>;

interface Props {
  text: string;
  findings: readonly StudioFinding[];
  /** A "go to" waiting to be shown: selected and focused once the editor is there, then `onShown`. */
  goTo: SourceSpan | null;
  onShown: () => void;
  onType: (text: string) => void;
  onEndTyping: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

/**
 * The draft's JSON in CodeMirror 6 (issue 17 item 1), loaded on demand so the Studio opens before
 * the editor's code arrives. Findings are underlined where they are; undo/redo keys go to the draft
 * history the forms share.
 */
export function SourceView({ text, findings, goTo, onShown, ...handlers }: Props) {
  const { t, l } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<{ view: View; module: EditorModule } | null>(null);
  const [failed, setFailed] = useState(false);
  const keysId = useId();
  /** The latest props for the editor's callbacks, which are bound once when it is made. */
  const latest = useRef({ text, handlers, t });
  latest.current = { text, handlers, t };

  useEffect(() => {
    let view: View | undefined;
    let live = true;
    import('./source-editor').then(
      (module) => {
        const parent = host.current;
        if (!live || !parent) return;
        const tr = latest.current.t;
        view = module.createSourceEditor({
          parent,
          text: latest.current.text,
          label: tr('studio.source'),
          describedBy: keysId,
          onType: (typed) => latest.current.handlers.onType(typed),
          onEndTyping: () => latest.current.handlers.onEndTyping(),
          onUndo: () => latest.current.handlers.onUndo(),
          onRedo: () => latest.current.handlers.onRedo(),
          explain: (doc) => describeDoc(doc, latest.current.t),
        });
        setEditor({ view, module });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      view?.destroy();
    };
  }, [keysId]);

  useEffect(() => {
    if (editor) editor.module.showText(editor.view, text);
  }, [editor, text]);

  useEffect(() => {
    if (!editor || editor.view.state.doc.length !== text.length) return;
    editor.module.showFindings(editor.view, findingMarks(text, findings), (mark) => l(mark.message));
  }, [editor, text, findings, l]);

  useEffect(() => {
    if (!editor || !goTo) return;
    const { from, to } = spanRange(text, goTo);
    editor.module.selectRange(editor.view, from, to);
    onShown();
  }, [editor, goTo, text, onShown]);

  return (
    <div className="studio-source">
      <p id={keysId} className="studio-source-keys">
        {t('studio.source.keys')}
      </p>
      {failed ? <p role="alert">{t('studio.source.loadEditorFailed')}</p> : null}
      {editor || failed ? null : <p role="status">{t('studio.source.loading')}</p>}
      <div ref={host} />
    </div>
  );
}

function describeDoc(doc: SchemaDoc, t: ReturnType<typeof useI18n>['t']): string {
  const parts = [String(doc.name)];
  if (doc.type) parts.push(t('studio.source.type', { type: doc.type }));
  if (doc.required) parts.push(t('studio.source.required'));
  if (doc.values.length)
    parts.push(t('studio.source.allowed', { values: doc.values.map((v) => JSON.stringify(v)).join(', ') }));
  if (doc.description) parts.push(doc.description);
  return parts.join(' · ');
}
