/**
 * The live preview (issue 17 item 2): the side panel's real sections rendered from the draft for a
 * sample account (the adapter's `sample`, or the account an open CRM tab shows), switchable by
 * segment; lines changed against the opened version are marked. The sections read the database
 * and write only to the in-memory call (`usePreviewCall`); no key listener is installed.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { GuardBar } from '@/components/guard/GuardBar';
import { LineMarkContext } from '@/components/script/line-mark';
import { AccountHeader } from '@/components/shell/AccountHeader';
import { DbProvider } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { NavigationProvider, useNavigation } from '@/components/shell/navigation';
import { useSettings } from '@/components/shell/panel-data';
import { SectionBoundary } from '@/components/shell/SectionBoundary';
import { SECTIONS } from '@/components/shell/sections';
import { SettingsProvider } from '@/components/shell/settings-context';
import type { AccountContext } from '@/lib/crm/context';
import type { CallAssistDB } from '@/lib/db/schema';
import type { Line, Pack } from '@/lib/pack/schema';
import { selectSegment } from '@/lib/script/select';
import {
  changedLines,
  editedObjection,
  editedScript,
  keepObjections,
  packSample,
} from '@/lib/studio/preview';
import { type CaptureAccount, captureCrmAccount } from '@/lib/studio/preview-crm';
import { StudioTabs } from '../StudioTabs';
import { usePreviewCall } from './use-preview-call';
import './preview.css';

/** Notes keep the agent's own words in the database: nothing a pack changes, so not previewed. */
const PREVIEWED = SECTIONS.filter((s) => s.id !== 'notes');

/** Where the last edit is seen: the preview shows that section (and card). */
interface Follow {
  section: string;
  objectionId?: string;
  seq: number;
}

interface Props {
  db: CallAssistDB;
  /** The draft's pack when it parses. */
  draft: Pack | undefined;
  /** The opened version, to mark what changed. */
  base: Pack | undefined;
  /** Where "use the open CRM tab's account" asks; the background's port unless a test gives one. */
  capture?: CaptureAccount;
}

