import { useLiveQuery } from 'dexie-react-hooks';
import { I18nProvider, useI18n } from '@/components/shell/i18n';
import { useSettings } from '@/components/shell/panel-data';
import type { CallAssistDB } from '@/lib/db/schema';
import { writeSettings } from '@/lib/settings';
import { AgentSettings } from './AgentSettings';
import { CrmOrigins } from './CrmOrigins';
import { DataExport } from './DataExport';

function Title() {
  const { t } = useI18n();
  return <h1>{t('options.title')}</h1>;
}

export function OptionsApp({ db }: { db: CallAssistDB }) {
  const settings = useSettings();
  const packIds = useLiveQuery(async () => [...new Set((await db.packs.toArray()).map((p) => p.id))], [db]) ?? [];
  if (!settings) return null;
  return (
    <I18nProvider locale={settings.locale}>
      <main className="options">
        <Title />
        <AgentSettings settings={settings} packIds={packIds} onChange={(patch) => void writeSettings(patch)} />
        <CrmOrigins />
        <DataExport db={db} />
      </main>
    </I18nProvider>
  );
}
