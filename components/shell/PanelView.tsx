import { useEffect, useMemo, useRef, useState } from 'react';
import { GuardBar } from '@/components/guard/GuardBar';
import { PackUpdates } from '@/components/updates/PackUpdates';
import { inPackCurrency } from '@/lib/crm/currency';
import type { ActivePack } from '@/lib/pack/store';
import { AccountHeader } from './AccountHeader';
import { CallBar } from './CallBar';
import { useCall } from './call';
import { useI18n } from './i18n';
import { KeyMap } from './KeyMap';
import { KeyProvider, useKeys } from './key-dispatch';
import type { KeyScope } from './keys';
import { NavigationProvider, type NavRequest, useNavigation } from './navigation';
import { noAccountKeys, type ReportState } from './panel-data';
import { SectionBoundary } from './SectionBoundary';
import { SECTIONS } from './sections';

const sectionElement = (id: string) => document.getElementById(`section-${id}`);

interface Props {
  pack: ActivePack | undefined;
  report: ReportState;
  followedTab: number | null;
  initialSection?: string;
}

/** The panel: status strip (Guard, account, call), section tabs (keys 1–5), the open section. */
export function PanelView({ initialSection = 'script', ...props }: Props) {
  return (
    <NavigationProvider initialSection={initialSection}>
      {(open, request) => (
        <KeyProvider open={open as KeyScope}>
          <PanelBody {...props} open={open} request={request} />
        </KeyProvider>
      )}
    </NavigationProvider>
  );
}

function PanelBody({
  pack,
  report,
  followedTab,
  open,
  request,
}: Omit<Props, 'initialSection'> & { open: string; request: NavRequest | null }) {
  const { t, l } = useI18n();
  const { show } = useNavigation();
  // Sections mount on first visit and then stay mounted (hidden), so switching keeps their state.
  const [visited, setVisited] = useState(() => new Set([open]));
  const [showKeys, setShowKeys] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  if (!visited.has(open)) setVisited((v) => new Set(v).add(open));

  const openSection = (id: string) => show(id, { focus: true });
  useKeys({
    'section.guard': () => openSection('guard'),
    'section.script': () => openSection('script'),
    'section.objections': () => openSection('objections'),
    'section.plan': () => openSection('plan'),
    'section.notes': () => openSection('notes'),
    'section.chord': (_event, chord) => {
      const entry = SECTIONS.find((s) => `Alt+${s.key}` === chord);
      if (!entry) return false;
      openSection(entry.id);
      return true;
    },
    'search.open': () => openSection('objections'),
    'keys.help': () => setShowKeys((s) => !s),
    // Esc leaves any field: focus goes back to the section, where its keys work again.
    'field.leave': (event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !panelRef.current?.contains(target)) return false;
      target.blur();
      const section = target.closest<HTMLElement>('[role="tabpanel"]') ?? sectionElement(open);
      section?.focus();
      return true;
    },
  });

  // A section that did not focus a control of its own on request gets the focus itself, so the
  // next key (Space, a letter) reaches it and not the tab button (review 2026-11-live-call #1).
  useEffect(() => {
    if (!request?.focus) return;
    const section = sectionElement(request.section);
    if (section && !section.contains(document.activeElement)) section.focus();
  }, [request]);

  // The sections are keyed by account, so another customer (the agent switched CRM tabs) remounts
  // the open one and its focused control with it: the focus would fall to the page, where a screen
  // reader loses its place. The open section takes it unless one of its own controls did (live-call
  // walk 12).
  const accountKey =
    report.status === 'ready' && report.report?.kind === 'account' ? report.report.context.accountKey : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for another account only
  useEffect(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) sectionElement(open)?.focus();
  }, [accountKey]);

  const read = report.status === 'ready' && report.report?.kind === 'account' ? report.report.context : null;
  // An amount in another currency than the pack's is shown unread, never computed with (walk 10).
  const packRead = pack?.ok ? pack.pack : null;
  const context = useMemo(() => (read && packRead ? inPackCurrency(read, packRead) : read), [read, packRead]);
  const controls = useCall(pack?.ok ? pack.pack : null, context);

  if (pack === undefined) return <p className="empty">{t('pack.loading')}</p>;
  if (!pack.ok) {
    return (
      <div className="pack-error" role="alert">
        <strong>{t('pack.error')}</strong>
        <p>{l(pack.message)}</p>
      </div>
    );
  }

  let headline: { title: string; hint: string } | null = null;
  if (followedTab === null) headline = { title: t('header.noTab'), hint: t('header.noneHint') };
  else if (report.status === 'loading') headline = { title: t('header.loading'), hint: '' };
  else if (report.report === null) headline = { title: t('header.notCrm'), hint: t('header.notCrmHint') };
  else if (report.report.kind === 'none') {
    const keys = noAccountKeys(report.report);
    headline = { title: t(keys.title), hint: t(keys.hint) };
  }

  return (
    <div className="panel" ref={panelRef}>
      <header className="status-strip">
        <h1 className="visually-hidden">{t('panel.title')}</h1>
        <GuardBar pack={pack.pack} context={context} call={controls.call ?? null} />
        {context ? (
          // Keyed by account: nothing typed or picked for one customer survives into the next.
          <AccountHeader
            key={`${context.adapterId}:${context.accountKey}`}
            context={context}
            pack={pack.pack}
          />
        ) : (
          <div className="account account--empty" role="status">
            <strong>{headline?.title}</strong>
            {headline?.hint && <p>{headline.hint}</p>}
          </div>
        )}
        {/* Keyed too: a block question or end confirmation asked for one customer never stays open
            for the next (live-call walk 9). */}
        {context && <CallBar key={`call:${context.adapterId}:${context.accountKey}`} controls={controls} />}
      </header>
      <main className="panel__main">
        <p className="pack-line">{t('pack.label', { title: pack.pack.title, version: pack.pack.version })}</p>
        {/* The stored version failed this build's checks and another is used: the agent is told. */}
        {pack.notice && (
          <p className="pack-notice" role="status">
            {l(pack.notice)}
          </p>
        )}
        <PackUpdates pack={pack.pack} />
        <div role="tablist" aria-label={t('section.nav')} className="tabs">
          {SECTIONS.map((s) => (
            <button
              key={s.id}
              id={`tab-${s.id}`}
              type="button"
              role="tab"
              aria-selected={open === s.id}
              aria-controls={`section-${s.id}`}
              aria-keyshortcuts={s.key}
              tabIndex={open === s.id ? 0 : -1}
              onClick={() => show(s.id)}
            >
              <kbd>{s.key}</kbd> {t(s.label)}
            </button>
          ))}
        </div>
        {showKeys && <KeyMap onClose={() => setShowKeys(false)} />}
        {SECTIONS.filter((s) => visited.has(s.id)).map(({ id, label, Component }) => (
          <section
            key={`${id}:${context?.accountKey ?? ''}`}
            id={`section-${id}`}
            role="tabpanel"
            aria-labelledby={`tab-${id}`}
            hidden={open !== id}
            tabIndex={-1}
            className="section"
          >
            <SectionBoundary label={t(label)}>
              <Component pack={pack.pack} context={context} call={controls.call ?? null} />
            </SectionBoundary>
          </section>
        ))}
      </main>
    </div>
  );
}