export function PreviewPane({ db, draft: parsed, base, capture = captureCrmAccount }: Props) {
  const { t } = useI18n();
  const id = useId();
  const settings = useSettings();
  const [crm, setCrm] = useState<AccountContext | null>(null);
  const [capturing, setCapturing] = useState<'idle' | 'busy' | 'none'>('idle');
  const [segmentId, setSegmentId] = useState('');
  const kept = useRef<Pack | undefined>(undefined);
  const draft = useMemo(() => {
    kept.current = parsed && keepObjections(kept.current, parsed);
    return kept.current;
  }, [parsed]);
  // The sample is read once per pack and adapter text, not on every keystroke elsewhere.
  const sample = useMemo(() => (draft ? packSample(draft, Date.now()) : null), [draft]);
  const context = crm ?? sample;

  // The preview follows the lead's edit: a changed line brings the script forward, switched to a
  // segment whose script has it when the account's does not; a changed objection opens its card.
  const previous = useRef(draft);
  const [follow, setFollow] = useState<Follow | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = draft;
    if (!draft || !before || before === draft) return;
    const scriptId = editedScript(before, draft);
    if (scriptId !== undefined) {
      const shown = selectSegment(draft, context, segmentId === '' ? undefined : segmentId)?.script.id;
      const segment = draft.segments.find((s) => s.scriptId === scriptId);
      if (shown !== scriptId && segment) setSegmentId(segment.id);
      setFollow((f) => ({ section: 'script', seq: (f?.seq ?? 0) + 1 }));
      return;
    }
    const objectionId = editedObjection(before, draft);
    if (objectionId !== undefined)
      setFollow((f) => ({ section: 'objections', objectionId, seq: (f?.seq ?? 0) + 1 }));
  }, [draft, context, segmentId]);

  const takeCrmAccount = async () => {
    setCapturing('busy');
    const account = await capture();
    setCapturing(account ? 'idle' : 'none');
    if (account) setCrm(account);
  };

  return (
    <section className="studio-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('studio.preview.title')}</h2>
      <div className="studio-preview__controls">
        {crm ? (
          <button type="button" onClick={() => setCrm(null)}>
            {t('studio.preview.useSample')}
          </button>
        ) : (
          <button type="button" onClick={() => void takeCrmAccount()} disabled={capturing === 'busy'}>
            {t('studio.preview.useCrm')}
          </button>
        )}
        {draft && (
          <label>
            {t('studio.preview.segment')}{' '}
            <select value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
              <option value="">{t('studio.preview.segmentAuto')}</option>
              {draft.segments.map((segment) => (
                <option key={segment.id} value={segment.id}>
                  {segment.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <span role="status">
          {capturing === 'busy'
            ? t('studio.preview.capturing')
            : capturing === 'none'
              ? t('studio.preview.noCrm')
              : ''}
        </span>
      </div>
      {!draft ? (
        <p className="empty">{t('studio.preview.needsValid')}</p>
      ) : !context ? (
        <p className="empty">{t('studio.preview.noSample')}</p>
      ) : settings ? (
        <SettingsProvider settings={settings}>
          <PreviewPanel
            db={db}
            pack={draft}
            base={base}
            context={context}
            from={crm ? 'crm' : 'sample'}
            follow={follow}
            segmentId={segmentId === '' ? undefined : segmentId}
          />
        </SettingsProvider>
      ) : null}
    </section>
  );
}

function PreviewPanel({
  db,
  pack,
  base,
  context,
  from,
  segmentId,
  follow,
}: {
  db: CallAssistDB;
  pack: Pack;
  base: Pack | undefined;
  context: AccountContext;
  from: 'crm' | 'sample';
  segmentId: string | undefined;
  follow: Follow | null;
}) {
  const { t } = useI18n();
  const { call, writes } = usePreviewCall(pack, context, segmentId);
  const preview = useMemo(() => ({ writes }), [writes]);
  const overrideId = call.segmentOverride?.to;
  const script = useMemo(() => selectSegment(pack, context, overrideId)?.script, [pack, context, overrideId]);
  const changed = useMemo(() => (script ? changedLines(script, base) : new Set<string>()), [script, base]);
  const mark = useMemo(
    () => (line: Line) =>
      changed.has(line.id) ? (
        <span className="badge preview-changed" title={t('studio.preview.changedHint')}>
          {t('studio.preview.changed')}
          <span className="visually-hidden">{` (${t('studio.preview.changedHint')})`}</span>
        </span>
      ) : null,
    [changed, t],
  );
  const name = context.fields.name?.value;
  return (
    <DbProvider db={db} preview={preview}>
      <LineMarkContext.Provider value={mark}>
        <p className="muted">
          {t('studio.preview.account', {
            name: typeof name === 'string' ? name : '—',
            key: context.accountKey,
          })}{' '}
          · {t(from === 'crm' ? 'studio.preview.fromCrm' : 'studio.preview.fromSample')}
        </p>
        <p className="muted">{t('studio.preview.readOnly')}</p>
        <div className="panel studio-preview__panel">
          <GuardBar pack={pack} context={context} call={call} />
          <AccountHeader context={context} pack={pack} />
          <NavigationProvider initialSection="script">
            {(open) => (
              <PreviewSections pack={pack} context={context} call={call} open={open} follow={follow} />
            )}
          </NavigationProvider>
        </div>
      </LineMarkContext.Provider>
    </DbProvider>
  );
}

function PreviewSections({
  pack,
  context,
  call,
  open,
  follow,
}: {
  pack: Pack;
  context: AccountContext;
  call: ReturnType<typeof usePreviewCall>['call'];
  open: string;
  follow: Follow | null;
}) {
  const { t } = useI18n();
  const { show } = useNavigation();
  useEffect(() => {
    if (follow) show(follow.section, follow.objectionId ? { objectionId: follow.objectionId } : {});
  }, [follow, show]);
  const section = PREVIEWED.find((s) => s.id === open) ?? PREVIEWED[0];
  if (!section) return null;
  const { Component } = section;
  return (
    <StudioTabs
      label={t('studio.preview.sections')}
      // Named apart from the Studio's editor tabs ("Objections" is both a section and an editor).
      tabs={PREVIEWED.map((s) => ({
        id: `preview-${s.id}`,
        label: t('studio.preview.tab', { section: t(s.label) }),
      }))}
      selected={`preview-${section.id}`}
      onSelect={(tab) => show(tab.replace(/^preview-/, ''))}
    >
      {/* Keyed by account and segment: nothing picked for one survives into the next, as in the panel. */}
      <div key={`${section.id}:${context.accountKey}:${call.segmentOverride?.to ?? ''}`} className="section">
        <SectionBoundary label={t(section.label)}>
          <Component pack={pack} context={context} call={call} />
        </SectionBoundary>
      </div>
    </StudioTabs>
  );
}
