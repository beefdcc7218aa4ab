import { useEffect, useState } from 'react';
import { GuardBar } from '@/components/guard/GuardBar';
import { PackUpdates } from '@/components/updates/PackUpdates';
import type { ActivePack } from '@/lib/pack/store';
import { AccountHeader } from './AccountHeader';
import { CallBar } from './CallBar';
import { useCall } from './call';
import { useI18n } from './i18n';
import { isTyping } from './keys';
import { noAccountKeys, type ReportState } from './panel-data';
import { SECTIONS } from './sections';

interface Props {
  pack: ActivePack | undefined;
  report: ReportState;
  followedTab: number | null;
  initialSection?: string;
}

/** The panel: pack line, account header, section tabs (keys 1–5), the open section. */
export function PanelView({ pack, report, followedTab, initialSection = 'script' }: Props) {
  const { t, l } = useI18n();
  const [open, setOpen] = useState(initialSection);
  // Sections mount on first visit and then stay mounted (hidden), so switching keeps their state.
  const [visited, setVisited] = useState(() => new Set([initialSection]));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Digits type into fields; Alt+digit works everywhere.
      if (event.ctrlKey || event.metaKey || (isTyping(event.target) && !event.altKey)) return;
      const entry = SECTIONS.find((s) => s.key === event.key || `Digit${s.key}` === event.code);
      if (!entry) return;
      event.preventDefault();
      setOpen(entry.id);
      setVisited((v) => new Set(v).add(entry.id));
      // The tabs are always rendered: focus now, not in a frame that could land after the next key.
      document.getElementById(`tab-${entry.id}`)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const context =
    report.status === 'ready' && report.report?.kind === 'account' ? report.report.context : null;
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
    <div className="panel">
      <p className="pack-line">{t('pack.label', { id: pack.pack.id, version: pack.pack.version })}</p>
      <PackUpdates pack={pack.pack} />
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
      {context && <CallBar controls={controls} />}
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
            onClick={() => {
              setOpen(s.id);
              setVisited((v) => new Set(v).add(s.id));
            }}
          >
            <kbd>{s.key}</kbd> {t(s.label)}
          </button>
        ))}
      </div>
      {SECTIONS.filter((s) => visited.has(s.id)).map(({ id, Component }) => (
        <section
          key={`${id}:${context?.accountKey ?? ''}`}
          id={`section-${id}`}
          role="tabpanel"
          aria-labelledby={`tab-${id}`}
          hidden={open !== id}
          className="section"
        >
          <Component pack={pack.pack} context={context} call={controls.call ?? null} />
        </section>
      ))}
    </div>
  );
}
