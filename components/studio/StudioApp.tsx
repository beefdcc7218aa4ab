import { useCallback, useMemo, useState } from 'react';
import { I18nProvider, useI18n } from '@/components/shell/i18n';
import { useSettings } from '@/components/shell/panel-data';
import type { CallAssistDB } from '@/lib/db/schema';
import { parsePack } from '@/lib/pack/parse';
import { checkDraft } from '@/lib/studio/checks';
import { readDraft } from '@/lib/studio/edit';
import { openActivePack, openText } from '@/lib/studio/open';
import type { SourceSpan } from '@/lib/studio/source-map';
import { ChangesView } from './ChangesView';
import { studioEditors } from './editors';
import { Findings } from './Findings';
import { OpenUrl } from './OpenUrl';
import { PreviewPane } from './preview/PreviewPane';
import { SignPanel } from './SignPanel';
import { SourceView } from './SourceView';
import { StudioTabs } from './StudioTabs';
import { type StudioDraftApi, useStudioDraft } from './use-studio-draft';
import './studio.css';

/** The Pack Studio page (issue 17): open, edit by form or source, check, compare, sign, export. */
export function StudioApp({ db }: { db: CallAssistDB }) {
  const settings = useSettings();
  const api = useStudioDraft(db);
  if (!settings || api.draft === undefined) return null;
  return (
    <I18nProvider locale={settings.locale}>
      <Studio db={db} packId={settings.packId} api={api} />
    </I18nProvider>
  );
}

function Studio({ db, packId, api }: { db: CallAssistDB; packId: string; api: StudioDraftApi }) {
  const { t, l } = useI18n();
  const [problem, setProblem] = useState('');
  const [pasted, setPasted] = useState('');
  const [tab, setTab] = useState('source');
  /** A "go to" waits for the source tab (and its editor) to be shown before it selects. */
  const [pendingGoTo, setPendingGoTo] = useState<SourceSpan | null>(null);
  const goneTo = useCallback(() => setPendingGoTo(null), []);
  const text = api.draft?.history.present;
  const baseText = api.draft?.baseText;
  const check = useMemo(() => (text === undefined ? undefined : checkDraft(text)), [text]);
  const value = useMemo(() => (text === undefined ? undefined : readDraft(text)), [text]);
  const base = useMemo(() => {
    if (!baseText) return undefined;
    const parsed = parsePack(baseText);
    return parsed.ok ? parsed.pack : undefined;
  }, [baseText]);

  const opened = (result: ReturnType<typeof openText>, isPublished: boolean) => {
    if (!result.ok) return setProblem(l(result.message));
    setProblem('');
    api.open(result.text, result.origin, isPublished ? result.text : '');
  };

  const goTo = (span: SourceSpan) => {
    setTab('source');
    setPendingGoTo(span);
  };

  const tabs = [
    { id: 'source', label: t('studio.sourceTab') },
    ...studioEditors.map((editor) => ({ id: editor.id, label: t(editor.label) })),
  ];
  const editor = studioEditors.find((e) => e.id === tab);

  return (
    <main className="studio">
      <header className="studio-bar">
        <h1>{t('studio.title')}</h1>
        <button type="button" onClick={async () => opened(await openActivePack(db, packId), true)}>
          {t('studio.openActive')}
        </button>
        <label className="studio-file">
          {t('studio.openFile')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) opened(openText(await file.text(), file.name), true);
              e.target.value = '';
            }}
          />
        </label>
        <OpenUrl onOpened={(result) => opened(result, true)} />
        <button type="button" onClick={api.undo} disabled={!api.draft?.history.past.length}>
          {t('studio.undo')}
        </button>
        <button type="button" onClick={api.redo} disabled={!api.draft?.history.future.length}>
          {t('studio.redo')}
        </button>
        {api.draft && api.saving.kind !== 'failed' ? (
          <span role="status">{t('studio.saved', { origin: api.draft.origin })}</span>
        ) : null}
      </header>
      {api.saving.kind === 'failed' ? (
        <p role="alert">{t('studio.source.saveFailed', { reason: l(api.saving.message) })}</p>
      ) : null}
      {api.loadProblem ? (
        <p role="alert">{t('studio.source.loadFailed', { reason: l(api.loadProblem) })}</p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <details className="studio-paste">
        <summary>{t('studio.paste')}</summary>
        <textarea aria-label={t('studio.paste')} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button type="button" onClick={() => opened(openText(pasted, t('studio.paste')), false)}>
          {t('studio.pasteOpen')}
        </button>
      </details>
      {text === undefined || !check ? (
        <p>{t('studio.noDraft')}</p>
      ) : (
        <div className="studio-columns">
          <div className="studio-left">
            <StudioTabs label={t('studio.editors')} tabs={tabs} selected={tab} onSelect={setTab}>
              {editor ? (
                value === undefined ? (
                  <p>{t('studio.formsNeedValid')}</p>
                ) : (
                  <editor.Editor text={text} value={value} onEdit={api.edit} />
                )
              ) : (
                <SourceView
                  text={text}
                  findings={check.findings}
                  goTo={pendingGoTo}
                  onShown={goneTo}
                  onType={api.type}
                  onEndTyping={api.endTyping}
                  onUndo={api.undo}
                  onRedo={api.redo}
                />
              )}
            </StudioTabs>
          </div>
          <div className="studio-right">
            <PreviewPane db={db} draft={check.pack} base={base} />
            <Findings text={text} findings={check.findings} onGoTo={goTo} />
            <ChangesView base={base} draft={check.pack} />
            <SignPanel text={text} check={check} base={base} />
          </div>
        </div>
      )}
    </main>
  );
}
