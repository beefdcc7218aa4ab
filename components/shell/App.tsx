import type { CallAssistDB } from '@/lib/db/schema';
import { DbProvider } from './db';
import { I18nProvider } from './i18n';
import { useActivePack, useCrmReport, useFollowedTab, useSettings } from './panel-data';
import { PanelView } from './PanelView';
import { SettingsProvider } from './settings-context';

/** Wires the browser to the panel view: settings, followed tab, its CRM report, the active pack. */
export function App({ db, search }: { db: CallAssistDB; search: string }) {
  const settings = useSettings();
  const tabId = useFollowedTab(search);
  const report = useCrmReport(tabId);
  const pack = useActivePack(db, settings?.packId);
  if (!settings) return null;
  return (
    <I18nProvider locale={settings.locale}>
      <SettingsProvider settings={settings}>
        <DbProvider db={db}>
          <div style={{ fontSize: `${settings.fontScale}rem` }}>
            <PanelView pack={pack} report={report} followedTab={tabId} />
          </div>
        </DbProvider>
      </SettingsProvider>
    </I18nProvider>
  );
}
