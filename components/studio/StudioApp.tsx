import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { I18nProvider, useI18n } from '@/components/shell/i18n';
import { useSettings } from '@/components/shell/panel-data';
import type { CallAssistDB } from '@/lib/db/schema';
import { parsePack } from '@/lib/pack/parse';
import { checkDraft } from '@/lib/studio/checks';
import { type Edited, isRefused, type RefusedEdit, readDraftText } from '@/lib/studio/edit';
import { type Opened, openActivePack, openText, replacingLosesEdits } from '@/lib/studio/open';
import type { SourceSpan } from '@/lib/studio/source-map';
import { BrokenDraft } from './BrokenDraft';
import { ChangesView } from './ChangesView';
import { studioEditors } from './editors';
import { Findings } from './Findings';
import { OpenUrl } from './OpenUrl';
import { PreviewPane } from './preview/PreviewPane';
import { ReplaceDraft } from './ReplaceDraft';
import { SignPanel } from './SignPanel';
import { SourceView } from './SourceView';
import { StudioTabs } from './StudioTabs';
import { FORMS_AREA, useHistoryKeys } from './use-history-keys';
import { type StudioDraftApi, useStudioDraft } from './use-studio-draft';
import { isText, useViewState } from './use-view-state';
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
  const [keptTab, setTab] = useViewState('tab', 'source', isText);
  // A kept tab this build does not have would leave the tab list without a tab stop.
  const tab = keptTab === 'source' || studioEditors.some((e) => e.id === keptTab) ? keptTab : 'source';
  /** A "go to" waits for the source tab (and its editor) to be shown before it selects. */
  const [pendingGoTo, setPendingGoTo] = useState<SourceSpan | null>(null);
  const goneTo = useCallback(() => setPendingGoTo(null), []);
  const text = api.draft?.history.present;
  const baseText = api.draft?.baseText;
  /**
   * The checks take ~130 ms on the default pack: they follow the typing at low priority, so a
   * keystroke is never held up by them. Findings, preview and signing all read this one checked
   * text, so what is signed is always what was checked.
   */
  const checkedText = useDeferredValue(text);
  const check = useMemo(
    () => (checkedText === undefined ? undefined : checkDraft(checkedText)),
    [checkedText],
  );
  /** One read of the text per keystroke serves the forms and the syntax check (lib/studio/edit.ts). */
  const reading = useMemo(() => (text === undefined ? undefined : readDraftText(text)), [text]);
  const value = reading?.value;
  /** A half-read text is not edited by form: jsonc's writes around a syntax error mangle it further. */
  const syntaxAt = reading?.syntaxAt;
  /** The last form edit the draft's shape refused, said until the next edit lands or the tab changes. */
  const [refused, setRefused] = useState<RefusedEdit | null>(null);
  const { edit } = api;
  const formEdit = useCallback(
    (next: Edited, burst?: string) => {
      if (isRefused(next)) return setRefused(next);
      if (next === text) return;
      setRefused(null);
      edit(next, burst);
    },
    [edit, text],
  );
  const base = useMemo(() => {
    if (!baseText) return undefined;
    const parsed = parsePack(baseText);
    return parsed.ok ? parsed.pack : undefined;
  }, [baseText]);

  /** An opened pack waiting for the lead's word before it replaces a draft with unpublished changes. */
  const [replacing, setReplacing] = useState<{ text: string; origin: string; base: string } | null>(null);
  const opened = (result: Opened, isPublished: boolean) => {
    if (!result.ok) return setProblem(l(result.message));
    setProblem('');
    const next = { text: result.text, origin: result.origin, base: isPublished ? result.text : '' };
    if (replacingLosesEdits(api.draft && { text: api.draft.history.present, baseText: api.draft.baseText }))
      return setReplacing(next);
    api.open(next.text, next.origin, next.base);
  };

  const goTo = (span: SourceSpan) => {
    setTab('source');
    setPendingGoTo(span);
  };

  const page = useRef<HTMLElement>(null);
  useHistoryKeys(page, api.undo, api.redo);

  const tabs = [
    { id: 'source', label: t('studio.sourceTab') },
    ...studioEditors.map((editor) => ({ id: editor.id, label: t(editor.label) })),
  ];
  const editor = studioEditors.find((e) => e.id === tab);

  return (
    <main className="studio" ref={page}>
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
        {/* aria-disabled, not disabled: a button that disables itself under the keyboard drops the focus to the page. */}
        <button type="button" onClick={api.undo} aria-disabled={!api.draft?.history.past.length}>
          {t('studio.undo')}
        </button>
        <button type="button" onClick={api.redo} aria-disabled={!api.draft?.history.future.length}>
          {t('studio.redo')}
        </button>
        {api.draft && api.saving.kind !== 'failed' ? (
          <span role="status">
            {api.saving.kind === 'saving'
              ? t('studio.source.saving')
              : t('studio.saved', { origin: api.draft.origin })}
          </span>
        ) : null}
      </header>
      {api.saving.kind === 'failed' ? (
        <p role="alert">{t('studio.source.saveFailed', { reason: l(api.saving.message) })}</p>
      ) : null}
      {api.loadProblem ? (
        <p role="alert">{t('studio.source.loadFailed', { reason: l(api.loadProblem) })}</p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {replacing && api.draft ? (
        <ReplaceDraft
          origin={api.draft.origin}
          next={replacing.origin}
          onReplace={() => {
            setReplacing(null);
            api.open(replacing.text, replacing.origin, replacing.base);
          }}
          onKeep={() => setReplacing(null)}
        />
      ) : null}
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
            <StudioTabs
              label={t('studio.editors')}
              tabs={tabs}
              selected={tab}
              onSelect={(id) => {
                setRefused(null);
                setTab(id);
              }}
            >
              {editor ? (
                value === undefined ? (
                  <p>{t('studio.formsNeedValid')}</p>
                ) : syntaxAt !== undefined ? (
                  <BrokenDraft text={text} syntaxAt={syntaxAt} onGoTo={goTo} />
                ) : (
                  <div className={FORMS_AREA}>
                    <BrokenDraft text={text} refused={refused} onGoTo={goTo} />
                    <editor.Editor text={text} value={value} onEdit={formEdit} />
                  </div>
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
            <Findings text={checkedText ?? text} findings={check.findings} onGoTo={goTo} />
            <ChangesView base={base} draft={check.pack} />
            <SignPanel text={checkedText ?? text} check={check} base={base} />
          </div>
        </div>
      )}
    </main>
  );
}
