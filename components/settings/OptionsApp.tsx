import { useLiveQuery } from 'dexie-react-hooks';
import { I18nProvider, useI18n } from '@/components/shell/i18n';
import { useSettings } from '@/components/shell/panel-data';
import type { CallAssistDB } from '@/lib/db/schema';
import { activePackOf, installedPacks } from '@/lib/pack/installed';
import { loadActivePack } from '@/lib/pack/store';
import { writeSettings } from '@/lib/settings';
import { AgentSettings } from './AgentSettings';
import { CrmOrigins } from './CrmOrigins';
import { DataExport } from './DataExport';
import { PackSync } from './PackSync';
import { SearchMissExport } from './SearchMissExport';

function Title() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('options.title')}</h1>
      {/* The Studio is its own page, so none of its code is in the panel's bundle (issue 17). */}
      <a href={browser.runtime.getURL('/studio.html')} target="_blank" rel="noreferrer">
        {t('studio.openStudio')}
      </a>
    </>
  );
}

export function OptionsApp({ db }: { db: CallAssistDB }) {
  const settings = useSettings();
  // Packs are named by title and version, never by id (live-call walk 11 §3).
  const packs = useLiveQuery(() => installedPacks(db), [db]) ?? [];
  const packId = settings?.packId;
  const activePack = useLiveQuery(async () => (packId ? activePackOf(db, packId) : undefined), [db, packId]);
  // Read as the panel reads it: the admin sees when the stored version fails this build's checks.
  const activeRead = useLiveQuery(
    async () => (packId ? loadActivePack(db, packId) : undefined),
    [db, packId],
  );
  if (!settings) return null;
  return (
    <I18nProvider locale={settings.locale}>
      <main className="options">
        <Title />
        <AgentSettings settings={settings} packs={packs} onChange={(patch) => void writeSettings(patch)} />
        <CrmOrigins />
        <PackSync settings={settings} activePack={activePack} activeRead={activeRead} />
        <DataExport db={db} />
        <SearchMissExport db={db} />
      </main>
    </I18nProvider>
  );
}
