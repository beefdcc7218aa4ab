import { lazy, Suspense } from 'react';
import { AccountHeader } from './AccountHeader';
import { I18nProvider, useI18n } from './i18n';
import { type ReportState, useCrmReport, useFollowedTab, useSettings } from './panel-data';
import { SettingsProvider } from './settings-context';

const Workspace = lazy(() => import('./Workspace'));

/** Until the workspace chunk has loaded: the account, so the agent sees at once who this is. */
function Preview({ report }: { report: ReportState }) {
  const { t } = useI18n();
  const context =
    report.status === 'ready' && report.report?.kind === 'account' ? report.report.context : null;
  return (
    <div className="panel">
      <p className="pack-line">{t('pack.loading')}</p>
      {context && <AccountHeader context={context} pack={null} />}
    </div>
  );
}

/** Wires the browser to the panel: settings, followed tab, its CRM report; the rest loads next. */
export function App({ search }: { search: string }) {
  const settings = useSettings();
  const tabId = useFollowedTab(search);
  const report = useCrmReport(tabId);
  if (!settings) return null;
  return (
    <I18nProvider locale={settings.locale}>
      <SettingsProvider settings={settings}>
        <div style={{ fontSize: `${settings.fontScale}rem` }}>
          <Suspense fallback={<Preview report={report} />}>
            <Workspace packId={settings.packId} report={report} followedTab={tabId} />
          </Suspense>
        </div>
      </SettingsProvider>
    </I18nProvider>
  );
}
