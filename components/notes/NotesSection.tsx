import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useDb } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { useSectionRequest } from '@/components/shell/navigation';
import type { SectionProps } from '@/components/shell/section';
import { type CallRecord, callsForAccount } from '@/lib/db';
import { maskedMessage } from './format';
import { History } from './History';
import { NoteBox } from './NoteBox';
import { NoteSearch } from './NoteSearch';
import { useDraft } from './use-draft';
import { WrapUp } from './WrapUp';
import './notes.css';

/** A call that ended without a disposition stays open for its wrap-up this long (about a shift). */
const WRAP_UP_WINDOW_MS = 12 * 60 * 60 * 1000;

/**
 * The call the wrap-up is for: the account's newest call while it has no disposition, when it is
 * the call in progress or ended within the window. Read live, so checklist ticks made in other
 * sections lift the wrap-up's blockers at once.
 */
function wrapUpTarget(
  call: CallRecord | null,
  latest: CallRecord | null | undefined,
  now: number,
): CallRecord | null {
  if (latest === undefined) return call && !call.disposition ? call : null;
  if (!latest || latest.disposition) return null;
  if (call && latest.id === call.id) return latest;
  if (call) return call;
  return latest.endedAt === undefined || now - latest.endedAt < WRAP_UP_WINDOW_MS ? latest : null;
}

/** Section 5: the note box, the wrap-up, the account's history, and search across notes. */
export function NotesSection({ pack, context, call }: SectionProps) {
  const { t } = useI18n();
  if (!context) return <p className="empty">{t('empty.notes')}</p>;
  // Keyed by account: one customer's draft never shows under another's name.
  return <AccountNotes key={context.accountKey} pack={pack} context={context} call={call} />;
}

function AccountNotes({
  pack,
  context,
  call,
}: SectionProps & { context: NonNullable<SectionProps['context']> }) {
  const { t, locale } = useI18n();
  const db = useDb();
  const { accountKey } = context;
  const draft = useDraft(db, accountKey);
  const [savedLine, setSavedLine] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  // `5` opens Notes in the note box (issue 15 item 2).
  useSectionRequest('notes', (request) => {
    if (request.focus) rootRef.current?.querySelector<HTMLTextAreaElement>('.note-box__text')?.focus();
  });
  const latest = useLiveQuery(
    async () => (await callsForAccount(db, accountKey, { limit: 1 }))[0] ?? null,
    [db, accountKey],
  );
  const target = wrapUpTarget(call, latest, Date.now());
  // The last outcome's confirmation belongs to that call: the next call clears it.
  const targetId = target?.id;
  useEffect(() => {
    if (targetId !== undefined) setSavedLine('');
  }, [targetId]);

  return (
    <div className="notes" ref={rootRef} aria-busy={latest === undefined}>
      <NoteBox pack={pack} accountKey={accountKey} call={call} draft={draft} />
      <WrapUp
        pack={pack}
        context={context}
        call={target}
        draft={draft}
        onSaved={({ disposition, masked }) => {
          const parts = [t('notes.wrapUpSaved', { label: `${disposition.id} · ${disposition.label}` })];
          const maskedLine = maskedMessage(masked, t, locale);
          if (maskedLine) parts.push(maskedLine);
          setSavedLine(parts.join(' · '));
        }}
      />
      {savedLine && (
        <p role="status" className="note-box__saved" data-testid="wrap-up-saved">
          {savedLine}
        </p>
      )}
      <History pack={pack} accountKey={accountKey} />
      <NoteSearch />
    </div>
  );
}
